"""A Redis cache that keeps the site answering when Redis is down.

Every call goes to Redis (Django's own `RedisCache`); when Redis raises, the call is answered by
this process's local-memory cache instead, and Redis is left alone for `RETRY_AFTER` seconds
before it is tried again. So, with Redis down, pages and the API keep answering (cached
responses per process), django-ratelimit's counters become per-process counts, and sessions
(`cached_db`) are read from the database; when Redis returns, everything goes back to it.

django-redis's `IGNORE_EXCEPTIONS` would swallow errors too, but answers every read with a miss
and every `incr` with an error: rate limits would stop counting altogether.
"""

import contextlib
import logging
import os
import threading
import time
import weakref
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
        self._followed: dict[tuple[str, str], FollowedValue] = {}

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
    def count_and_get_many(
        self, counter: str, seconds: int, keys: list[str], add: int = 1
    ) -> tuple[int, dict]:
        """Add `add` to `counter` (created to expire in `seconds`) and read `keys`, in one round trip."""
        if not self.redis_is_down:
            try:
                count, found = self._redis_count_and_get_many(counter, seconds, keys, add)
            except REDIS_DOWN as error:
                self._mark_down(error)
            else:
                self._mark_up()
                self._count_gets(keys, found)
                return count, found
        self.local.add(counter, 0, timeout=seconds)
        count = self.local.incr(counter, add)
        found = self.local.get_many(keys)
        self._count_gets(keys, found)
        return count, found

    def _redis_count_and_get_many(
        self, counter: str, seconds: int, keys: list[str], add: int
    ) -> tuple[int, dict]:
        redis = self.redis
        counter_key = redis.make_and_validate_key(counter)
        key_map = {redis.make_and_validate_key(key): key for key in keys}
        pipeline = redis._cache.get_client(write=True).pipeline(transaction=False)
        pipeline.set(counter_key, 0, ex=seconds, nx=True)
        pipeline.incrby(counter_key, add)
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

    # --- A value every process follows (delivery.cache's generation) --------------------------
    def set_and_publish(self, key: str, value: str, channel: str, *, only_if_missing: bool = False) -> bool:
        """Set `key` to `value` and publish `value` on `channel`, atomically: every follower
        hears the values in the order Redis stored them. False when `only_if_missing` and `key`
        was set already. While Redis is down, the value is set in this process only."""
        if not self.redis_is_down:
            try:
                stored = self._redis_set_and_publish(key, value, channel, only_if_missing)
            except REDIS_DOWN as error:
                self._mark_down(error)
            else:
                self._mark_up()
                return stored
        if only_if_missing:
            return self.local.add(key, value, timeout=None)
        self.local.set(key, value, timeout=None)
        return True

    def _redis_set_and_publish(self, key: str, value: str, channel: str, only_if_missing: bool) -> bool:
        redis = self.redis
        client = redis._cache.get_client(write=True)
        stored = client.eval(
            _SET_AND_PUBLISH,
            1,
            redis.make_and_validate_key(key),
            redis._cache._serializer.dumps(value),
            self._channel(channel),
            value,
            "NX" if only_if_missing else "",
        )
        return bool(stored)

    def followed(self, key: str, channel: str) -> "FollowedValue":
        """This process's view of `key`, kept current from `channel` (see `FollowedValue`)."""
        with self._lock:
            if (key, channel) not in self._followed:
                self._followed[(key, channel)] = FollowedValue(self, key, channel)
            return self._followed[(key, channel)]

    def _channel(self, channel: str) -> str:
        # Channels are server-wide, keys are per database: a site on another database of the
        # same Redis must not hear this one's values.
        database = self.redis._cache.get_client(write=True).connection_pool.connection_kwargs.get("db", 0)
        return f"{self.redis.make_key(channel)}:db{database}"

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


# SET key value [NX], then PUBLISH the value if it was set: one script, so no other command runs
# between the two and every subscriber hears the values in the order they were stored.
_SET_AND_PUBLISH = """
local stored
if ARGV[4] == "NX" then
  stored = redis.call("SET", KEYS[1], ARGV[1], "NX")
else
  stored = redis.call("SET", KEYS[1], ARGV[1])
end
if stored then
  redis.call("PUBLISH", ARGV[2], ARGV[3])
  return 1
end
return 0
"""


class FollowedValue:
    """A value in Redis as this process last heard it, without a round trip to ask.

    A thread of the process subscribes to the value's channel, reads the value (after the
    subscription, so no change is missed in between) and follows each value published there
    (`FallbackRedisCache.set_and_publish`), pinging Redis every `PING_EVERY` seconds.
    `current()` answers None, meaning "ask Redis", unless Redis answered the thread in the last
    `TRUST_FOR` seconds, and while a change this process made (`expect`) has not come back
    through the channel yet: messages still on their way are older than it.
    """

    PING_EVERY = 1.0
    TRUST_FOR = 3.0
    RETRY_AFTER = 1.0

    def __init__(self, cache: FallbackRedisCache, key: str, channel: str) -> None:
        self._cache = cache
        self.key = key
        self.channel = channel
        self._value: str | None = None
        self._heard_at = float("-inf")
        # A value this process published, until the thread hears it or a pong sent after it.
        self._expected: tuple[str, float] | None = None
        self._pid: int | None = None
        self._start_lock = threading.Lock()

    def current(self) -> str | None:
        if self._pid != os.getpid():
            self._start()
        if self._expected is not None or time.monotonic() - self._heard_at > self.TRUST_FOR:
            return None
        return self._value

    def expect(self, value: str) -> None:
        """This process just published `value`: ask Redis until the thread has heard it."""
        if self._value != value:  # else heard already, after everything published before it
            self._expected = (value, time.monotonic())

    def _start(self) -> None:
        with self._start_lock:
            if self._pid == os.getpid():
                return
            # A forked worker inherits its parent's state, not its thread.
            self._value, self._heard_at, self._expected = None, float("-inf"), None
            self._pid = os.getpid()
            thread = threading.Thread(
                target=_follow, args=(weakref.ref(self),), name=f"follow {self.channel}", daemon=True
            )
            thread.start()

    # Called by the thread only.
    def _subscribe(self) -> Any:
        client = self._cache.redis._cache.get_client(write=True)
        pubsub = client.pubsub()
        pubsub.subscribe(self._cache._channel(self.channel))
        confirmation = pubsub.get_message(timeout=self.PING_EVERY)
        if not confirmation or confirmation["type"] != "subscribe":
            pubsub.close()
            raise TimeoutError(f"no subscription to {self.channel}")
        return pubsub

    def _read(self) -> None:
        self._expected = None  # the read comes after every change this process made so far
        value = self._cache.redis.get(self.key)
        self._value = value if isinstance(value, str) else None
        self._heard_at = time.monotonic()

    def _heard(self, value: str | None = None, pong_for: float | None = None) -> None:
        if value is not None:
            self._value = value
            if self._expected is not None and self._expected[0] == value:
                self._expected = None
        if pong_for is not None and self._expected is not None and self._expected[1] <= pong_for:
            self._expected = None
        self._heard_at = time.monotonic()

    def _lost(self) -> None:
        self._heard_at = float("-inf")


def _follow(ref: "weakref.ref[FollowedValue]") -> None:
    """The thread behind a `FollowedValue`; it ends when the value is no longer used."""
    while (followed := ref()) is not None:
        pubsub = None
        try:
            pubsub = followed._subscribe()
            followed._read()
            ping_sent = time.monotonic()
            pubsub.ping()
            pings: list[float] = [ping_sent]
            del followed
            while (followed := ref()) is not None:
                message = pubsub.get_message(timeout=followed.PING_EVERY)
                if message and message["type"] == "message":
                    followed._heard(message["data"].decode())
                elif message and message["type"] == "pong":
                    followed._heard(pong_for=pings.pop(0) if pings else None)
                if time.monotonic() - ping_sent >= followed.PING_EVERY:
                    if len(pings) > 2:  # Redis stopped answering
                        raise TimeoutError(f"no pong on {followed.channel}")
                    ping_sent = time.monotonic()
                    pubsub.ping()
                    pings.append(ping_sent)
                del followed
        except Exception as error:  # noqa: BLE001 - whatever it was, ask Redis until followed again
            if not isinstance(error, REDIS_DOWN):
                logger.exception("following a Redis channel failed")
            if (followed := ref()) is not None:
                followed._lost()
                retry = followed.RETRY_AFTER
                del followed
                time.sleep(retry)
        finally:
            if pubsub is not None:
                with contextlib.suppress(*REDIS_DOWN):
                    pubsub.close()


def redis_cache_or_none(alias: str = "default") -> FallbackRedisCache | None:
    from django.core.cache import caches

    cache = caches[alias]
    return cache if isinstance(cache, FallbackRedisCache) else None
