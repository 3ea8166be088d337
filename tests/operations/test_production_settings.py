"""The production settings read from the environment: bucket, Redis, sessions, static files."""

import json
import os
import subprocess
import sys

from django.conf import settings

SHOW_SETTINGS = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({
    "storage": s.STORAGES["default"],
    "static": s.STORAGES["staticfiles"]["BACKEND"],
    "cache": s.CACHES["default"]["BACKEND"],
    "sessions": s.SESSION_ENGINE,
    "health_checks": s.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "middleware": s.MIDDLEWARE,
    "log_formatter": s.LOGGING["handlers"]["console"]["formatter"],
    "docs_serve": s.WAGTAILDOCS_SERVE_METHOD,
}))
"""


def production_settings(**env: str) -> dict:
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_", "REDIS_", "LOG_FORMAT", "SECRET_KEY", "ALLOWED_HOSTS"))
    }
    result = subprocess.run(
        [sys.executable, "-c", SHOW_SETTINGS],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=60,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "cms.example.org",
            **env,
        },
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_bucket_and_redis_in_the_environment_make_the_app_server_stateless():
    found = production_settings(
        AWS_STORAGE_BUCKET_NAME="alliance-media",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.example",
        AWS_S3_REGION_NAME="fr-par",
        AWS_S3_CUSTOM_DOMAIN="media.cms.example.org",
        REDIS_URL="redis://10.0.0.5:6379/0",
    )

    assert found["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = found["storage"]["OPTIONS"]
    assert options["bucket_name"] == "alliance-media"
    assert options["endpoint_url"] == "https://s3.fr-par.example"
    assert options["custom_domain"] == "media.cms.example.org"
    assert options["file_overwrite"] is False
    assert options["querystring_auth"] is False
    assert found["cache"] == "operations.cache.FallbackRedisCache"
    assert found["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert found["docs_serve"] == "serve_view"


def test_without_a_bucket_or_redis_production_keeps_local_files_and_memory():
    found = production_settings()

    assert found["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["sessions"] == "django.contrib.sessions.backends.db"
    # Always, in production:
    assert found["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert found["middleware"][0] == "operations.middleware.OperationsMiddleware"
    security = found["middleware"].index("django.middleware.security.SecurityMiddleware")
    assert found["middleware"][security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert found["health_checks"] is True
    assert found["log_formatter"] == "json"
