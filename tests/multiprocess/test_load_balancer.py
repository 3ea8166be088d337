"""nginx in front of two app servers: one of them dies (SIGKILL) under load, readers barely notice.

nginx retries an idempotent request that failed on a server (refused or dropped connection, 502,
503) on the other one, so only requests already in flight on the dying server can fail.
"""

import threading
import time

import pytest
import requests

from tests.processes import nginx_access_log, nginx_executable, nginx_load_balancer

pytestmark = [
    pytest.mark.multiprocess,
    pytest.mark.skipif(nginx_executable() is None, reason="nginx missing: `make install-test` installs it"),
]

CLIENTS = 4
SECONDS_BEFORE_KILL = 1.5
SECONDS_AFTER_KILL = 3.5


def test_killing_server_a_behind_nginx_mid_load_costs_only_requests_in_flight_and_b_carries_on(
    deployment,
):
    paths = ["/en/", "/en/news/miranda-rira/", "/fr/news/miranda-rira/", "/de/news/miranda-rira/"]
    victim = deployment.app_server("app-a-victim", threads=4)
    logs = deployment.root / "logs"
    with victim, nginx_load_balancer(logs, [victim.url, deployment.app_b.url]) as balancer:
        for path in paths:  # every page answers through the balancer before the test begins
            assert requests.get(f"{balancer.url}{path}", timeout=10).status_code == 200, path

        results: list[tuple[float, float, object]] = []  # (sent, answered, status or error)
        stop = threading.Event()

        def reader(offset: int) -> None:
            session = requests.Session()
            n = offset
            while not stop.is_set():
                url = f"{balancer.url}{paths[n % len(paths)]}"
                n += 1
                sent = time.monotonic()
                try:
                    outcome: object = session.get(url, timeout=10).status_code
                except requests.RequestException as error:
                    outcome = type(error).__name__
                results.append((sent, time.monotonic(), outcome))

        readers = [threading.Thread(target=reader, args=(n,)) for n in range(CLIENTS)]
        for thread in readers:
            thread.start()
        time.sleep(SECONDS_BEFORE_KILL)
        killed_at = time.monotonic()
        victim.kill()
        time.sleep(SECONDS_AFTER_KILL)
        stop.set()
        for thread in readers:
            thread.join(timeout=30)
        log = nginx_access_log(balancer)

    victim_address = victim.url.removeprefix("http://")
    survivor_address = deployment.app_b.url.removeprefix("http://")
    assert any(f"upstream={victim_address} " in line for line in log), "A never served: no test"

    failures = [result for result in results if result[2] != 200]
    after_kill = [result for result in results if result[0] > killed_at]
    assert len(failures) <= CLIENTS, failures
    assert after_kill, "no request was sent after the kill"
    assert [outcome for _sent, _answered, outcome in after_kill] == [200] * len(after_kill)
    # B carried on: it answered the requests after the kill, and still answers.
    assert any(line.endswith(f"upstream={survivor_address} upstream_status=200") for line in log[-5:])
    assert requests.get(f"{deployment.app_b.url}/en/", timeout=10).status_code == 200
