"""Each server keeps near copies of cached API answers, and never serves one after a publish.

With the shared Redis cache, a server keeps the answers it served in its own memory and reads
only the shared generation (with the rate-limit count) on a hit. A publish on any server starts
a new generation: the copy is then outdated everywhere at once.
"""

import pytest
import redis
from django.test import override_settings

from delivery import cache as api_cache
from delivery.near_cache import near_cache
from tests.operations.conftest import fallback_cache_settings

LISTING = "/api/v2/news/"


@pytest.fixture
def shared_cache(own_redis):
    shared = redis.Redis(port=own_redis.port)
    shared.flushdb()  # the module's redis-server outlives each test
    near_cache().clear()
    with override_settings(CACHES=fallback_cache_settings(own_redis.url)):
        yield shared
    near_cache().clear()


@pytest.mark.django_db
def test_a_near_copy_is_served_until_another_server_publishes(client, tree, shared_cache):
    assert client.get(LISTING)["X-Cache"] == "MISS"
    assert near_cache().has(next(iter(near_cache()._entries)))
    first = client.get(LISTING)
    assert first["X-Cache"] == "HIT"

    # Another server publishes: it starts a new generation in the shared cache, nothing else.
    news = tree["news"]
    news.title = "Published on the other server"
    news.save_revision().publish()
    api_cache.start_new_generation()

    after = client.get(LISTING)
    assert after["X-Cache"] == "MISS"
    assert "Published on the other server" in after.content.decode()


@pytest.mark.django_db
def test_an_answer_stored_by_another_server_is_served_from_the_shared_cache(client, tree, shared_cache):
    stored = client.get(LISTING)
    assert stored["X-Cache"] == "MISS"
    near_cache().clear()  # this server never saw it: another one stored it
    shared = client.get(LISTING)
    assert shared["X-Cache"] == "HIT"
    assert shared.content == stored.content
    assert near_cache()._entries, "kept near for the next request"


@pytest.mark.django_db
@override_settings(ALLIANCE_API_RATE_LIMIT="3/m")
def test_near_copies_still_count_against_the_shared_rate_limit(client, tree, shared_cache):
    statuses = [client.get(LISTING).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert shared_cache.keys("*delivery:api:rl:*"), "counted in Redis, where every server sees it"
