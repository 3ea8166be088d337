"""The reader's search page: own locale only, grouped results, explanations, bad input answered."""

import pytest

from localization.translate import translate
from tests import factories


@pytest.mark.django_db
def test_search_finds_pages_of_the_reader_locale_only(client, tree, locales):
    translate(tree["home"], locales["fr"], {})
    translate(tree["glossary_index"], locales["fr"], {"Glossary": "Glossaire"})
    translate(tree["term"], locales["fr"], {"Roma and Travellers": "Roms et Gens du voyage"})

    english = client.get("/en/search/", {"q": "Travellers"}).content.decode()
    assert f'href="{tree["term"].url}"' in english
    assert "/fr/" not in english.split("<main>")[1]

    french = client.get("/fr/search/", {"q": "Roms"}).content.decode()
    assert "Roms et Gens du voyage" in french


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"q": "Roma", "page": "abc"}, {"q": "Roma", "page": "999"}])
def test_a_bad_page_number_shows_a_page_of_results(client, tree, params):
    response = client.get("/en/search/", {**params, "type": "glossary"})
    assert response.status_code == 200
    assert tree["term"].url in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["\x00", "x" * 1000])
def test_unsearchable_input_gets_a_friendly_message_not_a_crash(client, tree, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 400
    assert "Please use at most 200 characters" in response.content.decode()


def main_of(response) -> str:
    return response.content.decode().split("<main>")[1].split("</main>")[0]


@pytest.mark.django_db
def test_an_avoided_word_shows_the_usage_note_above_the_results(client, small_site):
    from django.utils.html import escape

    from tests.search.conftest import GYPSY_NOTE

    main = main_of(client.get("/en/search/", {"q": "Gypsies"}))
    explanation = main.index(escape(GYPSY_NOTE))
    assert explanation < main.index('class="search-group')
    assert f'href="{small_site["term"].url}">Roma and Travellers</a>' in main[explanation:]


@pytest.mark.django_db
def test_results_are_grouped_by_type_with_highlighted_snippets(client, small_site):
    main = main_of(client.get("/en/search/", {"q": "Gypsy"}))
    glossary = main.index('class="search-group search-group--glossary"')
    news = main.index('class="search-group search-group--news"')
    assert main.index(small_site["gypsy"].url, glossary) < news
    assert main.index(small_site["umbrella"].url, news) > news
    assert "<mark>Gypsy</mark>" in main or "<mark>Gypsies</mark>" in main


@pytest.mark.django_db
def test_a_type_pages_its_results(client, tree):
    for number in range(12):
        factories.NewsPageFactory(
            parent=tree["news_index"], slug=f"ostrava-{number}", title=f"Ostrava meeting {number}"
        )
    first = main_of(client.get("/en/search/", {"q": "Ostrava", "type": "news"}))
    second = main_of(client.get("/en/search/", {"q": "Ostrava", "type": "news", "page": "2"}))
    assert first.count('class="search-result ') == 10
    assert second.count('class="search-result ') == 2
    assert 'rel="next"' in first and 'rel="prev"' in second


@pytest.mark.django_db
def test_no_results_says_so(client, tree):
    main = main_of(client.get("/en/search/", {"q": "Quetzalcoatl"}))
    assert "No results for “Quetzalcoatl”" in main


@pytest.mark.django_db
def test_the_french_page_explains_tsiganes(client, tree, locales):
    for key, strings in [("home", {}), ("glossary_index", {"Glossary": "Glossaire"})]:
        translate(tree[key], locales["fr"], strings)
    term = factories.GlossaryTermPageFactory(
        parent=tree["glossary_index"],
        slug="tsiganes",
        term="Tsiganes / Zigeuner",
        usage_status="pejorative",
        usage_note="Generally pejorative.",
    )
    translate(
        term,
        locales["fr"],
        {
            "Tsiganes / Zigeuner": "Tsiganes / Zigeuner",
            "Generally pejorative.": "Termes généralement péjoratifs.",
        },
    )
    main = main_of(client.get("/fr/search/", {"q": "tsiganes"}))
    assert "Termes généralement péjoratifs." in main
    assert "Generally pejorative." not in main
    assert 'aria-label="À propos de ce mot"' in main  # the page speaks French too
    assert "Glossaire (" in main
