"""The API's per-client rate limit: a counter per client and fixed time window, in the cache.

Counted together with the response-cache lookup (`delivery.cache.count_and_lookup`), so a cached
answer costs one cache round trip, not four (django-ratelimit's add, exists, incr, then the
lookup); an answer served from this process's memory with no round trip at all is counted here
first and added to the shared counter with the client's next round trip (`BatchedCounts`). The
public forms keep django-ratelimit (`home/forms.py`).
"""

import re
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"^(?P<count>\d+)/(?P<number>\d*)(?P<unit>[smhd])$")


@dataclass(frozen=True)
class Window:
    """The current window of a client's rate: its counter's key, the limit and what is left of it."""

    counter_key: str
    limit: int
    seconds: int
    ends_in: int


def parse_rate(rate: str) -> tuple[int, int]:
    """'300/m' -> (300, 60); '10/5m' -> (10, 300), as django-ratelimit writes rates."""
    match = RATE.match(rate)
    if not match:
        raise ValueError(f"not a rate: {rate!r} (e.g. 300/m)")
    return int(match["count"]), int(match["number"] or 1) * UNITS[match["unit"]]


def client_address(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the proxy's header named by RATELIMIT_IP_META_KEY."""
    meta_key = getattr(settings, "RATELIMIT_IP_META_KEY", None) or "REMOTE_ADDR"
    return request.META.get(meta_key, "").split(",", 1)[0].strip()


def current_window(request: HttpRequest) -> Window:
    """The window a request counts in: per channel when it sent a token, else per address."""
    channel = getattr(request, "channel", None)
    if channel:
        client, rate = f"channel:{channel.pk}", settings.ALLIANCE_API_CHANNEL_RATE_LIMIT
    else:
        client, rate = f"ip:{client_address(request)}", settings.ALLIANCE_API_RATE_LIMIT
    limit, seconds = parse_rate(rate)
    now = int(time.time())
    index, elapsed = divmod(now, seconds)
    return Window(f"delivery:api:rl:{client}:{seconds}:{index}", limit, seconds, seconds - elapsed)


class BatchedCounts:
    """This process's requests not yet added to the shared counters, and what those last said.

    A client's request may be counted here, without a round trip, while fewer than
    1/`BATCH_FRACTION` of its limit are waiting: the next round trip adds them all. In one
    process the count is exact; across processes each may admit that many requests too many
    (2 % of the limit), and a window's last few may never reach the shared counter. Limits
    under 2 × `BATCH_FRACTION` are always counted in the shared counter.
    """

    BATCH_FRACTION = 50
    PRUNE_ABOVE = 4096  # clients: ended windows are dropped beyond that many

    def __init__(self) -> None:
        # counter key -> [shared count last read, requests not added to it yet, window end]
        self._counts: dict[str, list] = {}
        self._lock = threading.Lock()

    def count_here(self, window: Window) -> int | None:
        """This request's count in its window, if it may be counted without a round trip."""
        batch = window.limit // self.BATCH_FRACTION
        with self._lock:
            state = self._counts.get(window.counter_key)
            if state is None or state[1] + 1 >= batch:
                return None
            state[1] += 1
            return state[0] + state[1]

    def take_waiting(self, window: Window) -> int:
        """The requests waiting to be added to the shared counter now (forgotten here)."""
        with self._lock:
            state = self._counts.get(window.counter_key)
            if state is None:
                return 0
            waiting, state[1] = state[1], 0
            return waiting

    def counted(self, window: Window, shared_count: int) -> None:
        """The shared counter's value after a round trip added to it."""
        with self._lock:
            state = self._counts.get(window.counter_key)
            if state is None:
                if len(self._counts) >= self.PRUNE_ABOVE:
                    now = time.time()
                    self._counts = {key: kept for key, kept in self._counts.items() if kept[2] > now}
                state = self._counts[window.counter_key] = [0, 0, time.time() + window.ends_in]
            state[0] = max(state[0], shared_count)


batched_counts = BatchedCounts()
