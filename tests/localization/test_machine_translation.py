"""Machine translation through DeepL's official client, with the glossary's approved terms.

The client talks to a fake DeepL on 127.0.0.1 (tests/localization/deepl_server.py)
that refuses what DeepL would refuse and records each request.
"""

import json

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from localization.translate import translate
from tests import factories
from tests.localization.deepl_server import fake_deepl

AUTH_KEY = "test-key-0000:fx"
NEWS_TITLE = "Roma families move into new homes in Lviv"
NEWS_INTRO = "The city council and Roma and Travellers associations signed the housing plan."
PHRASE_BOOK = {
    ("FR", NEWS_TITLE): "Des familles roms emménagent dans de nouveaux logements à Lviv",
    ("FR", NEWS_INTRO): "Le conseil municipal et les associations de Roms et Gens du voyage "
    "ont signé le plan de logement.",
    ("FR", "roma-families-move-into-new-homes-in-lviv"): "familles-roms-nouveaux-logements-lviv",
}


def deepl_settings(url: str, key: str = AUTH_KEY) -> dict:
    return {
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR": {
            "CLASS": "localization.machine_translation.GlossaryDeepLTranslator",
            "OPTIONS": {"AUTH_KEY": key, "SERVER_URL": url},
        }
    }


@pytest.fixture
def french_news_draft(home_page, locales):
    """An English news item with an empty French translation, and a published glossary."""
    french = locales["fr"]
    glossary = factories.GlossaryIndexPageFactory(parent=home_page)
    news_index = factories.NewsIndexPageFactory(parent=home_page)
    terms = {
        "Roma": ("Roms", "preferred"),
        "Roma and Travellers": ("Roms et Gens du voyage", "preferred"),
        "Sinti / Manush": ("Sinté / Manouches", "self_designation"),
        "Gypsy / Gypsies": ("Gypsy / Gypsies", "avoid"),
        "Ashkali": ("Ashkali", "self_designation"),  # published in English only
    }
    translate(home_page, french, {home_page.title: "Alliance européenne des villes et des régions"})
    translate(glossary, french, {"Glossary": "Glossaire"})
    translate(news_index, french, {"News": "Actualités"})
    for term, (french_term, status) in terms.items():
        page = factories.GlossaryTermPageFactory(parent=glossary, term=term, title=term, usage_status=status)
        if term != "Ashkali":
            translate(page, french, {term: french_term})
    news = factories.NewsPageFactory(
        parent=news_index,
        title=NEWS_TITLE,
        slug="roma-families-move-into-new-homes-in-lviv",
        intro=NEWS_INTRO,
    )
    draft, _total, _done = translate(news, french, {}, publish=False)
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(news), target_locale=french
    )
    return news, draft, translation


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.org", "x"))
    return client


def editor_props(client, page) -> dict:
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return json.loads(response.context["props"])


@pytest.mark.django_db
def test_deepl_drafts_use_the_glossarys_approved_french_terms(admin_client, french_news_draft, locales):
    news, draft, translation = french_news_draft
    with fake_deepl(AUTH_KEY, PHRASE_BOOK) as deepl, override_settings(**deepl_settings(deepl.url)):
        assert editor_props(admin_client, draft)["machineTranslator"]["name"] == "DeepL"
        response = admin_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": reverse("wagtailadmin_pages:edit", args=[draft.pk])},
        )
    assert response.status_code == 302

    [glossary_request] = deepl.requests_to("/v2/glossaries")
    assert (glossary_request["source_lang"], glossary_request["target_lang"]) == ("EN", "FR")
    entries = dict(line.split("\t") for line in glossary_request["entries"].splitlines())
    assert entries == {
        "Roma": "Roms",
        "Roma and Travellers": "Roms et Gens du voyage",
        "Sinti": "Sinté",
        "Manush": "Manouches",
    }  # no avoided term, nothing that has no published French
    [translate_request] = deepl.requests_to("/v2/translate")
    assert translate_request["glossary_id"] in deepl.glossaries
    assert (translate_request["source_lang"], translate_request["target_lang"]) == ("EN", "FR")
    assert translate_request["tag_handling"] == "xml"
    assert set(translate_request["text"]) == {text for _lang, text in PHRASE_BOOK}

    machine = StringTranslation.objects.filter(locale=locales["fr"], tool_name="DeepL")
    assert set(machine.values_list("data", flat=True)) == set(PHRASE_BOOK.values())
    assert {row.translation_type for row in machine} == {StringTranslation.TRANSLATION_TYPE_MACHINE}
    draft.refresh_from_db()
    assert not draft.live  # a machine draft waits for the translator and review


@pytest.mark.django_db
def test_unchanged_glossary_is_uploaded_to_deepl_once(french_news_draft, locales):
    from wagtail_localize.machine_translators import get_machine_translator
    from wagtail_localize.strings import StringValue

    with fake_deepl(AUTH_KEY, PHRASE_BOOK) as deepl, override_settings(**deepl_settings(deepl.url)):
        translator = get_machine_translator()
        for _ in range(2):
            result = translator.translate(locales["en"], locales["fr"], [StringValue(NEWS_TITLE)])
            assert [value.data for value in result.values()] == [PHRASE_BOOK["FR", NEWS_TITLE]]
    assert len(deepl.requests_to("/v2/glossaries")) == 1
    assert len(deepl.requests_to("/v2/translate")) == 2


@pytest.mark.django_db
def test_without_a_deepl_key_machine_translation_is_not_offered(admin_client, french_news_draft):
    news, draft, translation = french_news_draft
    assert editor_props(admin_client, draft)["machineTranslator"] is None
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), follow=True
    )
    assert response.status_code == 404
    assert not StringTranslation.objects.filter(tool_name="DeepL").exists()


@pytest.mark.django_db
def test_romani_is_not_offered_to_deepl(admin_client, french_news_draft, locales):
    news, _draft, _translation = french_news_draft
    translate(news.get_parent().get_parent().specific, locales["rom"], {})
    translate(news.get_parent().specific, locales["rom"], {})
    romani, _total, _done = translate(news, locales["rom"], {}, publish=False)
    with fake_deepl(AUTH_KEY, PHRASE_BOOK) as deepl, override_settings(**deepl_settings(deepl.url)):
        assert editor_props(admin_client, romani)["machineTranslator"] is None
    assert deepl.requests == []


@pytest.mark.django_db
def test_a_refused_deepl_key_is_explained_and_writes_nothing(admin_client, french_news_draft):
    _news, draft, translation = french_news_draft
    with fake_deepl("another-key", PHRASE_BOOK) as deepl, override_settings(**deepl_settings(deepl.url)):
        response = admin_client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]),
            {"next": reverse("wagtailadmin_pages:edit", args=[draft.pk])},
            follow=True,
        )
    assert response.status_code == 200
    [message] = [str(message) for message in response.context["messages"]]
    assert message.startswith("DeepL could not translate: Authorization failure")
    assert message.endswith("Nothing was translated.")
    assert deepl.requests  # the key was tried and refused
    assert not StringTranslation.objects.filter(tool_name="DeepL").exists()
