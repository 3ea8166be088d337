"""Redis goes down: the site, the API, sessions and rate limits keep working; Redis comes back:
everything is shared again. A redis-server of the test's own is stopped and restarted."""

import time

import pytest
import redis
from django.test import override_settings

from tests.operations.conftest import fallback_cache_settings, free_port
from tests.operations.test_metrics import sample


def cached_keys(own_redis) -> int:
    return len(redis.Redis(port=own_redis.port).keys("alliance-test:*"))


@pytest.mark.django_db
def test_pages_and_api_keep_answering_while_redis_is_down_and_use_it_again_when_back(
    client, own_redis, home_page
):
    with override_settings(CACHES=fallback_cache_settings(own_redis.url)):
        assert client.get("/api/v2/pages/").status_code == 200
        assert client.get("/api/v2/pages/")["X-Cache"] == "HIT"
        assert cached_keys(own_redis) > 0

        metrics = client.get("/metrics").content.decode()
        assert sample(metrics, "alliance_cache_gets_total", result="hit") > 0

        own_redis.stop()
        try:
            for path in ("/api/v2/pages/", "/api/v2/pages/?locale=fr", "/en/", "/healthz"):
                assert client.get(path).status_code == 200, path
            # Still cached, in this process's memory.
            client.get("/api/v2/pages/?locale=de")
            assert client.get("/api/v2/pages/?locale=de")["X-Cache"] == "HIT"
            assert client.get("/readyz").status_code == 503
            metrics = client.get("/metrics").content.decode()
            assert sample(metrics, "alliance_cache_redis_failures_total") > 0
        finally:
            own_redis.start()

        time.sleep(0.3)  # RETRY_AFTER is 0.2 s in these settings
        assert client.get("/api/v2/pages/?locale=it").status_code == 200
        assert cached_keys(own_redis) > 0, "responses are cached in Redis again"
        assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
@override_settings(ALLIANCE_API_RATE_LIMIT="3/m")
def test_rate_limits_count_per_process_while_redis_is_unreachable(client):
    with override_settings(CACHES=fallback_cache_settings(f"redis://127.0.0.1:{free_port()}/0")):
        statuses = [client.get("/api/v2/pages/", {"offset": n}).status_code for n in range(4)]

    assert statuses == [200, 200, 200, 429]


@pytest.mark.django_db
@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db")
def test_a_signed_in_editor_stays_signed_in_while_redis_is_down(client, own_redis, django_user_model):
    editor = django_user_model.objects.create_superuser("ops-editor", "ops@example.org", "pw")
    with override_settings(CACHES=fallback_cache_settings(own_redis.url)):
        client.force_login(editor)
        assert client.get("/admin/").status_code == 200

        own_redis.stop()
        try:
            response = client.get("/admin/")
        finally:
            own_redis.start()

    # Not redirected to the login page: the session was read from the database.
    assert response.status_code == 200
