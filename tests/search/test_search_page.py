"""The reader's search page: own locale only, grouped results, explanations, bad input answered."""

import pytest

from localization.translate import translate


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
