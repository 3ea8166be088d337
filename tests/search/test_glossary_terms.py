"""What the glossary tells search: forms leading to terms, and the terms to use instead."""

import pytest

from delivery.cache import start_new_generation
from glossary.models import GlossaryTermPage
from glossary.search_terms import glossary_forms, normalize_form
from localization.translate import translate
from tests.factories import GlossaryTermPageFactory


@pytest.mark.parametrize(
    ("text", "form"), [("«Țigani»", "tigani"), ("Z-Wort", "z wort"), ("  Gypsy / GYPSIES ", "gypsy gypsies")]
)
def test_forms_fold_case_accents_and_punctuation(text, form):
    assert normalize_form(text) == form


@pytest.mark.django_db
def test_every_part_of_a_term_and_every_variant_leads_to_it(small_site, locales):
    forms = glossary_forms(locales["en"])
    gypsy = small_site["gypsy"]
    for form in ["gypsy", "gypsies", "gipsy"]:
        assert [term.page for term in forms.by_form[form]] == [gypsy]


@pytest.mark.django_db
def test_an_avoided_term_points_to_the_term_to_use_in_the_same_locale(small_site, locales):
    for key, strings in [("home", {}), ("glossary_index", {"Glossary": "Glossaire"})]:
        translate(small_site[key], locales["fr"], strings)
    preferred, *_ = translate(
        small_site["term"], locales["fr"], {"Roma and Travellers": "Roms et Gens du voyage"}
    )
    translate(small_site["gypsy"], locales["fr"], {})
    [gypsy] = glossary_forms(locales["fr"]).by_form["gypsies"]
    assert gypsy.use_instead == [preferred]
    assert gypsy.needs_caution


@pytest.mark.django_db
def test_drafts_are_not_in_the_glossary_search_sees(small_site, locales):
    small_site["gypsy"].unpublish()
    assert "gypsies" not in glossary_forms(locales["en"]).by_form


@pytest.mark.django_db
def test_a_change_published_by_another_server_reaches_the_forms_this_process_keeps(small_site, locales):
    assert "gipsy" in glossary_forms(locales["en"]).by_form
    # Another server renames the variant in the database: this process still has its copy...
    GlossaryTermPage.objects.filter(pk=small_site["gypsy"].pk).update(variants="Gypsies\nGyppo")
    assert "gipsy" in glossary_forms(locales["en"]).by_form
    # ...until that server's publish starts a new content version in the shared cache.
    start_new_generation()
    forms = glossary_forms(locales["en"]).by_form
    assert "gipsy" not in forms
    assert [term.page.pk for term in forms["gyppo"]] == [small_site["gypsy"].pk]


@pytest.mark.django_db
def test_a_term_published_after_a_search_is_explained_by_the_next_one(client, small_site):
    def explained(query: str) -> list[str]:
        answer = client.get("/api/v2/search/", {"q": query, "locale": "en"}).json()
        return [term["title"] for term in answer["meta"]["glossary"]]

    assert explained("Gypsy") == ["Gypsy / Gypsies"]
    assert explained("Tinker") == []
    tinker = GlossaryTermPageFactory(
        parent=small_site["glossary_index"],
        slug="tinker",
        term="Tinker",
        usage_status="pejorative",
        usage_note="A pejorative word for Irish Travellers.",
    )
    tinker.save_revision().publish()
    assert explained("Tinker") == ["Tinker"]
