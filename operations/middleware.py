"""The outermost middleware: request id, access log, metrics, and the operator's endpoints.

`/healthz`, `/readyz` and `/metrics` are answered here, before host validation, HTTPS redirect,
sessions, locale and rate limits: a load balancer probes by address over plain HTTP, and a
probe must not depend on the things it checks.
"""

import functools
import ipaddress
import logging
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import Resolver404, resolve

from operations import health, metrics
from operations.request_context import REQUEST_ID_HEADER, current_request_id, request_id_from

access_log = logging.getLogger("alliance.requests")

OPERATOR_PATHS = {"/healthz": "healthz", "/readyz": "readyz", "/metrics": "metrics"}


class OperationsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
        request.request_id = request_id
        token = current_request_id.set(request_id)
        started = time.perf_counter()
        try:
            operator_endpoint = OPERATOR_PATHS.get(request.path_info.rstrip("/") or "/")
            if operator_endpoint:
                response = self._operator_response(operator_endpoint, request)
            else:
                response = self.get_response(request)
            duration = time.perf_counter() - started
            response[REQUEST_ID_HEADER] = request_id
            self._record(request, response, duration, operator_endpoint)
            return response
        finally:
            current_request_id.reset(token)

    def _operator_response(self, endpoint: str, request: HttpRequest) -> HttpResponse:
        if endpoint == "healthz":
            return health.healthz(request)
        if endpoint == "readyz":
            return health.readyz(request)
        if not self._may_read_metrics(request):
            return HttpResponseNotFound("Not found", content_type="text/plain")
        response = HttpResponse(metrics.exposition(), content_type="text/plain; version=0.0.4; charset=utf-8")
        response["Cache-Control"] = "no-store"
        return response

    def _may_read_metrics(self, request: HttpRequest) -> bool:
        # REMOTE_ADDR, never a forwarded header a client could write: Prometheus scrapes each
        # app server directly, not through the load balancer.
        try:
            address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
        except ValueError:
            return False
        return any(
            address in ipaddress.ip_network(allowed, strict=False) for allowed in settings.METRICS_ALLOWED_IPS
        )

    def _record(
        self, request: HttpRequest, response: HttpResponse, duration: float, operator: str | None
    ) -> None:
        endpoint = operator or _endpoint_name(request)
        _labelled(metrics.HTTP_REQUESTS, request.method, endpoint, str(response.status_code)).inc()
        _labelled(metrics.HTTP_LATENCY, request.method, endpoint).observe(duration)
        if response.has_header("X-Cache"):
            _labelled(metrics.API_CACHE_RESPONSES, response["X-Cache"].lower()).inc()
        access_log.log(
            logging.DEBUG if operator else logging.INFO,
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "endpoint": endpoint,
                "duration_ms": round(duration * 1000, 1),
                "remote_addr": request.META.get("REMOTE_ADDR", ""),
            },
        )


@functools.lru_cache(maxsize=4096)
def _labelled(metric: Any, *labels: str) -> Any:
    # prometheus-client validates and looks labels up under a lock on every .labels() call.
    return metric.labels(*labels)


def _endpoint_name(request: HttpRequest) -> str:
    """The URL's name (a bounded set of labels), also for responses served before URL resolution."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name or match.route or "unnamed"
    if request.path_info.startswith(settings.STATIC_URL):
        return "static"
    return _resolved_name(getattr(request, "urlconf", None), request.path_info)


@functools.lru_cache(maxsize=4096)
def _resolved_name(urlconf: str | None, path: str) -> str:
    # Responses served before URL resolution (a cached API answer) would resolve their path on
    # every request; the names of recent paths are kept instead.
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return "unresolved"
    return match.view_name or match.route or "unnamed"
