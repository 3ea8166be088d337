"""The API's per-client rate limit: a counter per client and fixed time window, in the cache.

Counted together with the response-cache lookup (`delivery.cache.count_and_lookup`), so a cached
answer costs one cache round trip, not four (django-ratelimit's add, exists, incr, then the
lookup). The public forms keep django-ratelimit (`home/forms.py`).
"""

import re
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
