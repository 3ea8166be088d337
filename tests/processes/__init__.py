"""A harness for tests that run the product as several real processes.

Everything binds 127.0.0.1 on ports picked at run time, writes its output to a file for failure
messages, and lives in its own process group so that stopping it stops its children too.

Core (`tests/processes/core.py`)
    free_port() -> int
        A loopback TCP port free right now.
    wait_until(condition, timeout, interval=0.05)
        Poll a callable until it returns something truthy; returns its last value.
    stop_all(processes)
        Stop several managed processes side by side (SIGTERM to all, then wait for each).
    ManagedProcess(name, argv, *, log_dir, env=None, cwd=None, ready_url=None, ready_port=None,
                   ready_output=None, url="", ready_timeout=30, settle=0.5, stop_timeout=10)
        `with ManagedProcess(...) as p:` starts it (output to `log_dir/<name>.log`), waits until
        `ready_url` answers HTTP (any status), `ready_port` accepts a connection or its output
        contains `ready_output` (or, with none of them, until it has survived `settle` s), and
        stops it on exit: SIGTERM to the group, SIGKILL after `stop_timeout`. Failing to become
        ready raises `ProcessNotReady` whose message ends with the process's last output lines.
        Also: `.start()`, `.launch()` + `.wait_ready()` (start several side by side, then
        wait for each), `.stop()` (idempotent), `.kill()` (SIGKILL the group: a crash),
        `.signal_group(signum)`, `.is_running()`, `.pid`, `.url`, `.log_path`, `.output(tail)`.

Launchers (`tests/processes/launchers.py`): each returns a `ManagedProcess`, not started.
    gunicorn_app_server(log_dir, env, *, name="app", workers=1, threads=1, port=None,
                        settings="cms.settings.production", extra_args=())
        `cms.wsgi` under gunicorn; `env` is its whole configuration (DATABASE_URL, REDIS_URL,
        SECRET_KEY, ALLOWED_HOSTS, SECURE_SSL_REDIRECT, AWS_*, …), added to a clean
        environment (`child_environment`) so the developer's shell never leaks in. `.url`.
    db_worker(log_dir, env, *, name="worker", queues="*", interval=0.1, settings=...)
        `manage.py db_worker` (django-tasks-db), ready when it logs "Starting worker".
    moto_s3_server(log_dir, *, name="moto-s3", port=None)
        moto's S3-compatible server; `.url` is the endpoint for boto3 and django-storages.
    nginx_load_balancer(log_dir, upstreams, *, name="nginx", port=None, fail_timeout=10,
                        read_timeout=30)
        Debian's nginx in the foreground with its own prefix and config in `log_dir/<name>/`,
        round-robin over `upstreams` ("127.0.0.1:PORT" or base URLs), retrying idempotent
        requests on the next server on error, timeout, 502 and 503
        (`proxy_next_upstream`); POSTs are never resent. `nginx_executable()` is None when
        nginx is missing (`make install-test` installs it). `nginx_access_log(balancer)`: its
        access log's lines, each naming the servers tried (`upstream=…`).
    child_environment(env, settings=...) -> dict
        The environment the launchers give their children.

Receiver (`tests/processes/recorder.py`)
    RecordingHTTPServer(status=200, statuses=None)
        `with RecordingHTTPServer() as receiver:` an HTTP server on a free port (`.url`) that
        answers every request, any method (POST for webhooks, PURGE for CDN purges), with
        `status` (or the next of `statuses`) and records it: `.requests` (list of
        `RecordedRequest(method, path, headers, body, received_at)`, `.header(name)`),
        `.clear()`, `.wait_for(condition, timeout)`.

Example::

    with moto_s3_server(tmp) as s3, RecordingHTTPServer() as hooks:
        env = {"DATABASE_URL": ..., "AWS_S3_ENDPOINT_URL": s3.url, ...}
        with gunicorn_app_server(tmp, env, name="app-a") as a, db_worker(tmp, env) as worker:
            requests.get(f"{a.url}/healthz")
"""

from tests.processes.core import (
    LOOPBACK,
    ManagedProcess,
    ProcessNotReady,
    free_port,
    http_answers,
    stop_all,
    tcp_port_open,
    wait_until,
)
from tests.processes.launchers import (
    REPO_ROOT,
    child_environment,
    db_worker,
    gunicorn_app_server,
    moto_s3_server,
    nginx_access_log,
    nginx_executable,
    nginx_load_balancer,
)
from tests.processes.recorder import RecordedRequest, RecordingHTTPServer

__all__ = [
    "LOOPBACK",
    "REPO_ROOT",
    "ManagedProcess",
    "ProcessNotReady",
    "RecordedRequest",
    "RecordingHTTPServer",
    "child_environment",
    "db_worker",
    "free_port",
    "gunicorn_app_server",
    "http_answers",
    "moto_s3_server",
    "nginx_access_log",
    "nginx_executable",
    "nginx_load_balancer",
    "stop_all",
    "tcp_port_open",
    "wait_until",
]
