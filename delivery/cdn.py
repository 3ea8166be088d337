"""CDN purge: a `content_changed` consumer that sends every affected public URL to the CDN.

Through `wagtail.contrib.frontend_cache`'s backends (HTTP PURGE, Cloudflare, CloudFront, as
configured in WAGTAILFRONTENDCACHE), from one background task per transaction: a publish, a
subtree deletion or a move of a section collects its URLs here and enqueues them together once
the change is committed; the backends batch the requests (Cloudflare 30 URLs a call, CloudFront
one invalidation). Wagtail's own frontend-cache signal handlers are not installed (the app is
not in INSTALLED_APPS): this is the one place the publish path purges from.

Affected, for a page in every locale it exists in: the page itself (and where it was before a
move), its ancestors' pages (home, section index, their first page of results), the locale's
feeds, the sitemap, and the API: the page's detail on every endpoint that serves its type, and
those endpoints' listings with the query strings channels use.
"""

import threading
from urllib.parse import urlencode, urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from delivery import events
from delivery.events import ContentChange, content_changed

PURGED_EVENTS = (events.PUBLISHED, events.UNPUBLISHED, events.MOVED, events.DELETED)
FEED_URL_NAMES = ("feeds:news-rss", "feeds:news-atom", "feeds:events-rss", "feeds:events-atom")
# The listing query strings channels are documented to use (README, "Headless API").
FALLBACK_LOCALE = "en"

_pending = threading.local()


def is_configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


@receiver(content_changed)
def _collect_urls_to_purge(sender, change: ContentChange, **kwargs) -> None:
    if change.event not in PURGED_EVENTS or not is_configured():
        return
    # Every change of a transaction adds to one batch; the first of their on-commit callbacks
    # enqueues it whole as one task, the others find it empty. URLs left by a rolled-back
    # transaction go out with the next batch: purging a URL too many is harmless.
    pending = _pending_urls()
    pending.update(affected_urls(change))
    transaction.on_commit(_enqueue_pending)


def _pending_urls() -> set[str]:
    if getattr(_pending, "urls", None) is None:
        _pending.urls = set()
    return _pending.urls


def _enqueue_pending() -> None:
    from delivery.tasks import purge_cdn

    urls, _pending.urls = _pending_urls(), set()
    if urls:
        purge_cdn.enqueue(sorted(urls))


def affected_urls(change: ContentChange) -> set[str]:
    """Every public URL whose response may change with `change`, in every locale."""
    group = list(Page.objects.live().filter(translation_key=change.translation_key).specific(defer=True))
    listings = list(
        Page.objects.live().filter(
            translation_key__in=Page.objects.filter(pk__in=change.listing_page_ids).values("translation_key")
        )
    )
    urls = {url for url in (change.page_url, change.previous_page_url) if url}
    for page in group:
        urls.update(_page_urls(page))
    for listing in listings:
        url = listing.get_full_url()
        if url:
            urls.update({url, f"{url}?{urlencode({'page': 1})}"})

    site_root = _site_root(change.page_url or next((u for u in urls if u), ""))
    locales = {change.locale, *(page.locale.language_code for page in group)}
    if site_root:
        urls.add(site_root + reverse("sitemap"))
        for language in locales:
            with translation.override(language):
                urls.update(site_root + reverse(name) for name in FEED_URL_NAMES)

    urls.update(_api_urls(change, [page.pk for page in group]))
    return urls


def _page_urls(page: Page) -> set[str]:
    url = page.get_full_url()
    if not url:
        return set()
    # A page may answer on more paths than its own (RoutablePage routes).
    return {url} | {url + path.lstrip("/") for path in page.get_cached_paths() if path != "/"}


def _site_root(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _api_urls(change: ContentChange, page_ids: list[int]) -> set[str]:
    from cms.api import api_router

    base = settings.WAGTAILAPI_BASE_URL.rstrip("/") + "/api/v2/"
    try:
        model = apps.get_model(change.type)
    except (LookupError, ValueError):
        model = Page
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    urls = set()
    for name, viewset in api_router._endpoints.items():
        endpoint_model = getattr(viewset, "model", None)
        if not (isinstance(endpoint_model, type) and issubclass(endpoint_model, Page)):
            continue
        if not issubclass(model, endpoint_model):
            continue
        listing = f"{base}{name}/"
        urls.add(listing)
        for page_id in {change.id, *page_ids}:
            urls.add(f"{listing}{page_id}/")
        for language in languages:
            urls.add(f"{listing}?{urlencode({'locale': language})}")
            urls.add(f"{listing}?{urlencode({'locale': language, 'fallback': FALLBACK_LOCALE})}")
            if endpoint_model is Page:
                urls.add(f"{listing}?{urlencode({'type': model._meta.label, 'locale': language})}")
    return urls
