"""Bench-only settings: production's, plus a stock Wagtail API and a switch for the response cache.

Used by `make bench` / `make bench-quick` only; never in production.
"""

import os

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# BENCH_API_CACHE=off serves every API request uncached: the response cache is a dummy cache,
# so each request does the full work (validation, queries, serialisation) and nothing else changes.
CACHES["bench-off"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
if os.environ.get("BENCH_API_CACHE", "on") == "off":
    ALLIANCE_API_CACHE = "bench-off"

# The load comes from one address: the per-address rate limit would answer 429.
ALLIANCE_API_RATE_LIMIT = "100000000/s"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "bench" / ".data" / "media"))  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# Stock Wagtail's search, for the stock API's `?search=` (bench/urls.py): modelsearch's own
# PostgreSQL backend, as a stock site configured for French has it. It reads the same index rows
# (ours are written with each language's configuration; French rows with French stems) and
# never writes them (AUTO_UPDATE off).
WAGTAILSEARCH_BACKENDS["stock"] = {  # noqa: F405
    "BACKEND": "modelsearch.backends.database",
    "SEARCH_CONFIG": "french",
    "AUTO_UPDATE": False,
}
