"""The sitemap's entries: each page with its translations as hreflang alternates."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Page, Site


@dataclass
class SitemapEntry:
    """One <url> of the sitemap."""

    location: str
    lastmod: datetime | None
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, URL)


def sitemap_entries(request: HttpRequest) -> list[SitemapEntry]:
    """Live, public pages under every translation of the site's root, grouped by translation."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    homes = site.root_page.get_translations(inclusive=True).live().public()
    under_a_home = Q()
    for home in homes:
        under_a_home |= Q(path__startswith=home.path)
    if not under_a_home:
        return []
    pages = list(
        Page.objects.live()
        .public()
        .filter(under_a_home)
        .select_related("locale")
        .order_by("path", "locale_id")
    )
    by_key: dict = defaultdict(list)
    urls = {}
    for page in pages:
        url = page.get_full_url(request)
        if url:
            urls[page.pk] = url
            by_key[page.translation_key].append(page)
    entries = []
    for page in pages:
        if page.pk not in urls:
            continue
        siblings = sorted(by_key[page.translation_key], key=lambda p: p.locale.language_code)
        alternates = [(p.locale.language_code, urls[p.pk]) for p in siblings]
        default = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
        if default:
            alternates.append(("x-default", default))
        entries.append(SitemapEntry(urls[page.pk], page.last_published_at, alternates))
    return entries
