"""Terminology warnings: avoided terms in a page's own language, shown in the editors, never a block."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from glossary.terminology import AvoidedTerm
from localization.terminology import find_uses, terminology_warnings
from localization.translate import translate
from tests import factories
from tests.glossary.demo_terms import build_glossary

TITLE = "Housing for Roma families in Lyon"
INTRO = "The city says the Gypsies who lived on the site have been rehoused."
FRENCH_INTRO = "La ville affirme que les Tsiganes qui vivaient sur le terrain ont été relogés."
GERMAN_INTRO = "Die Stadt sagt, dass den Zigeunern, die dort lebten, Wohnungen angeboten wurden."


@pytest.fixture
def news(home_page, locales):
    build_glossary(home_page, locales)
    index = factories.NewsIndexPageFactory(parent=home_page)
    page = factories.NewsPageFactory(parent=index, title=TITLE, slug="housing-lyon", intro=INTRO)
    for language, strings in {
        "fr": {"News": "Actualités", TITLE: "Logement des familles roms à Lyon", INTRO: FRENCH_INTRO},
        "de": {"News": "Nachrichten", TITLE: "Wohnungen für Roma-Familien in Lyon", INTRO: GERMAN_INTRO},
    }.items():
        translate(index, locales[language], strings)
        translate(page, locales[language], strings)
    return page


def found(uses) -> set[tuple[str, str]]:
    return {(use.found, use.term.preferred) for use in uses}


@pytest.mark.django_db
def test_gypsies_in_an_english_page_is_flagged_with_the_preferred_term(news):
    uses = terminology_warnings(news)
    assert found(uses) == {("Gypsies", "Roma and Travellers")}
    assert uses[0].field == "intro"
    assert "the Gypsies who lived" in uses[0].excerpt


@pytest.mark.django_db
def test_tsiganes_in_a_french_translation_is_flagged_with_the_french_preferred_term(news, locales):
    french = news.get_translation(locales["fr"])
    assert found(terminology_warnings(french)) == {("Tsiganes", "Roms et Gens du voyage")}


@pytest.mark.django_db
def test_an_inflected_zigeuner_in_a_german_translation_is_flagged(news, locales):
    german = news.get_translation(locales["de"])
    assert found(terminology_warnings(german)) == {("Zigeunern", "Roma und Travellers")}


@pytest.mark.django_db
def test_a_term_is_matched_only_in_its_own_language(news, locales):
    # The French page's "Tsiganes" is not an English form; English "Gypsies" is not in the German text.
    english_terms = {use.term.term for use in terminology_warnings(news)}
    assert english_terms == {"Gypsy / Gypsies"}
    german_uses = terminology_warnings(news.get_translation(locales["de"]))
    assert {use.found for use in german_uses} == {"Zigeunern"}


@pytest.mark.django_db
def test_a_glossary_entry_is_not_warned_about_its_own_word(home_page, locales):
    pages = build_glossary(home_page, locales, languages=(), keys=("roma-and-travellers", "gypsy"))
    assert terminology_warnings(pages["gypsy"]) == []


GYPSY = AvoidedTerm(
    "Gypsy / Gypsies", ("Gypsy", "Gypsies", "Gipsy"), "avoid", "Roma and Travellers", "", "k1"
)
TIGANI = AvoidedTerm("țigani", ("țigani", "țigan", "țigancă"), "pejorative", "romi", "", "k2")


def test_matching_ignores_case_but_respects_word_boundaries():
    texts = [
        ("title", "GYPSIES and gipsy: two uses"),
        ("intro", "Antigypsyism and anti-Gypsyism are the preferred terms."),
        ("body", "Gypsyland and Gypsies-only are different: the second is a use."),
    ]
    uses = find_uses(texts, [GYPSY], "en")
    assert [(use.field, use.found) for use in uses] == [
        ("title", "GYPSIES"),
        ("title", "gipsy"),
        ("body", "Gypsies"),
    ]


def test_romanian_matches_cedilla_and_comma_below_spellings():
    uses = find_uses([("intro", "Familiile de ţigani şi un ţigan")], [TIGANI], "ro")
    assert [use.found for use in uses] == ["țigani", "țigan"]


def test_cyrillic_words_match_on_word_boundaries():
    term = AvoidedTerm("цигани", ("цигани", "циганин"), "pejorative", "роми", "", "k3")
    uses = find_uses([("intro", "Циганите? Не: цигани и циганин.")], [term], "bg")
    assert [use.found for use in uses] == ["цигани", "циганин"]


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "x"))
    return client


@pytest.mark.django_db
def test_page_editor_shows_the_warning_and_still_publishes(admin_client, news):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[news.pk]))
    html = response.content.decode()
    assert "data-terminology-warnings" in html
    assert "“Gypsies” (avoid, Gypsy / Gypsies)" in html
    assert "use “Roma and Travellers”" in html

    # A warning, not a block: the editor publishes the page as it is.
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        {
            "title": TITLE,
            "slug": "housing-lyon",
            "date": "2019-08-02",
            "intro": INTRO + " Again.",
            "body-count": "0",
            "topic_links-TOTAL_FORMS": "0",
            "topic_links-INITIAL_FORMS": "0",
            "topic_links-MIN_NUM_FORMS": "0",
            "topic_links-MAX_NUM_FORMS": "1000",
            "member_links-TOTAL_FORMS": "0",
            "member_links-INITIAL_FORMS": "0",
            "member_links-MIN_NUM_FORMS": "0",
            "member_links-MAX_NUM_FORMS": "1000",
            "tags": "",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Page.objects.get(pk=news.pk).specific.intro == INTRO + " Again."


@pytest.mark.django_db
def test_translation_editor_shows_the_warning_in_the_translations_language(admin_client, news, locales):
    french = news.get_translation(locales["fr"])
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]))
    html = response.content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's editor, not Wagtail's
    assert "“Tsiganes” (pejorative" in html
    assert "use “Roms et Gens du voyage”" in html


@pytest.mark.django_db
def test_a_page_without_avoided_terms_shows_no_warning(admin_client, news):
    news.intro = "The city says the Roma families who lived on the site have been rehoused."
    news.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[news.pk]))
    assert "data-terminology-warnings" not in response.content.decode()
