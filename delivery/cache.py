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
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest

from delivery.events import ContentChange, content_changed

GENERATION_KEY = "delivery:api:generation"


def _cache():
    return caches[getattr(settings, "ALLIANCE_API_CACHE", "default")]


def current_generation() -> str:
    generation = _cache().get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # add() so two first requests racing agree on one generation.
        if not _cache().add(GENERATION_KEY, generation, timeout=None):
            generation = _cache().get(GENERATION_KEY) or generation
    return generation


def start_new_generation() -> None:
    """Make every cached API response unreachable."""
    _cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


@receiver(content_changed)
def _drop_cached_responses(sender, change: ContentChange, **kwargs) -> None:
    start_new_generation()
    # Again once the change is committed: a reader between the two could have cached the
    # pre-commit state.
    transaction.on_commit(start_new_generation)


@dataclass(frozen=True)
class CachedResponse:
    """What is kept of a response: enough to rebuild it byte for byte."""

    status: int
    content: bytes
    content_type: str
    etag: str


def cache_key(request: HttpRequest, language: str) -> str:
    """The key of a GET: its path, its sorted query, the negotiated format and language."""
    query = sorted(request.GET.lists())
    parts = [
        request.path,
        repr(query),
        request.headers.get("Accept", ""),
        language,
    ]
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    return f"delivery:api:{current_generation()}:{digest}"


def get_cached(key: str) -> CachedResponse | None:
    value = _cache().get(key)
    return value if isinstance(value, CachedResponse) else None


def store(key: str, response: CachedResponse, timeout: int | None = None) -> None:
    if timeout is None:
        timeout = getattr(settings, "ALLIANCE_API_CACHE_TIMEOUT", 3600)
    _cache().set(key, response, timeout=timeout)
