"""One deployment for the whole multi-process suite, as production runs it on several machines:
two gunicorn app servers (production settings), two task workers, moto's S3 server for media,
an HTTP receiver for CDN purges and one for webhooks, all sharing PostgreSQL and Redis.

The database is pytest-django's test database: the test process writes the site's content into
it, committed (the servers are other processes), once for the package, and empties it again
afterwards so the rest of the suite finds it as migrations left it. Redis is the database named
by REDIS_URL; the suite FLUSHDBs it before each test (give it a database number of its own).
"""

import json
import os
import secrets
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import boto3
import pytest
import redis
from django.conf import settings
from django.core.management import call_command

from tests.database import restore_migrated_rows
from tests.multiprocess.clients import AdminSession
from tests.multiprocess.content import SiteContent, create_site_content
from tests.processes import (
    ManagedProcess,
    RecordingHTTPServer,
    child_environment,
    db_worker,
    gunicorn_app_server,
    moto_s3_server,
    stop_all,
)
from tests.processes.launchers import REPO_ROOT


def redis_url_of_this_worker(url: str) -> str:
    """REDIS_URL with its database number moved by the pytest-xdist worker's index (gw1: +1, ...).

    Each worker may start its own deployment and FLUSHDBs its Redis database before each test,
    so two workers must never share one."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    if not url or not worker.startswith("gw"):
        return url
    base, _, number = url.rpartition("/")
    if not number.isdigit():  # no database number: Redis's database 0
        base, number = url.rstrip("/"), "0"
    return f"{base}/{(int(number) + int(worker[2:])) % 16}"


REDIS_URL = redis_url_of_this_worker(os.environ.get("REDIS_URL", ""))
HOW_TO_RUN = (
    "run it with PostgreSQL and a Redis database of its own, e.g. "
    "DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance REDIS_URL=redis://127.0.0.1:6379/3 "
    "make test-multiprocess"
)
BUCKET = "alliance-media"
# Low enough to reach in a test, high enough for every other test's API requests (Redis is
# flushed before each test, so each starts from zero).
API_RATE_LIMIT = 30


def missing_requirement() -> str | None:
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        return f"The multi-process suite needs PostgreSQL (SQLite cannot be shared by servers): {HOW_TO_RUN}"
    if not REDIS_URL:
        return f"The multi-process suite needs Redis (REDIS_URL is unset): {HOW_TO_RUN}"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        return f"The multi-process suite needs Redis, {REDIS_URL} does not answer ({error}): {HOW_TO_RUN}"
    return None


def database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def s3_client(endpoint_url: str):
    """boto3 on moto's server, with the keys the app servers use."""
    return boto3.client(
        "s3",
        endpoint_url=endpoint_url,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    )


@dataclass
class Deployment:
    """The running processes and what they serve."""

    root: Path  # logs, media roots, static files of this run
    env: dict[str, str]  # the app servers' and workers' configuration
    content: SiteContent
    s3: ManagedProcess
    app_a: ManagedProcess
    app_b: ManagedProcess
    workers: list[ManagedProcess]
    purge_receiver: RecordingHTTPServer
    webhook_receiver: RecordingHTTPServer
    sessions: dict[str, AdminSession] = field(default_factory=dict)

    def s3_client(self):
        return s3_client(self.s3.url)

    def admin(self, server: ManagedProcess) -> AdminSession:
        """An editor logged in on `server` (once per package: sessions live in the database)."""
        if server.url not in self.sessions:
            session = AdminSession(server.url)
            self.sessions[server.url] = session.login(
                self.content.admin_username, self.content.admin_password
            )
        return self.sessions[server.url]

    def media_root(self, server: ManagedProcess) -> Path:
        return self.root / f"media-{server.name}"

    def app_server(self, name: str, **kwargs) -> ManagedProcess:
        """Another app server configured like A and B (not started)."""
        env = {**self.env, "MEDIA_ROOT": str(self.root / f"media-{name}")}
        return gunicorn_app_server(self.root / "logs", env, name=name, **kwargs)


def server_environment(root: Path, s3_url: str, purge_url: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url(),
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "STATIC_ROOT": str(root / "static"),
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_url,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_S3_REGION_NAME": "us-east-1",
        "ALLIANCE_API_RATE_LIMIT": f"{API_RATE_LIMIT}/h",
        # The suite signs in as a superuser; two-factor sign-in has its own tests (tests/security).
        "ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS": "false",
        # wagtail.contrib.frontend_cache's HTTP backend: PURGE requests to the receiver.
        "CDN_PURGE_URL": purge_url,
        "LOG_LEVEL": "WARNING",
    }


def create_bucket(endpoint_url: str) -> None:
    """The media bucket as docs/deployment.md sets it up: renditions readable by anyone (pages,
    the API and the CDN link them), originals and documents private."""
    s3 = s3_client(endpoint_url)
    s3.create_bucket(Bucket=BUCKET)
    public_renditions = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{BUCKET}/images/*",
            }
        ],
    }
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_renditions))


def collect_static(env: dict[str, str], log_dir: Path) -> None:
    """The production static storage (hashed names) needs its manifest, as after a deploy."""
    log = log_dir / "collectstatic.log"
    with log.open("wb") as output:
        result = subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=REPO_ROOT,
            env=child_environment(env),
            stdout=output,
            stderr=subprocess.STDOUT,
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, f"collectstatic failed:\n{log.read_text()[-3000:]}"


@pytest.fixture(scope="package")
def test_database(django_db_setup, django_db_blocker, django_db_keepdb) -> Iterator[None]:
    """pytest-django's test database, even when no collected test asked for `db` (it only
    creates databases that marked tests need; these tests use no transaction of theirs)."""
    reason = missing_requirement()
    if reason:
        pytest.skip(reason)
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    created = None
    with django_db_blocker.unblock():
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            created = setup_databases(
                verbosity=0, interactive=False, aliases={"default"}, keepdb=django_db_keepdb
            )
    yield
    if created is not None and not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="package")
def package_deployment(test_database, django_db_blocker, tmp_path_factory) -> Iterator[Deployment]:
    root = tmp_path_factory.mktemp("deployment")
    logs = root / "logs"
    logs.mkdir()
    with (
        moto_s3_server(logs) as s3,
        RecordingHTTPServer() as purge_receiver,
        RecordingHTTPServer() as webhook_receiver,
    ):
        env = server_environment(root, s3.url, purge_receiver.url)
        create_bucket(s3.url)
        servers = [
            gunicorn_app_server(
                logs, {**env, "MEDIA_ROOT": str(root / f"media-{name}")}, name=name, threads=4
            )
            for name in ("app-a", "app-b")
        ]
        workers = [db_worker(logs, env, name=f"worker-{n}") for n in (1, 2)]
        # The servers need the collected static files before they boot, not the content: they
        # boot while the test process writes it.
        failures: list[BaseException] = []

        def collect_static_then_launch_servers() -> None:
            try:
                collect_static(env, logs)
                for server in servers:
                    server.launch()
            except BaseException as error:  # reported by the main thread
                failures.append(error)

        booting = threading.Thread(target=collect_static_then_launch_servers)
        try:
            for worker in workers:
                worker.launch()
            booting.start()
            with django_db_blocker.unblock():
                content = create_site_content()
            booting.join()
            if failures:
                raise failures[0]
            for process in servers + workers:
                process.wait_ready()
            yield Deployment(
                root=root,
                env=env,
                content=content,
                s3=s3,
                app_a=servers[0],
                app_b=servers[1],
                workers=workers,
                purge_receiver=purge_receiver,
                webhook_receiver=webhook_receiver,
            )
        finally:
            if booting.is_alive():
                booting.join()
            stop_all(servers + workers)
            with django_db_blocker.unblock():
                call_command("flush", interactive=False, verbosity=0)
                restore_migrated_rows()


@pytest.fixture
def deployment(package_deployment) -> Deployment:
    """The shared deployment, with Redis emptied (cache, rate-limit counts) and the receivers
    forgotten, so each test starts from the same state."""
    redis.Redis.from_url(REDIS_URL).flushdb()
    package_deployment.purge_receiver.clear()
    package_deployment.webhook_receiver.clear()
    return package_deployment


@pytest.fixture
def committed_db(django_db_blocker) -> Iterator[None]:
    """ORM access from the test, outside any transaction: what it writes, the servers see."""
    with django_db_blocker.unblock():
        yield
