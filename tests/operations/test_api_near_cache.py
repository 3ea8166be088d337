"""Each server keeps near copies of cached API answers, and never serves one after a publish.

With the shared Redis cache, a server keeps the answers it served in its own memory and reads
only the shared generation (with the rate-limit count) on a hit. A publish on any server starts
a new generation: the copy is then outdated everywhere at once.
"""

import subprocess
import sys
import time

import pytest
import redis
from django.conf import settings
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


def _following(timeout: float = 5.0) -> str:
    """Wait until this process follows the shared generation (its thread has subscribed)."""
    from django.core.cache import caches

    followed = caches["default"].followed(api_cache.GENERATION_KEY, api_cache.GENERATION_CHANNEL)
    deadline = time.monotonic() + timeout
    while (generation := followed.current()) is None:
        assert time.monotonic() < deadline, "this process never followed the shared generation"
        time.sleep(0.02)
    return generation


def _redis_commands(shared: redis.Redis) -> int:
    return shared.info("stats")["total_commands_processed"]


@pytest.mark.django_db
def test_a_near_copy_of_the_current_generation_costs_redis_nothing(client, tree, shared_cache):
    assert client.get(LISTING)["X-Cache"] == "MISS"
    _following()
    assert client.get(LISTING)["X-Cache"] == "HIT"

    before = _redis_commands(shared_cache)
    hits = [client.get(LISTING) for _ in range(40)]
    commands = _redis_commands(shared_cache) - before - 1  # INFO itself

    assert {hit["X-Cache"] for hit in hits} == {"HIT"}
    # Only the follower's pings (one a second) and a rate-limit batch or so reach Redis.
    assert commands <= 6, f"{commands} Redis commands for 40 cached answers"


@pytest.mark.django_db
def test_a_new_generation_from_another_process_outdates_the_near_copy_at_once(
    client, tree, shared_cache, own_redis, tmp_path
):
    assert client.get(LISTING)["X-Cache"] == "MISS"
    before = _following()
    assert client.get(LISTING)["X-Cache"] == "HIT"

    # Another server's publish: a new generation in Redis, nothing said to this process directly.
    child = subprocess.run(
        [sys.executable, "-m", "tests.operations.django_child", tmp_path, "new-generation", own_redis.url],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]

    deadline = time.monotonic() + 1
    while (heard := _following()) == before:
        assert time.monotonic() < deadline, "the other process's generation was not heard within 1 s"
        time.sleep(0.005)
    assert heard == api_cache.current_generation()
    assert client.get(LISTING)["X-Cache"] == "MISS"


@pytest.mark.django_db
@override_settings(ALLIANCE_API_RATE_LIMIT="100/m")
def test_hits_counted_in_this_process_still_reach_the_limit_and_the_shared_count(client, tree, shared_cache):
    if 60 - time.time() % 60 < 15:  # all of it in one minute's window
        time.sleep(60 - time.time() % 60)
    client.get(LISTING)
    _following()
    statuses = [client.get(LISTING).status_code for _ in range(100)]

    assert statuses[:99] == [200] * 99
    assert statuses[99] == 429, "the 101st request of the window is refused"
    counter = shared_cache.keys("*delivery:api:rl:*")
    assert counter, "counted in Redis, where every server sees it"
    # Every request but the last of a batch (1/50 of the limit) is already in the shared count.
    assert int(shared_cache.get(counter[0])) >= 99
