"""The server-side API response cache (Redis when REDIS_URL is set, local memory otherwise).

Every cached response's key includes a *generation*; any content change starts a new
generation, so no response cached before a publish can be served after it. A JSON response
can list any page (listings, translations, related items), so dropping everything on change is
the only precise answer; saving a draft or editing a private page's unpublished copy leaves the
cache alone, since no signal of the publish path fires.
"""

import hashlib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest

from delivery.events import ContentChange, content_changed
from delivery.near_cache import near_cache
from delivery.rate_limit import Window, batched_counts

GENERATION_KEY = "delivery:api:generation"
GENERATION_CHANNEL = "delivery:api:generations"
CONTENT_VERSION_KEY = "delivery:content:version"

# The content version as read with the request's rate-limit count (`count_and_lookup`), while
# the request is answered: what a process keeps until the next change is checked without a
# round trip of its own.
_request_content_version: ContextVar[str | None] = ContextVar("request_content_version", default=None)


def _cache():
    return caches[getattr(settings, "ALLIANCE_API_CACHE", "default")]


def _token(cache: BaseCache, key: str, add: Callable[[str, str], bool] | None = None) -> str:
    """The random token stored under `key`, created on first use by `add(key, token)` (the
    cache's `add()` by default), which stores it only if it is still missing."""
    token = cache.get(key)
    if token is None:
        token = uuid.uuid4().hex
        # Only if missing, so two first requests racing agree on one token.
        stored = add(key, token) if add else cache.add(key, token, timeout=None)
        if not stored:
            token = cache.get(key) or token
    return token


def current_generation() -> str:
    responses = _cache()
    if not _shared(responses):
        return _token(responses, GENERATION_KEY)
    # A new or emptied Redis: the first to ask starts a generation, and says so to every process.
    return _token(
        responses,
        GENERATION_KEY,
        lambda key, token: responses.set_and_publish(key, token, GENERATION_CHANNEL, only_if_missing=True),
    )


def start_new_generation() -> None:
    """Make every cached API response, and every process's copy of derived data, outdated."""
    generation = uuid.uuid4().hex
    responses = _cache()
    if _shared(responses):
        # Every process following the generation hears it (delivery/near_cache.py); this one
        # asks Redis until its own follower has.
        responses.set_and_publish(GENERATION_KEY, generation, GENERATION_CHANNEL)
        responses.followed(GENERATION_KEY, GENERATION_CHANNEL).expect(generation)
    else:
        responses.set(GENERATION_KEY, generation, timeout=None)
    caches["default"].set(CONTENT_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def content_version() -> str:
    """A token that changes with every content change, like the generation, for copies of
    derived data a process keeps in memory (the glossary's search forms).

    Kept in the default cache even when responses are cached elsewhere (the bench's uncached
    server answers from a dummy response cache, yet the data it derives from is unchanged).
    An API request reads it once, with its rate-limit count (`for_request`).
    """
    version = _request_content_version.get()
    return version if version is not None else _token(caches["default"], CONTENT_VERSION_KEY)


@contextmanager
def for_request(version: str | None) -> Iterator[None]:
    """`content_version()` answers `version` (read at the start of the request) inside."""
    token = _request_content_version.set(version)
    try:
        yield
    finally:
        _request_content_version.reset(token)


@receiver(content_changed)
def _drop_cached_responses(sender, change: ContentChange, **kwargs) -> None:
    start_new_generation()
    # Again once the change is committed: a reader between the two could have cached the
    # pre-commit state.
    transaction.on_commit(start_new_generation)


@dataclass(frozen=True)
class CachedResponse:
    """What is kept of a response: enough to rebuild it byte for byte, and its generation."""

    status: int
    content: bytes
    content_type: str
    etag: str
    generation: str = ""
    # Headers the answer is served with (Cache-Control, Vary, surrogate keys…): they depend on
    # the request's path and query only, like the key, so a hit sets them without working them out.
    headers: tuple[tuple[str, str], ...] = ()


def request_key(request: HttpRequest, language: str, prefix: str = "delivery:api") -> str:
    """The key of a GET: its path, its sorted query, the negotiated format and language.

    The generation is not part of the key but of the stored value, so one `get_many` reads
    both the current generation and the response (one cache round trip per hit).
    """
    query = sorted(request.GET.lists())
    parts = [
        request.path,
        repr(query),
        request.headers.get("Accept", ""),
        language,
    ]
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return f"{prefix}:{digest}"


def lookup(key: str) -> tuple[str, CachedResponse | None]:
    """(current generation, the response stored under `key` if it belongs to that generation)."""
    return _current(_cache().get_many([GENERATION_KEY, key]), key)


@dataclass(frozen=True)
class Lookup:
    """What `count_and_lookup` found: the request's count in its rate-limit window, the current
    generation, the cached response (if current) and the content version (None: not read)."""

    count: int
    generation: str = ""
    cached: CachedResponse | None = None
    content_version: str | None = None


def count_and_lookup(window: Window, key: str | None) -> Lookup:
    """Count a request in its rate-limit window and, for a GET (`key`), look its response up
    and read the content version.

    One round trip when the counters and the responses share the Redis cache
    (`FallbackRedisCache.count_and_get_many`); it reads only the generation when this process
    holds a copy of the response (`delivery/near_cache.py`), and none at all when this process
    also follows the current generation and may count the request itself (`BatchedCounts`).
    """
    counters = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    responses = _cache()
    if key is None:
        return Lookup(_count(counters, window)[0])
    if counters is not responses or not _shared(responses):
        count, version = _count(counters, window, read_version=True)
        return Lookup(count, *lookup(key), content_version=version)
    near = near_cache() if near_cache().max_bytes > 0 else None
    if near and _shared(responses):
        generation = responses.followed(GENERATION_KEY, GENERATION_CHANNEL).current()
        copy = near.get(key, generation) if generation else None
        count = batched_counts.count_here(window) if copy else None
        if count is not None:
            return Lookup(count, generation, copy)
    wanted = [GENERATION_KEY] if near and near.has(key) else [GENERATION_KEY, key]
    if responses is caches["default"]:
        wanted.append(CONTENT_VERSION_KEY)
    count, found = responses.count_and_get_many(
        window.counter_key, window.seconds, wanted, add=1 + batched_counts.take_waiting(window)
    )
    batched_counts.counted(window, count)
    version = found.get(CONTENT_VERSION_KEY)
    found[GENERATION_KEY] = found.get(GENERATION_KEY) or current_generation()
    copy = near.get(key, found[GENERATION_KEY]) if near else None
    if copy is not None:
        return Lookup(count, found[GENERATION_KEY], copy, version)
    if key not in found:  # this process's copy is outdated: another may have stored a fresh one
        found[key] = responses.get(key)
    generation, value = _current(found, key)
    if near and value is not None:
        near.put(key, value)
    return Lookup(count, generation, value, version)


def _shared(responses: BaseCache) -> bool:
    """The cache the servers share (Redis, `FallbackRedisCache`): counts and lookups go in one
    round trip, and each new generation is published to every process."""
    return hasattr(responses, "count_and_get_many")


def _count(counters: BaseCache, window: Window, read_version: bool = False) -> tuple[int, str | None]:
    """The request's count in its window, and the content version when asked for and it can
    come in the same round trip (the counters are the default cache)."""
    if hasattr(counters, "count_and_get_many"):
        wanted = [CONTENT_VERSION_KEY] if read_version and counters is caches["default"] else []
        count, found = counters.count_and_get_many(window.counter_key, window.seconds, wanted)
        return count, found.get(CONTENT_VERSION_KEY)
    counters.add(window.counter_key, 0, timeout=window.seconds)
    try:
        return counters.incr(window.counter_key), None
    except ValueError:  # expired between add and incr, or a dummy cache
        counters.add(window.counter_key, 1, timeout=window.seconds)
        return 1, None


def _current(found: dict, key: str) -> tuple[str, CachedResponse | None]:
    generation = found.get(GENERATION_KEY) or current_generation()
    value = found.get(key)
    if isinstance(value, CachedResponse) and value.generation == generation:
        return generation, value
    return generation, None


def store(key: str, response: CachedResponse, timeout: int | None = None) -> None:
    if timeout is None:
        timeout = getattr(settings, "ALLIANCE_API_CACHE_TIMEOUT", 3600)
    _cache().set(key, response, timeout=timeout)
    if _shared(_cache()) and near_cache().max_bytes > 0:
        near_cache().put(key, response)
