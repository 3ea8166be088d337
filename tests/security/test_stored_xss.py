"""Advisory class: stored XSS in admin and translation screens (page titles, snippet names,
revision comparison). Markup an editor types is shown as text, never run, on every screen."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from localization.translate import translate
from tests import factories

HOSTILE_TITLE = '<img src=x onerror="alert(1)">Roma<script>alert(2)</script>'
RAW = ('<img src=x onerror="alert(1)">', "<script>alert(2)</script>")


@pytest.fixture
def hostile(tree, locales):
    news = tree["news"]
    news.save_revision().publish()
    news.title = HOSTILE_TITLE
    news.save_revision().publish()
    for page in (tree["home"], tree["news_index"]):
        translate(page, locales["fr"], {})
    french, _total, _done = translate(news, locales["fr"], {}, publish=False)
    topic = factories.TopicFactory(name=HOSTILE_TITLE, slug="hostile", locale=locales["en"])
    return {"news": news, "french": french, "topic": topic, "tree": tree}


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("xss", "xss@example.org", "a-long-enough-passphrase")
    client.force_login(user)
    return client


def test_a_hostile_page_title_is_escaped_in_admin_and_translation_screens(admin_client, hostile):
    """CVE-2026-28223 (translate message), GHSA-33pv-vcgh-jfg9 (listings), GHSA-v2wc-pfq2-5cm6 (compare)."""
    news, french = hostile["news"], hostile["french"]
    urls = [
        reverse("wagtailadmin_explore", args=[hostile["tree"]["news_index"].pk]),
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        reverse("wagtailadmin_pages:history", args=[news.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[news.pk, "earliest", "latest"]),
        reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
        reverse("wagtailadmin_pages:edit", args=[french.pk]),  # wagtail-localize's translation editor
        reverse("wagtailadmin_pages:search") + "?q=Roma",
        reverse("wagtailsnippets_news_topic:list"),
        reverse("wagtailsnippets_news_topic:edit", args=[hostile["topic"].pk]),
        "/admin/",
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for raw in RAW:
            assert raw not in html, f"{raw} unescaped on {url}"


def test_a_hostile_title_is_escaped_in_the_messages_after_translating(admin_client, hostile, locales):
    news = hostile["news"]
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
        {"locales": [locales["de"].pk]},
        follow=True,
    )
    assert response.status_code == 200
    html = response.content.decode()
    for raw in RAW:
        assert raw not in html


def test_a_hostile_title_is_escaped_on_the_public_site_and_in_feeds(client, hostile):
    for path in (hostile["news"].url, hostile["tree"]["news_index"].url, "/en/feeds/news/rss/"):
        response = client.get(path)
        assert response.status_code == 200
        body = response.content.decode()
        for raw in RAW:
            assert raw not in body
