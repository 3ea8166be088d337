"""The sync loop: source changed and published → out of date → translator updates → review → publish."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from localization.workflows_sync import out_of_date
from tests.localization.roles_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db
NEW_INTRO = "The city signed the charter and hosts the next Alliance meeting."
NEW_INTRO_FR = "La ville a signé la charte et accueille la prochaine réunion de l'Alliance."


@pytest.fixture
def french_translation(multilingual) -> Translation:
    source = TranslationSource.objects.get_for_instance(multilingual["pages"]["en"])
    return Translation.objects.get(source=source, target_locale__language_code="fr")


def change_and_publish_source(page) -> None:
    page = Page.objects.get(pk=page.pk).specific
    page.intro = NEW_INTRO
    page.date = datetime.date(2020, 3, 4)
    page.save_revision().publish()


def test_a_translation_is_up_to_date_until_the_source_changes_and_is_published(
    multilingual, french_translation
):
    source_page = multilingual["pages"]["en"]
    assert not out_of_date(french_translation)
    source_page.intro = NEW_INTRO
    source_page.save_revision()  # a draft of the source does not concern translators
    assert not out_of_date(french_translation)
    change_and_publish_source(source_page)
    assert out_of_date(french_translation)
    assert french_translation.get_status_display() == "Waiting for translations"


def test_the_editor_offers_only_the_changed_segment_as_untranslated(multilingual, french_translation):
    change_and_publish_source(multilingual["pages"]["en"])
    untranslated = (
        StringSegment.objects.filter(source=french_translation.source)
        .annotate_translation(french_translation.target_locale)
        .filter(translation__isnull=True)
    )
    assert [segment.string.data for segment in untranslated] == [NEW_INTRO]


def test_the_whole_loop_ends_with_the_reviewed_translation_and_the_source_facts_published(
    client, role_user, multilingual, french_translation
):
    translator = role_user("Translators — French", username="traductrice")
    reviewer = role_user("Reviewers — French", username="relecteur")
    french = multilingual["pages"]["fr"]
    change_and_publish_source(multilingual["pages"]["en"])

    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert "Out of date" in html
    segment = StringSegment.objects.get(source=french_translation.source, string__data=NEW_INTRO)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[french_translation.pk, segment.pk]),
        f"value={NEW_INTRO_FR}",
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )
    assert response.status_code == 201
    assert not out_of_date(french_translation)
    client.post(reverse("localization_submit_for_review", args=[french_translation.pk]))

    live = Page.objects.get(pk=french.pk).specific
    assert live.intro == "La ville a signé la charte de l'Alliance."  # readers keep the reviewed text

    task_state = live.current_workflow_state.current_task_state
    client.force_login(reviewer)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    published = Page.objects.get(pk=french.pk).specific
    assert published.intro == NEW_INTRO_FR
    assert published.date == datetime.date(2020, 3, 4)
    assert published.title == "Miranda de Ebro rejoint l'Alliance"  # unchanged segments kept
    assert StringTranslation.objects.filter(
        translation_of=segment.string, locale__language_code="fr"
    ).exists()


def test_publishing_a_translation_does_not_touch_other_translations(multilingual, locales):
    german = multilingual["pages"]["de"]
    german_source = TranslationSource.objects.get_for_instance(multilingual["pages"]["en"])
    before = german_source.last_updated_at
    french = Page.objects.get(pk=multilingual["pages"]["fr"].pk).specific
    french.save_revision().publish()
    german_source.refresh_from_db()
    assert german_source.last_updated_at == before
    assert Page.objects.get(pk=german.pk).live


def test_synchronised_fields_follow_the_source_at_once_and_translated_texts_stay_reviewed(multilingual):
    french, german = multilingual["pages"]["fr"], multilingual["pages"]["de"]
    change_and_publish_source(multilingual["pages"]["en"])
    for page, intro in [
        (french, "La ville a signé la charte de l'Alliance."),
        (german, "Die Stadt hat die Charta der Allianz unterzeichnet."),
    ]:
        live = Page.objects.get(pk=page.pk).specific
        assert live.date == datetime.date(2020, 3, 4)
        assert live.intro == intro
        assert live.live and not live.has_unpublished_changes


def test_a_translation_in_review_is_not_published_by_the_sync(
    client, role_user, multilingual, french_translation
):
    translator = role_user("Translators — French", username="traductrice")
    client.force_login(translator)
    client.post(reverse("localization_submit_for_review", args=[french_translation.pk]))
    french = Page.objects.get(pk=multilingual["pages"]["fr"].pk).specific
    in_review_revision = french.latest_revision_id
    change_and_publish_source(multilingual["pages"]["en"])
    french = Page.objects.get(pk=french.pk).specific
    assert french.date == datetime.date(2019, 8, 2)
    assert french.current_workflow_state is not None
    assert french.latest_revision_id == in_review_revision
