"""The last-resort error answer: JSON for the API, a page for readers, 503 when the database is away.

Django calls `handler500` inside the `except` block of the failed request, so the exception is
known here. A database that cannot be reached (restart, failover, network) is an outage that
passes, not a bug: readers and channels get 503 with Retry-After, which caches and CDNs also
understand. No traceback is ever shown.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from home import views as site_views

RETRY_AFTER_SECONDS = 5
DATABASE_OUTAGE = (OperationalError, InterfaceError)


def is_database_outage() -> bool:
    return isinstance(sys.exc_info()[1], DATABASE_OUTAGE)


def server_error(request: HttpRequest) -> HttpResponse:
    outage = is_database_outage()
    if request.path.startswith(getattr(settings, "ALLIANCE_API_PREFIX", "/api/v2/")):
        message = (
            "The service is briefly unavailable; retry in a few seconds."
            if outage
            else "Internal server error; it has been logged."
        )
        response = JsonResponse({"message": message}, status=503 if outage else 500)
    elif outage:
        response = render(request, "503.html", status=503)
    else:
        return site_views.server_error(request)
    if outage:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response
