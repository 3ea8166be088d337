"""SQL queries per request, counted in-process with Django's test client on the same database."""

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext


def count_queries(path: str, *, cached: bool) -> tuple[int, int, bytes]:
    """(queries, status, body) of the second of two GETs; `cached`: with the response cache on."""
    client = Client(HTTP_HOST="127.0.0.1")
    if cached:
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
    else:
        with override_settings(ALLIANCE_API_CACHE="bench-off"):
            # The steady state: a fresh database makes its image renditions on the first request.
            client.get(path)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
    return len(captured.captured_queries), response.status_code, response.content
