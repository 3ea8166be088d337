"""What the glossary tells the translation path: approved pairs and forms to avoid."""

import pytest

from glossary.models import GlossaryTermPage
from glossary.terminology import approved_translations, avoided_terms, term_forms
from localization.translate import translate
from tests.glossary.demo_terms import build_glossary


def test_a_term_field_names_each_of_its_forms():
    assert term_forms("Gypsy / Gypsies") == ["Gypsy", "Gypsies"]
    assert term_forms("Roma") == ["Roma"]


@pytest.mark.django_db
def test_approved_translations_pair_published_approved_terms_only(home_page, locales):
    build_glossary(home_page, locales)
    pairs = approved_translations(locales["en"], locales["fr"])
    assert pairs["Roma"] == "Roms"
    assert pairs["Roma and Travellers"] == "Roms et Gens du voyage"
    assert pairs["Antigypsyism"] == "antitsiganisme"
    assert "Gypsy" not in pairs and "Gypsies" not in pairs  # avoided: never an MT target
    assert approved_translations(locales["en"], locales["en"]) == {}


@pytest.mark.django_db
def test_an_unpublished_translation_of_a_term_is_not_yet_approved(home_page, locales):
    pages = build_glossary(home_page, locales, languages=("fr",), keys=("roma",))
    assert approved_translations(locales["en"], locales["it"]) == {}
    glossary_it = pages["roma"].get_parent().specific
    translate(home_page, locales["it"], {})
    translate(glossary_it, locales["it"], {})
    translate(pages["roma"], locales["it"], {"Roma": "Rom"}, publish=False)
    assert approved_translations(locales["en"], locales["it"]) == {}


@pytest.mark.django_db
def test_avoided_terms_give_every_form_and_the_preferred_term_in_that_language(home_page, locales):
    build_glossary(home_page, locales)
    french = {term.term: term for term in avoided_terms(locales["fr"])}
    tsiganes = french["Tsiganes / Zigeuner / cigány / țigani"]
    assert {"Tsiganes", "Tziganes", "Tsigane", "Zigeuner"} <= set(tsiganes.forms)
    assert tsiganes.preferred == "Roms et Gens du voyage"
    assert tsiganes.status == GlossaryTermPage.UsageStatus.PEJORATIVE

    german = {term.term: term for term in avoided_terms(locales["de"])}
    assert {"Zigeuner", "Zigeunern", "Zigeunerin"} <= set(german["Zigeuner"].forms)
    assert german["Gypsy"].status == GlossaryTermPage.UsageStatus.AVOID
    assert german["Zigeuner"].preferred == "Roma und Travellers"

    english = {term.term: term for term in avoided_terms(locales["en"])}
    assert set(english["Gypsy / Gypsies"].forms) == {"Gypsy", "Gypsies", "Gipsy", "Gipsies"}


@pytest.mark.django_db
def test_preferred_term_falls_back_to_the_source_when_not_yet_translated(home_page, locales):
    pages = build_glossary(home_page, locales, languages=(), keys=("roma-and-travellers", "gypsy"))
    translate(home_page, locales["it"], {})
    translate(pages["gypsy"].get_parent().specific, locales["it"], {})
    translate(pages["gypsy"], locales["it"], {"Gypsy / Gypsies": "Gypsy"})
    [gypsy] = avoided_terms(locales["it"])
    assert gypsy.preferred == "Roma and Travellers"
