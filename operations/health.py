"""`/healthz` (this process answers) and `/readyz` (what it needs answers too), in JSON.

A load balancer takes a server out of rotation on a 503 from `/readyz`; an orchestrator restarts
it on a failed `/healthz`. Each dependency is listed with the backend in use and its status;
the reason for a failure goes to the log, not to the (public) response.
"""

import logging
import os
from collections.abc import Callable
from pathlib import Path

from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.utils.cache import patch_cache_control

from operations.cache import FallbackRedisCache

logger = logging.getLogger(__name__)

PROBE_KEY = "operations:readyz:probe"


def _backend_name(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def check_database() -> dict:
    connection = connections["default"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"backend": connection.vendor}


def check_cache() -> dict:
    cache = caches["default"]
    if isinstance(cache, FallbackRedisCache):
        # The site keeps answering from local memory without Redis, but this server is not
        # fully ready: rate limits and caches are no longer shared.
        cache.ping()
        return {"backend": "redis"}
    cache.set(PROBE_KEY, "1", timeout=5)
    if cache.get(PROBE_KEY) != "1":
        raise RuntimeError("cache lost a value it was just given")
    return {"backend": _backend_name(cache)}


def check_storage() -> dict:
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        # A fresh install has no media directory yet; the first upload creates it.
        path = Path(storage.location)
        while not path.exists():
            path = path.parent
        if not os.access(path, os.W_OK):
            raise PermissionError(f"{path} is not writable")
    else:
        # One HEAD request: answers False for a missing key, raises when the bucket is unreachable.
        storage.exists("readyz-probe")
    return {"backend": _backend_name(storage)}


def check_queue() -> dict:
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.ready().count()
    return {"backend": _task_backend_name(), "waiting": waiting}


def _task_backend_name() -> str:
    from django_tasks import task_backends

    return _backend_name(task_backends["default"])


CHECKS: dict[str, Callable[[], dict]] = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "queue": check_queue,
}


def _json(payload: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(payload, status=status)
    patch_cache_control(response, no_store=True)
    return response


def healthz(request: HttpRequest) -> JsonResponse:
    return _json({"status": "ok"})


def readyz(request: HttpRequest) -> JsonResponse:
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = {**check(), "status": "ok"}
        except Exception as error:  # any failure of a dependency means "not ready"
            logger.warning("readyz: %s is down: %r", name, error)
            results[name] = {
                "backend": _describe_backend(name),
                "status": "down",
                "error": type(error).__name__,
            }
    ready = all(result["status"] == "ok" for result in results.values())
    return _json(
        {"status": "ok" if ready else "unavailable", "checks": results}, status=200 if ready else 503
    )


def _describe_backend(name: str) -> str:
    try:
        if name == "database":
            return connections["default"].vendor
        if name == "cache":
            cache = caches["default"]
            return "redis" if isinstance(cache, FallbackRedisCache) else _backend_name(cache)
        if name == "storage":
            return _backend_name(storages["default"])
        if name == "queue":
            return _task_backend_name()
    except Exception:  # noqa: S110 - the description is best effort; the status says it all
        pass
    return "unknown"
