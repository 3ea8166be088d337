"""The server-side API response cache (Redis when REDIS_URL is set, local memory otherwise).

Every cached response's key includes a *generation*; any content change starts a new
generation, so no response cached before a publish can be served after it. A JSON response
can list any page (listings, translations, related items), so dropping everything on change is
the only precise answer; saving a draft or editing a private page's unpublished copy leaves the
cache alone, since no signal of the publish path fires.
"""

import hashlib
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest

from delivery.events import ContentChange, content_changed
from delivery.near_cache import near_cache
from delivery.rate_limit import Window

GENERATION_KEY = "delivery:api:generation"
CONTENT_VERSION_KEY = "delivery:content:version"


def _cache():
    return caches[getattr(settings, "ALLIANCE_API_CACHE", "default")]


def _token(cache: BaseCache, key: str) -> str:
    """The random token stored under `key`, created on first use."""
    token = cache.get(key)
    if token is None:
        token = uuid.uuid4().hex
        # add() so two first requests racing agree on one token.
        if not cache.add(key, token, timeout=None):
            token = cache.get(key) or token
    return token


def current_generation() -> str:
    return _token(_cache(), GENERATION_KEY)


def start_new_generation() -> None:
    """Make every cached API response, and every process's copy of derived data, outdated."""
    _cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    caches["default"].set(CONTENT_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def content_version() -> str:
    """A token that changes with every content change, like the generation, for copies of
    derived data a process keeps in memory (the glossary's search forms).

    Kept in the default cache even when responses are cached elsewhere (the bench's uncached
    server answers from a dummy response cache, yet the data it derives from is unchanged).
    """
    return _token(caches["default"], CONTENT_VERSION_KEY)


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


def count_and_lookup(window: Window, key: str | None) -> tuple[int, str, CachedResponse | None]:
    """Count a request in its rate-limit window and, for a GET (`key`), look its response up.

    One round trip when the counters and the responses share the Redis cache
    (`FallbackRedisCache.count_and_get_many`); it reads only the generation when this process
    holds a copy of the response (`delivery/near_cache.py`).
    Returns (count, generation, cached response).
    """
    counters = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    responses = _cache()
    if key is None:
        return _count(counters, window), "", None
    if counters is not responses or not _shared(responses):
        return _count(counters, window), *lookup(key)
    near = near_cache() if near_cache().max_bytes > 0 else None
    wanted = [GENERATION_KEY] if near and near.has(key) else [GENERATION_KEY, key]
    count, found = responses.count_and_get_many(window.counter_key, window.seconds, wanted)
    found[GENERATION_KEY] = found.get(GENERATION_KEY) or current_generation()
    copy = near.get(key, found[GENERATION_KEY]) if near else None
    if copy is not None:
        return count, found[GENERATION_KEY], copy
    if key not in found:  # this process's copy is outdated: another may have stored a fresh one
        found[key] = responses.get(key)
    generation, value = _current(found, key)
    if near and value is not None:
        near.put(key, value)
    return count, generation, value


def _shared(responses: BaseCache) -> bool:
    """The cache the servers share (Redis): counts and lookups go in one round trip."""
    return hasattr(responses, "count_and_get_many")


def _count(counters: BaseCache, window: Window) -> int:
    if hasattr(counters, "count_and_get_many"):
        return counters.count_and_get_many(window.counter_key, window.seconds, [])[0]
    counters.add(window.counter_key, 0, timeout=window.seconds)
    try:
        return counters.incr(window.counter_key)
    except ValueError:  # expired between add and incr, or a dummy cache
        counters.add(window.counter_key, 1, timeout=window.seconds)
        return 1


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
