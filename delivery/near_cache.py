"""This worker's copies of recently served API responses, used only in the current generation.

A cached listing is tens of kilobytes: read from Redis on every request, it crosses the socket
and is unpickled each time. A copy kept here is served when the shared generation still matches
it: as this process follows it over Redis pub/sub (`delivery.cache.count_and_lookup`, with no
round trip), else as read from Redis in the same round trip as the rate-limit count. A publish
on any server is seen at once. Memory is bounded by `ALLIANCE_API_NEAR_CACHE_BYTES` per process
(least recently used out first; 0 turns it off).
"""

import threading
from collections import OrderedDict
from functools import cache
from typing import Any

from django.conf import settings


class NearCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, Any] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def has(self, key: str) -> bool:
        return key in self._entries

    def get(self, key: str, generation: str) -> Any:
        """The copy of `key` if it belongs to `generation`."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.generation != generation:
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: str, response: Any) -> None:
        size = len(response.content)
        if size > self.max_bytes // 4:
            return  # one huge answer must not flush everything else
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= len(previous.content)
            self._entries[key] = response
            self._bytes += size
            while self._bytes > self.max_bytes:
                _key, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted.content)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


@cache
def near_cache() -> NearCache:
    return NearCache(int(getattr(settings, "ALLIANCE_API_NEAR_CACHE_BYTES", 32 * 1024 * 1024)))
