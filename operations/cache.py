"""A Redis cache that keeps the site answering when Redis is down.

Every call goes to Redis (Django's own `RedisCache`); when Redis raises, the call is answered by
this process's local-memory cache instead, and Redis is left alone for `RETRY_AFTER` seconds
before it is tried again. So, with Redis down, pages and the API keep answering (cached
responses per process), django-ratelimit's counters become per-process counts, and sessions
(`cached_db`) are read from the database; when Redis returns, everything goes back to it.

django-redis's `IGNORE_EXCEPTIONS` would swallow errors too, but answers every read with a miss
and every `incr` with an error: rate limits would stop counting altogether.
"""

import logging
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

from operations import metrics

logger = logging.getLogger(__name__)

# What a dead or unreachable Redis raises through redis-py (ConnectionError, TimeoutError, ...).
REDIS_DOWN = (RedisError, OSError)
_MISSING = object()


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis cache client, keeping one redis-py client per connection pool.

    Django builds a new `redis.Redis` for every cache call, and each one registers some 170
    response callbacks: a fifth of the time of a cached API answer. A redis-py client is safe to
    share between threads (its pool hands each command a connection).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: str | None = None, *, write: bool = False) -> Any:
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient


class FallbackRedisCache(BaseCache):
    """`RedisCache` in front of a per-process `LocMemCache` used while Redis is unreachable.

    OPTIONS: `RETRY_AFTER` (seconds before Redis is tried again, default 5); every other option
    goes to Django's `RedisCache` (and so to redis-py's connection pool: keep
    `socket_connect_timeout` and `socket_timeout` short, or a dead Redis stalls each request).
    """

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(params)
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        redis_params = {**params, "OPTIONS": options}
        self.redis = SharedClientRedisCache(server, redis_params)
        self.local = LocMemCache(f"fallback-{id(self)}", {**params, "OPTIONS": {}})
        self._down_until = 0.0
        self._lock = threading.Lock()

    # --- state -------------------------------------------------------------------------------
    @property
    def redis_is_down(self) -> bool:
        return time.monotonic() < self._down_until

    @property
    def active_backend(self) -> str:
        return "locmem (Redis unreachable)" if self.redis_is_down else "redis"

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if not self.redis_is_down:
            try:
                result = getattr(self.redis, name)(*args, **kwargs)
            except REDIS_DOWN as error:
                self._mark_down(error)
            else:
                self._mark_up()
                return result
        return getattr(self.local, name)(*args, **kwargs)

    def _mark_down(self, error: Exception) -> None:
        with self._lock:
            was_up = self._down_until == 0.0
            self._down_until = time.monotonic() + self.retry_after
        metrics.CACHE_FALLBACKS.inc()
        if was_up:
            logger.warning("Redis unreachable (%s): using this process's local cache", error)

    def _mark_up(self) -> None:
        if self._down_until:
            with self._lock:
                self._down_until = 0.0
            logger.warning("Redis reachable again: cache, sessions and rate limits back in Redis")

    def ping(self) -> None:
        """Raise if Redis does not answer (for /readyz); a success ends the fallback."""
        client = self.redis._cache.get_client(write=True)
        client.ping()
        self._mark_up()

    # --- One round trip for the API (delivery.cache.count_and_lookup) -------------------------
    def count_and_get_many(self, counter: str, seconds: int, keys: list[str]) -> tuple[int, dict]:
        """Add one to `counter` (created to expire in `seconds`) and read `keys`, in one round trip."""
        if not self.redis_is_down:
            try:
                count, found = self._redis_count_and_get_many(counter, seconds, keys)
            except REDIS_DOWN as error:
                self._mark_down(error)
            else:
                self._mark_up()
                self._count_gets(keys, found)
                return count, found
        self.local.add(counter, 0, timeout=seconds)
        count = self.local.incr(counter)
        found = self.local.get_many(keys)
        self._count_gets(keys, found)
        return count, found

    def _redis_count_and_get_many(self, counter: str, seconds: int, keys: list[str]) -> tuple[int, dict]:
        redis = self.redis
        counter_key = redis.make_and_validate_key(counter)
        key_map = {redis.make_and_validate_key(key): key for key in keys}
        pipeline = redis._cache.get_client(write=True).pipeline(transaction=False)
        pipeline.set(counter_key, 0, ex=seconds, nx=True)
        pipeline.incr(counter_key)
        if key_map:
            pipeline.mget(list(key_map))
        _created, count, *read = pipeline.execute()
        values = read[0] if read else []
        loads = redis._cache._serializer.loads
        found = {key_map[k]: loads(v) for k, v in zip(key_map, values, strict=True) if v is not None}
        return count, found

    @staticmethod
    def _count_gets(keys: list[str], found: dict) -> None:
        if keys:
            metrics.CACHE_GETS.labels(result="hit").inc(len(found))
            metrics.CACHE_GETS.labels(result="miss").inc(len(keys) - len(found))

    # --- Django's cache API -------------------------------------------------------------------
    def get(self, key: str, default: Any = None, version: int | None = None) -> Any:
        value = self._call("get", key, _MISSING, version=version)
        metrics.CACHE_GETS.labels(result="miss" if value is _MISSING else "hit").inc()
        return default if value is _MISSING else value

    def get_many(self, keys, version: int | None = None) -> dict:
        keys = list(keys)
        found = self._call("get_many", keys, version=version)
        self._count_gets(keys, found)
        return found

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._call("add", key, value, timeout=timeout, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        return self._call("set", key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._call("touch", key, timeout=timeout, version=version)

    def delete(self, key, version=None) -> bool:
        return self._call("delete", key, version=version)

    def has_key(self, key, version=None) -> bool:
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None) -> int:
        return self._call("incr", key, delta, version=version)

    def decr(self, key, delta=1, version=None) -> int:
        return self._call("decr", key, delta, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None) -> list:
        return self._call("set_many", data, timeout=timeout, version=version)

    def delete_many(self, keys, version=None) -> None:
        return self._call("delete_many", list(keys), version=version)

    def clear(self) -> None:
        # The local copy is stale whichever way Redis is: drop both.
        self.local.clear()
        return self._call("clear")

    def close(self, **kwargs: Any) -> None:
        self.redis.close(**kwargs)


def redis_cache_or_none(alias: str = "default") -> FallbackRedisCache | None:
    from django.core.cache import caches

    cache = caches[alias]
    return cache if isinstance(cache, FallbackRedisCache) else None
