"""Listings and details run a fixed number of SQL queries, whatever the number of items."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories


@pytest.fixture(autouse=True)
def uncached_api(settings):
    """Every request does the full work: with the response cache on, the second GET of a URL
    is a cache hit and runs no query at all."""
    settings.CACHES = {
        **settings.CACHES,
        "api-off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    settings.ALLIANCE_API_CACHE = "api-off"


def count_queries(client, url: str) -> int:
    client.get(url)  # renditions are created on first use; count the steady state
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_news(tree, locales, count: int) -> None:
    topic = factories.TopicFactory(locale=locales["en"])
    for number in range(count):
        news = factories.NewsPageFactory(
            parent=tree["news_index"], slug=f"news-{number}", feed_image=wagtail_factories.ImageFactory()
        )
        news.topic_links.create(topic=topic)
        news.member_links.create(member=tree["member"])
        news.tags.add("housing", f"tag-{number}")
        news.save_revision().publish()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "endpoint",
    ["news/?limit=100", "news/?locale=fr&fallback=en&limit=100", "pages/?type=news.NewsPage&limit=100"],
)
def test_news_listing_costs_the_same_for_5_and_50_items(
    client, tree, locales, endpoint, django_assert_max_num_queries
):
    add_news(tree, locales, 4)
    baseline = count_queries(client, f"/api/v2/{endpoint}")
    add_news_more = 45
    for number in range(add_news_more):
        factories.NewsPageFactory(
            parent=tree["news_index"], slug=f"more-{number}", feed_image=wagtail_factories.ImageFactory()
        ).member_links.create(member=tree["member"])
    client.get(f"/api/v2/{endpoint}")
    with django_assert_max_num_queries(baseline):
        data = client.get(f"/api/v2/{endpoint}").json()
    assert data["meta"]["total_count"] == 50


@pytest.mark.django_db
def test_member_and_glossary_listings_cost_the_same_for_5_and_50_items(
    client, tree, django_assert_max_num_queries
):
    for number in range(4):
        factories.MemberPageFactory(
            parent=tree["members_index"],
            slug=f"m-{number}",
            national_alliance=tree["alliance"],
            logo=wagtail_factories.ImageFactory(),
        )
        factories.GlossaryTermPageFactory(
            parent=tree["glossary_index"], slug=f"t-{number}", term=f"Term {number}"
        )
    baselines = {
        url: count_queries(client, url)
        for url in [
            "/api/v2/members/?limit=100",
            "/api/v2/glossary/?limit=100",
            "/api/v2/national-alliances/",
        ]
    }
    for number in range(45):
        factories.MemberPageFactory(
            parent=tree["members_index"],
            slug=f"n-{number}",
            national_alliance=tree["alliance"],
            logo=wagtail_factories.ImageFactory(),
        )
        factories.GlossaryTermPageFactory(
            parent=tree["glossary_index"], slug=f"u-{number}", term=f"Word {number}"
        )
    for url, baseline in baselines.items():
        client.get(url)
        with django_assert_max_num_queries(baseline):
            assert client.get(url).status_code == 200
    assert len(client.get(f"/api/v2/national-alliances/{tree['alliance'].pk}/").json()["members"]) == 50


@pytest.mark.django_db
def test_details_cost_the_same_with_5_and_50_related_items(client, tree, django_assert_max_num_queries):
    term, alliance, news = tree["term"], tree["alliance"], tree["news"]

    def add_related(start: int, stop: int) -> None:
        for number in range(start, stop):
            other = factories.GlossaryTermPageFactory(
                parent=tree["glossary_index"], slug=f"r-{number}", term=f"R {number}"
            )
            term.related_links.create(term=other, relation="see_also")
            member = factories.MemberPageFactory(
                parent=tree["members_index"], slug=f"d-{number}", national_alliance=alliance
            )
            news.member_links.create(member=member)
        term.save_revision().publish()
        news.save_revision().publish()

    urls = [
        f"/api/v2/glossary/{term.pk}/",
        f"/api/v2/national-alliances/{alliance.pk}/",
        f"/api/v2/news/{news.pk}/",
    ]
    add_related(0, 5)
    baselines = {url: count_queries(client, url) for url in urls}
    add_related(5, 50)
    for url, baseline in baselines.items():
        client.get(url)
        with django_assert_max_num_queries(baseline):
            assert client.get(url).status_code == 200
    assert len(client.get(urls[0]).json()["related_terms"]) == 50
    assert len(client.get(urls[2]).json()["related_members"]) == 50


@pytest.mark.django_db
def test_a_news_detail_with_images_in_its_body_stays_within_eight_queries(
    client, tree, django_assert_max_num_queries
):
    news = tree["news"]
    images = [wagtail_factories.ImageFactory() for _ in range(3)]
    news.feed_image = images[0]
    news.body = [
        ("image", {"image": image, "alt": f"Photo {number}", "caption": "", "credit": ""})
        for number, image in enumerate(images)
    ]
    news.member_links.create(member=tree["member"])
    news.topic_links.create(topic=factories.TopicFactory())
    news.tags.add("housing")
    news.save_revision().publish()
    url = f"/api/v2/news/{news.pk}/"
    client.get(url)  # renditions are made on first use
    with django_assert_max_num_queries(8):
        data = client.get(url).json()
    blocks = [block for block in data["body"] if block["type"] == "image"]
    assert [block["value"]["image"]["id"] for block in blocks] == [image.pk for image in images]
    assert all(block["value"]["image"]["renditions"]["large"]["url"] for block in blocks)
