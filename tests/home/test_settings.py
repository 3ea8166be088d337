"""Configuration: production refuses to start unconfigured and passes check --deploy."""

import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-1234567890",
    "ALLOWED_HOSTS": "roma-alliance.example.org",
    "DATABASE_URL": "sqlite:////tmp/alliance-check.sqlite3",
}


def run_manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for Playwright; production must not see it.
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args, "--settings=cms.settings.production"],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
        env={**clean, **env},
    )


def test_check_deploy_prints_no_warnings_with_the_documented_variables():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_romani_is_a_django_language():
    from django.utils.translation import get_language_info

    info = get_language_info("rom")
    assert info["name"] == "Romani"
    assert info["name_local"] == "romani ćhib"
    assert "rom" in dict(settings.LANGUAGES)
