"""The production settings under real gunicorn with two workers: /metrics sums every worker's
counts (prometheus multiprocess mode), logs are JSON lines carrying the request id."""

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

from tests.operations.conftest import free_port, wait_for_port
from tests.operations.test_metrics import sample

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="gunicorn's workers share the test database: set DATABASE_URL to a PostgreSQL database",
)


@pytest.fixture(scope="module")
def gunicorn_server(django_db_setup, django_db_blocker, tmp_path_factory):
    db = settings.DATABASES["default"]
    port = free_port()
    logs = tmp_path_factory.mktemp("gunicorn") / "stdout.log"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_URL", "AWS_", "PROMETHEUS_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="gunicorn-test-secret-key-that-is-long-enough-for-check-deploy-0123456789",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        PORT=str(port),
        WEB_CONCURRENCY="2",
        PROMETHEUS_MULTIPROC_DIR=str(tmp_path_factory.mktemp("prometheus")),
    )
    with logs.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "cms/gunicorn.py", "cms.wsgi"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, timeout=30)
        # gunicorn listens before its workers have loaded Django: wait for answers.
        for _ in range(4):
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=60).raise_for_status()
        yield f"http://127.0.0.1:{port}", logs
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_metrics_sum_the_requests_of_every_worker(gunicorn_server):
    base, _ = gunicorn_server

    def get(_: int) -> int:
        return requests.get(f"{base}/api/v2/pages/", timeout=60).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(get, range(40)))
    assert statuses == [200] * 40

    # Whichever worker answers the scrape, it reports all 40.
    for _ in range(3):
        text = requests.get(f"{base}/metrics", timeout=10).text
        listing = {"method": "GET", "endpoint": "wagtailapi:pages:listing", "status": "200"}
        assert sample(text, "alliance_http_requests_total", **listing) == 40


def test_logs_are_json_lines_with_the_request_id(gunicorn_server):
    base, logs = gunicorn_server

    response = requests.get(
        f"{base}/api/v2/pages/?limit=5", headers={"X-Request-ID": "lb-7f3a9c2e11d4"}, timeout=10
    )

    assert response.headers["X-Request-ID"] == "lb-7f3a9c2e11d4"
    lines = [json.loads(line) for line in Path(logs).read_text().splitlines() if line.strip()]
    [access] = [line for line in lines if line.get("request_id") == "lb-7f3a9c2e11d4"]
    assert access["logger"] == "alliance.requests"
    # The line describes this response (the database's content is whatever earlier tests left).
    assert access["status"] == response.status_code
    assert access["path"] == "/api/v2/pages/"
    assert {"time", "level", "message"} <= set(access)
