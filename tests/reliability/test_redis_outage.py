"""Redis stopped under two gunicorn workers: the site and API answer from the database (never a
500), rate limits count per process, and Redis is used again once it is back."""

import time

import pytest
import redis
import requests

from tests.processes import gunicorn_app_server, wait_until
from tests.reliability.services import RedisServer

pytestmark = pytest.mark.drills

CHANNEL_LIMIT = 10
RETRY_AFTER = 1  # seconds the app leaves a dead Redis alone before trying it again


def _channel_burst(base_url: str, token: str, count: int = 4 * CHANNEL_LIMIT) -> list[int]:
    """`count` API reads as one channel; their statuses."""
    headers = {"Authorization": f"Bearer {token}"}
    return [
        requests.get(f"{base_url}/api/v2/news/?offset={n % 7}", headers=headers, timeout=10).status_code
        for n in range(count)
    ]


def test_site_and_api_answer_without_redis_and_use_it_again_when_it_returns(drill_site):
    own_redis = RedisServer(drill_site.logs)
    own_redis.start()
    keys = redis.Redis(port=own_redis.port)
    env = drill_site.env(
        REDIS_URL=own_redis.url,
        REDIS_RETRY_AFTER=str(RETRY_AFTER),
        # Per hour: no counting window ends in the middle of a burst.
        ALLIANCE_API_CHANNEL_RATE_LIMIT=f"{CHANNEL_LIMIT}/h",
    )
    seed = drill_site.seed
    reads = [
        "/api/v2/news/",
        f"/api/v2/news/{seed['news_ids'][0]}/",
        "/en/",
        seed["news_urls"][1],
        "/en/news/",
    ]
    try:
        with gunicorn_app_server(drill_site.logs, env, name="app-redis", workers=2) as app:
            # Redis up: one count for the channel across both workers, responses cached in Redis.
            up_statuses = _channel_burst(app.url, seed["channel_token"])
            assert up_statuses.count(200) == CHANNEL_LIMIT and set(up_statuses) == {200, 429}
            assert keys.keys("*delivery:api:*")

            own_redis.stop()
            down = [requests.get(app.url + path, timeout=10) for path in reads * 4]
            assert [r.status_code for r in down] == [200] * len(down), [(r.url, r.status_code) for r in down]
            # Counted afresh in each process's memory: still limited, at most the limit per worker.
            down_statuses = _channel_burst(app.url, seed["channel_token"])
            assert set(down_statuses) == {200, 429}
            assert CHANNEL_LIMIT <= down_statuses.count(200) <= CHANNEL_LIMIT * 2

            own_redis.start()  # empty, as a replaced node would be
            time.sleep(RETRY_AFTER + 0.5)
            for path in reads * 2:
                assert requests.get(app.url + path, timeout=10).status_code == 200
            assert wait_until(lambda: keys.keys("*delivery:api:*"), timeout=5), (
                "API responses cached in Redis again"
            )
            requests.get(
                f"{app.url}/api/v2/news/",
                headers={"Authorization": f"Bearer {seed['channel_token']}"},
                timeout=10,
            )
            assert keys.keys("*rl:*"), "rate-limit counts in Redis again"
    finally:
        own_redis.stop()
