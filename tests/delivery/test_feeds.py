"""RSS 2.0 and Atom feeds of news and events per locale: the right language, absolute URLs, and
only what readers may see."""

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from localization.translate import translate
from tests import factories


@pytest.fixture
def french_tree(tree, locales):
    """The tree with its home, news index, news item and event translated into French."""
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne des villes et régions"})
    translate(tree["news_index"], locales["fr"], {"News": "Actualités"})
    news = tree["news"]
    translate(
        news,
        locales["fr"],
        {
            news.title: "Miranda Rira : impliquer tous les niveaux",
            news.intro: "La rapporteure parle à Strasbourg.",
        },
    )
    event = tree["event"]
    translate(
        event,
        locales["fr"],
        {
            event.title: "Deuxième réunion de l'Alliance ukrainienne",
            event.intro: "Les maires se réunissent à Lviv.",
        },
    )
    return tree


def parse(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, feedparser.parse(response.content)


@pytest.mark.django_db
def test_the_english_news_rss_lists_news_with_absolute_links(client, tree):
    response, feed = parse(client, "/en/feeds/news/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.language == "en"
    assert feed.feed.link == "http://localhost/en/news/"
    [item] = feed.entries
    assert item.title == tree["news"].title
    assert item.link == "http://localhost/en/news/miranda-rira/"
    assert item.description == tree["news"].intro
    assert item.published_parsed[:3] == (2019, 8, 2)


@pytest.mark.django_db
def test_the_french_news_atom_feed_is_in_french_only(client, french_tree):
    response, feed = parse(client, "/fr/feeds/news/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.language == "fr"  # xml:lang on the feed element
    assert b'xml:lang="fr"' in response.content
    assert feed.feed.title == "Actualités · Alliance européenne des villes et régions"
    assert [entry.title for entry in feed.entries] == ["Miranda Rira : impliquer tous les niveaux"]
    assert feed.entries[0].link == "http://localhost/fr/news/miranda-rira/"


@pytest.mark.django_db
def test_the_events_feeds_give_date_and_place_in_the_locale(client, french_tree):
    _, rss = parse(client, "/fr/feeds/events/rss/")
    assert rss.feed.language == "fr"
    assert rss.feed.title == "Événements · Alliance européenne des villes et régions"
    [item] = rss.entries
    assert item.title == "Deuxième réunion de l'Alliance ukrainienne"
    assert item.description == "26 février 2019 — Lviv, Ukraine. Les maires se réunissent à Lviv."
    assert item.link.startswith("http://localhost/fr/")

    _, atom = parse(client, "/en/feeds/events/atom/")
    assert atom.version == "atom10"
    assert [entry.title for entry in atom.entries] == [french_tree["event"].title]
    assert atom.entries[0].summary.startswith("Feb. 26, 2019 — Lviv, Ukraine.")


@pytest.mark.django_db
def test_drafts_unpublished_and_private_pages_stay_out_of_the_feeds(client, tree):
    factories.NewsPageFactory(
        parent=tree["news_index"], slug="draft", title="A draft nobody may read", live=False
    )
    tree["event"].unpublish()
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=tree["news"], restriction_type=PageViewRestriction.LOGIN)
    _, news = parse(client, "/en/feeds/news/rss/")
    _, events = parse(client, "/en/feeds/events/rss/")
    assert news.entries == [] and events.entries == []


@pytest.mark.django_db
def test_a_locale_without_a_published_site_or_an_unknown_prefix_has_no_feed(client, tree):
    assert client.get("/de/feeds/news/rss/").status_code == 404
    assert client.get("/xx/feeds/news/rss/", follow=True).status_code == 404


@pytest.mark.django_db
def test_feed_url_names_follow_the_active_language(tree):
    with translation.override("uk"):
        assert reverse("feeds:news-rss") == "/uk/feeds/news/rss/"
        assert reverse("feeds:events-atom") == "/uk/feeds/events/atom/"


@pytest.mark.django_db
def test_a_french_page_links_its_french_feeds_in_its_head(client, french_tree):
    page = BeautifulSoup(client.get("/fr/").content, "html.parser")
    feeds = {link["href"]: link["title"] for link in page.head.select('link[rel="alternate"][type$="+xml"]')}
    assert set(feeds) == {
        "/fr/feeds/news/rss/",
        "/fr/feeds/news/atom/",
        "/fr/feeds/events/rss/",
        "/fr/feeds/events/atom/",
    }
    assert feeds["/fr/feeds/news/rss/"] == "Actualités (RSS)"
    for href in feeds:
        _, feed = parse(client, href)
        assert feed.feed.get("language") == "fr", href
