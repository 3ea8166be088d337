"""The index follows the content: publish, unpublish, delete, move and translation publish."""

import pytest
from wagtail.models import Locale

from localization.translate import translate
from search.engine import search
from search.query import parse_query
from tests import factories


def found(query: str, language: str = "en") -> list:
    outcome = search(parse_query(query), Locale.objects.get(language_code=language))
    return list(outcome.results())


@pytest.mark.django_db
def test_a_published_page_is_found_at_once(tree):
    page = factories.NewsPageFactory(
        parent=tree["news_index"], slug="mediators", title="Mediators trained in Ostrava"
    )
    assert page in found("Ostrava")


@pytest.mark.django_db
def test_an_edit_is_found_once_published_and_not_before(tree):
    page = tree["news"]
    page.title = "Mediators trained in Ostrava"
    page.save_revision()
    assert page not in found("Ostrava")
    page.get_latest_revision().publish()
    assert page in found("Ostrava")


@pytest.mark.django_db
def test_an_unpublished_page_is_no_longer_found(tree):
    term = tree["term"]
    assert term in found("Travellers")
    term.unpublish()
    assert term not in found("Travellers")


@pytest.mark.django_db
def test_a_deleted_page_is_no_longer_found(tree):
    term = tree["term"]
    term.delete()
    assert found("Travellers") == []


@pytest.mark.django_db
def test_a_page_moved_into_a_private_section_is_no_longer_found(tree):
    from wagtail.models import PageViewRestriction

    section = factories.StandardPageFactory(parent=tree["home"], slug="internal", title="Internal")
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    news = tree["news"]
    news.title = "Mediators trained in Ostrava"
    news.save_revision().publish()
    assert news in found("Ostrava")
    news.move(section, pos="last-child")
    assert found("Ostrava") == []


@pytest.mark.django_db
def test_a_moved_page_is_found_at_its_new_address(tree, client):
    news = tree["news"]
    news.title = "Mediators trained in Ostrava"
    news.save_revision().publish()
    news.move(tree["standard"], pos="last-child")
    news.refresh_from_db()
    response = client.get("/en/search/", {"q": "Ostrava"})
    assert f'href="{news.url}"' in response.content.decode()
    assert news.url.startswith(tree["standard"].url)


@pytest.mark.django_db
def test_a_translation_is_found_in_its_locale_once_published(tree, locales):
    translate(tree["home"], locales["fr"], {})
    translate(tree["glossary_index"], locales["fr"], {"Glossary": "Glossaire"})
    draft, _segments, _done = translate(
        tree["term"], locales["fr"], {"Roma and Travellers": "Roms et Gens du voyage"}, publish=False
    )
    assert found("voyage", "fr") == []
    draft.get_latest_revision().publish()
    assert [page.pk for page in found("voyage", "fr")] == [draft.pk]
    assert draft.pk not in [page.pk for page in found("voyage", "en")]
