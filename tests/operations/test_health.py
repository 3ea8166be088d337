"""/healthz and /readyz: JSON for load balancers, every dependency listed, 503 when one is down."""

import pytest
from django.test import override_settings

from tests.operations.conftest import fallback_cache_settings, free_port


def test_healthz_says_the_process_is_alive_in_json(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_lists_database_cache_storage_and_queue_with_their_backends(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "storage", "queue"}
    for name, check in body["checks"].items():
        assert check["status"] == "ok", name
        assert check["backend"], name
    assert body["checks"]["queue"]["waiting"] == 0


@pytest.mark.django_db
def test_readyz_answers_503_naming_the_cache_when_redis_is_unreachable(client):
    dead_redis = f"redis://127.0.0.1:{free_port()}/0"
    with override_settings(CACHES=fallback_cache_settings(dead_redis)):
        response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"] == {"backend": "redis", "status": "down", "error": "ConnectionError"}
    assert body["checks"]["database"]["status"] == "ok"
    # The reason goes to the log, not to whoever can reach the endpoint.
    assert "127.0.0.1" not in response.content.decode()


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["roma-alliance.example.org"])
def test_probes_by_address_over_plain_http_are_answered_not_redirected(client):
    # A load balancer probes http://10.0.3.7:8000/readyz: no language prefix, no HTTPS redirect,
    # no "Invalid HTTP_HOST" 400.
    for path in ("/healthz", "/readyz", "/healthz/"):
        response = client.get(path, HTTP_HOST="10.0.3.7:8000")
        assert response.status_code == 200, path
        assert response["Content-Type"] == "application/json"


def test_a_sane_incoming_request_id_is_returned_and_an_unsafe_one_replaced(client):
    sane = "4f7c2a4e-8a53-4f5e-9a51-3b8f3d0d9a61"
    assert client.get("/healthz", HTTP_X_REQUEST_ID=sane)["X-Request-ID"] == sane

    for unsafe in ("short", "two words here ok", "x" * 300, 'quote"injected-into-logs'):
        returned = client.get("/healthz", HTTP_X_REQUEST_ID=unsafe)["X-Request-ID"]
        assert returned != unsafe
        assert len(returned) == 32 and returned.isalnum()

    first, second = client.get("/healthz")["X-Request-ID"], client.get("/healthz")["X-Request-ID"]
    assert first != second


@pytest.mark.django_db
def test_every_response_carries_its_request_id_and_logs_it(client, caplog):
    with caplog.at_level("INFO", logger="alliance.requests"):
        response = client.get("/api/v2/pages/", HTTP_X_REQUEST_ID="trace-0123456789abcdef")

    assert response.status_code == 200
    assert response["X-Request-ID"] == "trace-0123456789abcdef"
    [line] = [record for record in caplog.records if record.name == "alliance.requests"]
    assert line.request_id == "trace-0123456789abcdef"
    assert (line.method, line.path, line.status) == ("GET", "/api/v2/pages/", 200)
    assert line.endpoint == "wagtailapi:pages:listing"
