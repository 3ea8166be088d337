"""The API's page URLs (delivery/api/links.py) are the ones Wagtail itself gives, in every locale."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from cms.api import api_router
from delivery.api.links import PageRow, PageURLs
from localization.translate import translate


@pytest.fixture
def translated_tree(tree, locales):
    """The news item in French and Ukrainian (a Cyrillic slug: quoted in URLs) and Romani."""
    names = {"fr": "Actualités", "uk": "Новини", "rom": "Nevipa"}
    for code, news_title in names.items():
        translate(tree["home"], locales[code], {tree["home"].title: f"Alliance ({code})"})
        translate(tree["news_index"], locales[code], {"News": news_title})
    news = tree["news"]
    translate(news, locales["fr"], {news.title: "Miranda Rira à Strasbourg"})
    translate(news, locales["uk"], {news.title: "Міранда Ріра", news.slug: "міранда-ріра"})
    translate(news, locales["rom"], {news.title: "Miranda Rira"})
    return news


@pytest.mark.django_db
def test_html_and_detail_urls_match_wagtails_own_for_every_translation(client, translated_tree):
    request = RequestFactory().get("/api/v2/news/", HTTP_HOST="localhost")
    urls = PageURLs(request, api_router)
    pages = list(Page.objects.filter(translation_key=translated_tree.translation_key).specific())
    assert {page.locale.language_code for page in pages} == {"en", "fr", "uk", "rom"}
    for page in pages:
        assert urls.html_url(page.url_path) == page.get_full_url(request)
        expected_detail = "http://localhost" + api_router.get_object_detail_urlpath(type(page), page.pk)
        assert urls.detail_url(type(page), page.pk).endswith(expected_detail.removeprefix("http://localhost"))
        row = PageRow._make(Page.objects.filter(pk=page.pk).values_list(*PageRow._fields).get())
        assert urls.model(row) is type(page)
    ukrainian = next(page for page in pages if page.locale.language_code == "uk")
    assert "%D0%BC%D1%96" in urls.html_url(ukrainian.url_path)  # "мі", quoted as reverse() does


@pytest.mark.django_db
def test_listing_links_each_item_to_its_translations_at_wagtails_urls(client, translated_tree, locales):
    item = client.get("/api/v2/news/?locale=uk").json()["items"][0]
    by_locale = {link["locale"]: link for link in item["meta"]["translations"]}
    assert list(by_locale) == ["en", "fr", "rom"]  # sorted by language code, the item left out
    for code, link in by_locale.items():
        page = translated_tree.get_translation(locales[code])
        assert link["id"] == page.pk
        assert link["html_url"] == page.get_full_url()
        assert link["detail_url"].endswith(f"/api/v2/news/{page.pk}/")
    ukrainian = translated_tree.get_translation(locales["uk"])
    assert item["meta"]["html_url"] == ukrainian.get_full_url()


@pytest.mark.django_db
def test_a_detail_shows_its_parent_in_wagtails_shape(client, translated_tree, locales):
    french = translated_tree.get_translation(locales["fr"])
    parent = client.get(f"/api/v2/news/{french.pk}/").json()["meta"]["parent"]
    french_index = french.get_parent()
    assert parent["id"] == french_index.pk
    assert parent["title"] == "Actualités"
    assert parent["meta"]["type"] == "news.NewsIndexPage"
    assert parent["meta"]["html_url"] == french_index.get_full_url()
    assert parent["meta"]["detail_url"].endswith(f"/api/v2/pages/{french_index.pk}/")
