"""A publish on one app server purges the CDN from a worker process: every affected URL, in every
locale, reaches the purge receiver (wagtail.contrib.frontend_cache's HTTP backend, CDN_PURGE_URL).
"""

import uuid
from collections import Counter

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from localization.translate import translate
from tests import factories
from tests.multiprocess.content import SITE_HOSTNAME
from tests.processes import RecordedRequest

pytestmark = pytest.mark.multiprocess

SITE = f"http://{SITE_HOSTNAME}"
API = f"{SITE}/api/v2"  # WAGTAILAPI_BASE_URL of the servers


def purged_url(request: RecordedRequest) -> str:
    # The HTTP backend sends the URL's path to the purge location and its host as `Host`.
    return f"http://{request.header('Host')}{request.path}"


def expected_urls(pages: dict[str, object]) -> set[str]:
    """What a reader or a channel may have cached that this publish changes, worked out here
    from the README's routes, not from the product's own list."""
    urls = {f"{SITE}{reverse('sitemap')}", f"{API}/news/", f"{API}/pages/"}
    for code, page in pages.items():
        news_index = page.get_parent()
        # The page, the news listing (and its first page of results), the home page that shows it.
        urls |= {page.full_url, news_index.full_url, f"{news_index.full_url}?page=1"}
        urls.add(news_index.get_parent().full_url)
        with translation.override(code):
            urls |= {f"{SITE}{reverse('feeds:news-rss')}", f"{SITE}{reverse('feeds:news-atom')}"}
        # The API as channels read it (README, "Headless API").
        urls |= {f"{API}/news/{page.pk}/", f"{API}/pages/{page.pk}/"}
        urls |= {f"{API}/news/?locale={code}", f"{API}/news/?locale={code}&fallback=en"}
    return urls


def test_a_publish_on_server_a_purges_every_affected_url_in_every_locale(deployment, committed_db):
    content = deployment.content
    tag = uuid.uuid4().hex[:6]
    news = factories.NewsPageFactory(
        parent=content.news_index, title=f"Roma Week {tag}", slug=f"roma-week-{tag}"
    )
    news.save_revision().publish()
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=["fr", "de"])
    }
    # French with a slug of its own: each locale's real URL, not the English one with /fr/.
    translate(news, locales["fr"], {news.title: f"Semaine rom {tag}", news.slug: f"semaine-rom-{tag}"})
    translate(news, locales["de"], {news.title: f"Roma-Woche {tag}"})
    pages = {"en": news, **{code: news.get_translation(locale) for code, locale in locales.items()}}
    assert pages["fr"].full_url.endswith(f"/fr/news/semaine-rom-{tag}/")

    news.title = f"Roma Week {tag}: the programme"
    news.save_revision()
    published = deployment.admin(deployment.app_a).bulk_publish(news.pk)
    assert published.status_code == 302, published.text[:500]

    expected = expected_urls(pages)
    receiver = deployment.purge_receiver
    received = receiver.wait_for(lambda got: expected <= {purged_url(r) for r in got}, timeout=20)
    purged = [purged_url(request) for request in received]
    missing = expected - set(purged)
    assert not missing, (
        f"not purged: {sorted(missing)}\npurged: {sorted(set(purged))}\n"
        f"workers:\n{deployment.workers[0].output()}\n{deployment.workers[1].output()}"
    )
    assert {request.method for request in received} == {"PURGE"}
    # One batch from one task: the page's own URLs are purged once each, not once per locale.
    own = Counter(
        url for url in purged if tag in url or any(f"/{page.pk}/" in url for page in pages.values())
    )
    assert own and set(own.values()) == {1}, own
