"""The process harness itself (tests/processes/), on small stand-in servers: cheap, no database."""

import http.client
import os
import signal
import sys

import pytest
import requests

from tests.processes import (
    ManagedProcess,
    ProcessNotReady,
    RecordingHTTPServer,
    free_port,
    nginx_executable,
    nginx_load_balancer,
    tcp_port_open,
    wait_until,
)

pytestmark = pytest.mark.multiprocess

# A stand-in app server: answers every GET with its own name (and a child that must die with it).
STAND_IN_SERVER = """
import http.server, subprocess, sys
name, port = sys.argv[1], int(sys.argv[2])
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = name.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        print("request", self.path, flush=True)
print("serving", name, flush=True)
http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
"""


def stand_in(tmp_path, name: str) -> ManagedProcess:
    port = free_port()
    return ManagedProcess(
        name,
        [sys.executable, "-c", STAND_IN_SERVER, name, str(port)],
        log_dir=tmp_path,
        ready_url=f"http://127.0.0.1:{port}/",
        url=f"http://127.0.0.1:{port}",
        ready_timeout=10,
    )


def process_group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_managed_server_is_ready_when_it_answers_and_its_whole_group_stops_with_it(tmp_path):
    with stand_in(tmp_path, "alpha") as server:
        assert requests.get(f"{server.url}/hello", timeout=5).text == "alpha"
        assert "serving alpha" in server.output()
        group = server.pid
    assert not server.is_running()
    # The child it started (same process group) is gone too.
    assert wait_until(lambda: not process_group_alive(group), timeout=5)


def test_a_process_that_dies_before_it_is_ready_fails_with_its_output(tmp_path):
    process = ManagedProcess(
        "broken",
        [sys.executable, "-c", "import sys; print('cannot bind: port taken', flush=True); sys.exit(3)"],
        log_dir=tmp_path,
        ready_port=free_port(),
        ready_timeout=10,
    )
    with pytest.raises(ProcessNotReady, match=r"(?s)exited with status 3.*cannot bind: port taken"):
        process.start()


def test_a_process_that_never_gets_ready_is_killed_after_the_timeout(tmp_path):
    process = ManagedProcess(
        "sleeper",
        [sys.executable, "-c", "import time; time.sleep(600)"],
        log_dir=tmp_path,
        ready_port=free_port(),
        ready_timeout=0.5,
    )
    with pytest.raises(ProcessNotReady, match="not ready after"):
        process.start()
    assert not process.is_running()


def test_a_process_ignoring_sigterm_is_killed_after_the_stop_timeout(tmp_path):
    script = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('up', flush=True); time.sleep(600)"
    )
    process = ManagedProcess(
        "stubborn", [sys.executable, "-c", script], log_dir=tmp_path, ready_output="up", stop_timeout=0.5
    )
    with process:
        pass
    assert process.popen.returncode == -signal.SIGKILL


def test_the_recording_server_records_any_method_with_headers_and_body():
    with RecordingHTTPServer(statuses=[503]) as receiver:
        connection = http.client.HTTPConnection("127.0.0.1", int(receiver.url.rsplit(":", 1)[1]), timeout=5)
        connection.request("PURGE", "/fr/news/?page=2", headers={"Host": "cms.example"})
        assert connection.getresponse().status == 503
        connection.close()
        response = requests.post(f"{receiver.url}/hooks", data=b'{"a": 1}', headers={"X-Id": "7"}, timeout=5)
        assert response.status_code == 200
        purge, post = receiver.wait_for(lambda got: len(got) == 2, timeout=5)
    assert (purge.method, purge.path, purge.header("host")) == ("PURGE", "/fr/news/?page=2", "cms.example")
    assert (post.method, post.body, post.header("x-id")) == ("POST", b'{"a": 1}', "7")


@pytest.mark.skipif(nginx_executable() is None, reason="nginx missing: `make install-test` installs it")
def test_nginx_balances_both_servers_and_retries_gets_on_the_survivor_when_one_is_killed(tmp_path):
    with stand_in(tmp_path, "one") as one, stand_in(tmp_path, "two") as two:
        with nginx_load_balancer(tmp_path, [one.url, two.url]) as balancer:
            answers = {requests.get(f"{balancer.url}/", timeout=5).text for _ in range(6)}
            assert answers == {"one", "two"}

            one.kill()
            assert not tcp_port_open("127.0.0.1", int(one.url.rsplit(":", 1)[1]))
            answers = [requests.get(f"{balancer.url}/", timeout=5) for _ in range(6)]
            assert [(answer.status_code, answer.text) for answer in answers] == [(200, "two")] * 6
        assert not balancer.is_running()
