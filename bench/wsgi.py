"""The bench's WSGI app: Django, and at /bench-ceiling/ a fixed-bytes answer on the same workers.

The ceiling returns the body of a cached API response (written by the runner to
BENCH_CEILING_FILE) without Django: what gunicorn itself can do with that many bytes.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402

django_application = get_wsgi_application()

# The URL configuration and everything it imports, at boot rather than on a first request.
from django.urls import get_resolver  # noqa: E402

get_resolver().url_patterns  # noqa: B018
_ceiling: bytes | None = None


def _ceiling_body() -> bytes:
    global _ceiling
    if _ceiling is None:
        with open(os.environ["BENCH_CEILING_FILE"], "rb") as body:
            _ceiling = body.read()
    return _ceiling


def application(environ, start_response):
    if environ.get("PATH_INFO") == "/bench-ceiling/":
        body = _ceiling_body()
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
    return django_application(environ, start_response)
