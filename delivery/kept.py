"""Data a process derives from content and keeps until the next content change.

Checked against the content version (`delivery.cache.content_version`, which every publish,
unpublish, move, delete, restriction, media, snippet or site change renews) and read again at
least every `MAX_AGE` seconds: while Redis is down, each process's version is its own and would
not see another process's changes.
"""

import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

MAX_AGE = 30.0

T = TypeVar("T")


class KeptUntilChange(Generic[T]):
    """Values by key, each read by `read()` once per content version (and at most MAX_AGE old)."""

    def __init__(self) -> None:
        # key -> (content version, time.monotonic() when read, value)
        self._kept: dict[Hashable, tuple[str, float, T]] = {}

    def get(self, key: Hashable, read: Callable[[], T]) -> T:
        from delivery.cache import content_version  # the cache module imports the API's models

        version = content_version()  # before the read: a change during it makes a new version
        kept = self._kept.get(key)
        if kept is not None and kept[0] == version and time.monotonic() - kept[1] < MAX_AGE:
            return kept[2]
        value = read()
        self._kept[key] = (version, time.monotonic(), value)
        return value
