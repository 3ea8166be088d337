"""The basic reader search page: results from the reader's locale only, bad input harmless."""

import pytest

from localization.translate import translate


@pytest.mark.django_db
def test_search_finds_pages_of_the_reader_locale_only(client, tree, locales):
    translate(tree["home"], locales["fr"], {})
    translate(tree["glossary_index"], locales["fr"], {"Glossary": "Glossaire"})
    translate(tree["term"], locales["fr"], {"Roma and Travellers": "Roms et Gens du voyage"})

    english = client.get("/en/search/", {"query": "Travellers"}).content.decode()
    assert f'href="{tree["term"].url}"' in english
    assert "/fr/" not in english.split("<main>")[1]

    french = client.get("/fr/search/", {"query": "Roms"}).content.decode()
    assert "Roms et Gens du voyage" in french


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{"query": "\x00"}, {"query": "Roma", "page": "abc"}, {"query": "x" * 5000}]
)
def test_bad_search_input_is_answered_not_crashed(client, tree, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
