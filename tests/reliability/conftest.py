"""Fault drills: the product's real processes (gunicorn, db_worker) on services of the drill's own.

One PostgreSQL cluster for the whole drill run (initdb once, the migrated test database copied
into it with pg_dump/pg_restore, a small site seeded by a child process), static files collected
once; each drill starts the app server, worker, Redis or SMTP server it needs.
Run them alone with `pytest -m drills`.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.db import connection

from tests.processes import REPO_ROOT, child_environment
from tests.reliability.services import PostgresCluster, missing_binaries

# Retries a hundred times faster than production's 30 s, 2 min, 10 min, 1 h, in the same shape.
DRILL_RETRY_DELAYS = "1,2,4,8,16"


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.drills)
            # pytest-django creates the test database only for tests that ask for it; the drills
            # copy it into their own cluster.
            item.add_marker(pytest.mark.django_db)


def skip_reason() -> str:
    if connection.vendor != "postgresql":
        return (
            "fault drills copy the migrated PostgreSQL test database into a cluster of their own: "
            "run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_<you>"
        )
    return missing_binaries()


def _database_url(settings_dict: dict) -> str:
    password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
    host, port = settings_dict["HOST"] or "127.0.0.1", settings_dict["PORT"] or 5432
    return f"postgres://{settings_dict['USER']}{password}@{host}:{port}/{settings_dict['NAME']}"


@dataclass
class DrillSite:
    """The drills' own database on their own cluster, and how to configure processes for it."""

    cluster: PostgresCluster
    database_url: str
    logs: Path
    static_root: Path
    media_root: Path
    seed: dict = field(default_factory=dict)

    def env(self, **overrides: str) -> dict[str, str]:
        """Production settings, pointed at the drill's services."""
        return {
            "DATABASE_URL": self.database_url,
            "SECRET_KEY": "drill-only-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": str(self.static_root),
            "MEDIA_ROOT": str(self.media_root),
            "ALLIANCE_API_RATE_LIMIT": "100000/m",
            "ALLIANCE_FORM_RATE_LIMIT": "100000/m",
            "ALLIANCE_WEBHOOK_RETRY_DELAYS": DRILL_RETRY_DELAYS,
            "ALLIANCE_EMAIL_RETRY_DELAYS": DRILL_RETRY_DELAYS,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": "9",  # nothing listens: a drill with a mail server sets its port
            "EMAIL_TIMEOUT": "3",
            "LOG_LEVEL": "WARNING",
            **overrides,
        }

    def run_child(self, env: dict[str, str], *args: str, settings: str = "cms.settings.production") -> dict:
        """`tests/reliability/child.py` in a child process; its JSON answer."""
        result = subprocess.run(  # noqa: S603 - fixed argv
            [sys.executable, "-m", "tests.reliability.child", *args],
            env=child_environment(env, settings),
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, f"child {args} failed:\n{result.stderr[-3000:]}"
        return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def drill_site(django_db_setup, tmp_path_factory) -> Iterator[DrillSite]:
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    logs = tmp_path_factory.mktemp("drills")
    cluster = PostgresCluster(logs)
    media_root = Path(tempfile.mkdtemp(prefix="alliance-drill-media-"))
    try:
        cluster.start()
        site = DrillSite(
            cluster=cluster,
            database_url=cluster.create_database_from(
                "alliance_drill", _database_url(connection.settings_dict)
            ),
            logs=logs,
            static_root=logs / "static",
            media_root=media_root,
        )
        site.seed = site.run_child(site.env(), "seed", settings="cms.settings.test")
        collect = subprocess.run(  # noqa: S603 - fixed argv
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            env=child_environment(site.env()),
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
        )
        assert collect.returncode == 0, collect.stderr[-3000:]
        yield site
    finally:
        cluster.destroy()
        shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture
def drill_env(drill_site) -> dict[str, str]:
    return drill_site.env()
