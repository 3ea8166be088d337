"""Every page type renders in English and French with the right language markup."""

import re

import pytest

from localization.translate import translate
from tests.factories import PAGE_KEYS


@pytest.fixture
def bilingual_tree(tree, locales):
    french = {}
    for key in PAGE_KEYS:  # parents come before children in this order
        page = tree[key]
        french[key], _total, _done = translate(page, locales["fr"], {page.title: f"{page.title} FR"})
    return tree, french


@pytest.mark.django_db
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_renders_in_english_and_french_with_lang_and_hreflang(client, bilingual_tree, key):
    english_tree, french_tree = bilingual_tree
    english, french = english_tree[key], french_tree[key]
    assert english.url.startswith("/en/")
    assert french.url.startswith("/fr/")

    for page, code in ((english, "en"), (french, "fr")):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{code}" dir="ltr">' in html
        assert re.search(rf'hreflang="en" href="http://localhost{re.escape(english.url)}"', html)
        assert re.search(rf'hreflang="fr" href="http://localhost{re.escape(french.url)}"', html)
        assert 'hreflang="x-default"' in html
        assert page.title in html


@pytest.mark.django_db
def test_language_switcher_lists_only_existing_translations(client, tree, locales):
    translate(tree["home"], locales["fr"], {})
    html = client.get("/en/").content.decode()
    assert 'hreflang="fr"' in html
    assert 'hreflang="de"' not in html  # no German home page yet


@pytest.mark.django_db
def test_unpublished_translation_is_neither_served_nor_linked(client, tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Brouillon"}, publish=False)
    response = client.get("/fr/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"  # the English page, at its own address
    assert "Brouillon" not in client.get("/en/").content.decode()
    assert 'hreflang="fr"' not in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_romani_locale_is_served_under_rom_with_its_language_info(client, tree, locales):
    from django.utils.translation import get_language_info

    assert get_language_info("rom")["name_local"] == "romani ćhib"
    translate(tree["home"], locales["rom"], {})
    response = client.get("/rom/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="rom" dir="ltr">' in html
    assert "romani ćhib" in html  # the switcher names the language in Romani


@pytest.mark.django_db
def test_root_redirects_to_a_locale_prefix(client, tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 302
    assert response["Location"] in ("/fr/", "/en/")


@pytest.mark.django_db
def test_unknown_locale_prefix_and_bad_slugs_are_404(client, tree):
    for url in ("/xx/", "/en/%ff/", "/de/%ff/", "/en/" + "a" * 300 + "/", "/en/..%2f/"):
        assert client.get(url, follow=True).status_code == 404, url


@pytest.mark.django_db
def test_titles_name_the_page_and_the_alliance_once(client, tree):
    home_html = client.get("/en/").content.decode()
    assert "<title>European Alliance of Cities and Regions for Roma Inclusion</title>" in home_html
    about_html = client.get(tree["standard"].url).content.decode()
    assert (
        "<title>About the Alliance · European Alliance of Cities and Regions for Roma Inclusion</title>"
        in about_html
    )
