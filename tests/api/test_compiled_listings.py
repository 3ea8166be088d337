"""A listing's SQL is compiled once per process (delivery/api/statements.py): what it answers
must still be what is published and public at the time of each request."""

import datetime
import time

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from delivery import kept
from localization.translate import translate
from tests import factories


@pytest.fixture(autouse=True)
def uncached_api(settings):
    """Each request runs its queries: the response cache would answer the second GET itself."""
    settings.CACHES = {
        **settings.CACHES,
        "api-off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    settings.ALLIANCE_API_CACHE = "api-off"


def listing(client, url: str) -> tuple[int, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    data = response.json()
    return data["meta"]["total_count"], [item["title"] for item in data["items"]]


@pytest.mark.django_db
def test_the_same_listing_asked_again_shows_what_was_published_and_unpublished_in_between(client, tree):
    url = "/api/v2/news/?locale=en&order=title"
    assert listing(client, url) == (1, [tree["news"].title])

    later = factories.NewsPageFactory(parent=tree["news_index"], title="Zagreb joins", slug="zagreb")
    assert listing(client, url) == (2, [tree["news"].title, "Zagreb joins"])

    later.unpublish()
    assert listing(client, url) == (1, [tree["news"].title])


@pytest.mark.django_db
def test_a_section_made_private_leaves_the_same_listing_at_once(client, tree):
    factories.MemberPageFactory(parent=tree["members_index"], title="Cluj", slug="cluj", country="RO")
    url = "/api/v2/members/?locale=en&country=RO"
    assert listing(client, url) == (1, ["Cluj"])

    PageViewRestriction.objects.create(page=tree["members_index"], restriction_type="login")
    assert listing(client, url) == (0, [])


@pytest.mark.django_db
def test_a_restriction_no_content_change_announced_is_still_applied_within_the_facts_maximum_age(
    client, tree, monkeypatch
):
    # Each process keeps what is private until the content version changes; while Redis is down
    # another process's change does not reach this one's version, so the facts also expire.
    factories.MemberPageFactory(parent=tree["members_index"], title="Cluj", slug="cluj", country="RO")
    url = "/api/v2/members/?locale=en&country=RO"
    assert listing(client, url) == (1, ["Cluj"])

    # Written without signals: no content change reaches this process's version.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=tree["members_index"], restriction_type="login")]
    )

    later = time.monotonic() + kept.MAX_AGE + 1
    monkeypatch.setattr(kept.time, "monotonic", lambda: later)
    assert listing(client, url) == (0, [])


@pytest.mark.django_db
def test_an_event_leaves_the_upcoming_listing_when_it_is_over(client, tree, monkeypatch):
    factories.EventPageFactory(
        parent=tree["news_index"],
        title="Strasbourg seminar",
        slug="strasbourg-seminar",
        start=timezone.now() + datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(hours=2),
    )
    url = "/api/v2/events/?locale=en&upcoming=true"
    assert listing(client, url) == (1, ["Strasbourg seminar"])

    three_hours_later = timezone.now() + datetime.timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: three_hours_later)
    assert listing(client, url) == (0, [])


@pytest.mark.django_db
def test_each_page_of_a_listing_links_its_own_items_translations(client, tree, locales):
    second = factories.NewsPageFactory(parent=tree["news_index"], title="Zagreb joins", slug="zagreb")
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate(tree["news_index"], locales["fr"], {"News": "Actualités"})
    french = {
        page.pk: translate(page, locales["fr"], {page.title: f"{page.title} (fr)"})[0].pk
        for page in (tree["news"], second)
    }

    for offset in (0, 1, 0):
        item = client.get(f"/api/v2/news/?locale=en&order=title&limit=1&offset={offset}").json()["items"][0]
        assert [link["id"] for link in item["meta"]["translations"]] == [french[item["id"]]]
