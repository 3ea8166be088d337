"""Launchers for the processes of a deployment: app servers, workers, S3, a load balancer.

Each returns a `ManagedProcess` that is not started yet: `with launcher(...) as process:`.
"""

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from tests.processes.core import LOOPBACK, ManagedProcess, free_port

REPO_ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_SETTINGS = "cms.settings.production"
GUNICORN_CONFIG = REPO_ROOT / "cms" / "gunicorn.py"

# Only these are inherited from the test run: a child's configuration comes from the caller's
# `env`, never from whatever DATABASE_URL or REDIS_URL the developer's shell happens to have.
INHERITED_VARIABLES = ("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "VIRTUAL_ENV", "SYSTEMROOT")


def child_environment(env: Mapping[str, str], settings: str = PRODUCTION_SETTINGS) -> dict[str, str]:
    """A clean environment for a child: the inherited basics, the Django settings module (none
    when `settings` is empty), then `env` (which wins)."""
    base = {name: os.environ[name] for name in INHERITED_VARIABLES if name in os.environ}
    if settings:
        base["DJANGO_SETTINGS_MODULE"] = settings
    base["PYTHONUNBUFFERED"] = "1"  # output reaches the log file before a crash, not after
    return {**base, **{key: str(value) for key, value in env.items()}}


def gunicorn_app_server(
    log_dir: Path,
    env: Mapping[str, str],
    *,
    name: str = "app",
    workers: int = 1,
    threads: int = 1,
    port: int | None = None,
    settings: str = PRODUCTION_SETTINGS,
    extra_args: Sequence[str] = (),
    ready_timeout: float = 60.0,
) -> ManagedProcess:
    """`cms.wsgi` under gunicorn on a free loopback port, with the production settings and the
    project's `cms/gunicorn.py` when there is one.

    `env` is the whole configuration (DATABASE_URL, REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, …).
    Ready once it answers HTTP on `/healthz` (any status).
    """
    port = port or free_port()
    url = f"http://{LOOPBACK}:{port}"
    # The project's own gunicorn settings when it has them (what `make serve` runs); the
    # command line's bind and workers win over them.
    config = ["-c", str(GUNICORN_CONFIG)] if GUNICORN_CONFIG.exists() else []
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        *config,
        "--bind",
        f"{LOOPBACK}:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        *extra_args,
        "cms.wsgi",
    ]
    server_env = {
        "HOST": LOOPBACK,
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        # Per-server metrics files in the log directory, removed with it.
        "PROMETHEUS_MULTIPROC_DIR": str(log_dir / f"{name}-prometheus"),
        **env,
    }
    return ManagedProcess(
        name,
        argv,
        log_dir=log_dir,
        env=child_environment(server_env, settings),
        cwd=REPO_ROOT,
        # The liveness probe: cheap, and any answer (even a 404 without it) means "serving".
        ready_url=f"{url}/healthz",
        ready_timeout=ready_timeout,
        url=url,
    )


def db_worker(
    log_dir: Path,
    env: Mapping[str, str],
    *,
    name: str = "worker",
    queues: str = "*",
    interval: float = 0.1,
    settings: str = PRODUCTION_SETTINGS,
    ready_timeout: float = 60.0,
) -> ManagedProcess:
    """`manage.py db_worker` (django-tasks-db) polling every `interval` seconds.

    Ready once it logs that it started (django-tasks-db's "Starting worker" line).
    """
    argv = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--queue-name",
        queues,
        "--interval",
        str(interval),
        "--no-startup-delay",
        "--no-reload",
        "--verbosity",
        "1",
    ]
    return ManagedProcess(
        name,
        argv,
        log_dir=log_dir,
        env=child_environment(env, settings),
        cwd=REPO_ROOT,
        ready_output="Starting worker",
        ready_timeout=ready_timeout,
    )


def moto_s3_server(log_dir: Path, *, name: str = "moto-s3", port: int | None = None) -> ManagedProcess:
    """moto's S3-compatible server (`moto[server]`) on a free loopback port; `url` is the
    endpoint to give boto3 / django-storages (any access key and secret are accepted)."""
    port = port or free_port()
    url = f"http://{LOOPBACK}:{port}"
    return ManagedProcess(
        name,
        [sys.executable, "-m", "moto.server", "-H", LOOPBACK, "-p", str(port)],
        log_dir=log_dir,
        env=child_environment({}, settings=""),
        ready_url=f"{url}/",
        url=url,
    )


def nginx_executable() -> str | None:
    """Debian's nginx (`make install-test` installs it), or None."""
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(path, os.X_OK)), None
    )


NGINX_CONFIG = """\
# Written by tests/processes/launchers.py: a load balancer in front of {count} app servers.
{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log info;
daemon off;
events {{ worker_connections 512; }}
http {{
    # Which server answered each request, and how (`upstream_addr` lists every server tried).
    log_format upstreams '$msec "$request" $status upstream=$upstream_addr upstream_status=$upstream_status';
    access_log {prefix}/access.log upstreams;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    upstream app_servers {{
{servers}
        keepalive 16;
    }}
    server {{
        listen {host}:{port};
        location / {{
            proxy_pass http://app_servers;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            # Idempotent requests only (nginx never resends a POST without `non_idempotent`):
            # a refused or dropped connection, or a 502/503, is retried once on the other server.
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries {tries};
            proxy_connect_timeout 1s;
            proxy_read_timeout {read_timeout}s;
        }}
    }}
}}
"""


def nginx_load_balancer(
    log_dir: Path,
    upstreams: Sequence[str],
    *,
    name: str = "nginx",
    port: int | None = None,
    fail_timeout: int = 10,
    read_timeout: int = 30,
) -> ManagedProcess:
    """nginx (not daemonised, its own prefix under `log_dir`) balancing `upstreams`
    ("127.0.0.1:PORT" or base URLs) round-robin, retrying idempotent requests on the next one.

    A server that fails once is left out for `fail_timeout` seconds. Its `error.log` and
    `access.log` (one line per request with the servers tried: `upstream=127.0.0.1:P1, 127.0.0.1:P2
    upstream_status=502, 200`) are in `log_dir/<name>/`; `nginx_access_log(process)` reads it.
    """
    executable = nginx_executable()
    if executable is None:
        raise FileNotFoundError("nginx is not installed: `make install-test` installs Debian's nginx")
    port = port or free_port()
    prefix = log_dir / name
    prefix.mkdir(parents=True, exist_ok=True)
    addresses = [upstream.removeprefix("http://").rstrip("/") for upstream in upstreams]
    servers = "\n".join(
        f"        server {address} max_fails=1 fail_timeout={fail_timeout}s;" for address in addresses
    )
    config = NGINX_CONFIG.format(
        count=len(addresses),
        # As root, nginx's workers would run as `nobody`, who cannot enter the test's private
        # temporary directory; the master keeps its own user otherwise.
        user="user root;\n" if os.geteuid() == 0 else "",
        prefix=prefix,
        servers=servers,
        host=LOOPBACK,
        port=port,
        tries=len(addresses),
        read_timeout=read_timeout,
    )
    config_path = prefix / "nginx.conf"
    config_path.write_text(config)
    url = f"http://{LOOPBACK}:{port}"
    return ManagedProcess(
        name,
        [executable, "-p", str(prefix), "-c", str(config_path), "-e", str(prefix / "error.log")],
        log_dir=log_dir,
        env=child_environment({}, settings=""),
        ready_port=port,
        url=url,
    )


def nginx_access_log(balancer: ManagedProcess) -> list[str]:
    """The lines of a `nginx_load_balancer`'s access log so far."""
    path = Path(balancer.log_path).with_suffix("") / "access.log"
    return path.read_text().splitlines() if path.exists() else []
