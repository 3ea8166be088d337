"""A French translator edits French translations and nothing else, checked over HTTP in the real admin.

Every forbidden attempt must answer 403 or redirect away, and change nothing.
"""

import io

import polib
import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from news.models import Topic
from tests.localization.roles_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db
REFUSED = (302, 403)


@pytest.fixture
def translator(role_user, multilingual):
    return role_user("Translators — French")


def translation_of(instance, locale_code: str) -> Translation:
    source = TranslationSource.objects.get_for_instance(instance)
    return Translation.objects.get(source=source, target_locale__language_code=locale_code)


def title_segment(instance) -> StringSegment:
    source = TranslationSource.objects.get_for_instance(instance)
    return StringSegment.objects.filter(source=source, string__data=instance.title).get()


def snapshot(page: Page) -> tuple:
    page = Page.objects.get(pk=page.pk).specific
    return (page.title, page.live, page.latest_revision_id, page.alias_of_id, page.path)


def test_french_translator_opens_the_french_translation_in_the_translation_editor(
    client, translator, multilingual
):
    client.force_login(translator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[multilingual["pages"]["fr"].pk]))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()


@pytest.mark.parametrize("code", ["en", "de"])
def test_french_translator_cannot_open_or_save_the_english_source_or_the_german_translation(
    client, translator, multilingual, code
):
    page = multilingual["pages"][code]
    before = snapshot(page)
    client.force_login(translator)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(url).status_code in REFUSED
    response = client.post(url, {"title": "Piraté", "slug": page.slug, "action-publish": "1"})
    assert response.status_code in REFUSED
    assert snapshot(page) == before


@pytest.mark.parametrize(
    ("view", "args_of"),
    [
        ("wagtailadmin_pages:unpublish", lambda page: [page.pk]),
        ("wagtailadmin_pages:delete", lambda page: [page.pk]),
        ("wagtailadmin_pages:move_confirm", lambda page: [page.pk, page.get_parent().get_parent().pk]),
        ("wagtailadmin_pages:copy", lambda page: [page.pk]),
        ("wagtailadmin_pages:add_subpage", lambda page: [page.pk]),
        ("wagtailadmin_pages:lock", lambda page: [page.pk]),
    ],
)
def test_french_translator_cannot_unpublish_delete_move_copy_create_or_lock_even_in_french(
    client, translator, multilingual, view, args_of
):
    page = multilingual["pages"]["fr"]
    before = snapshot(page)
    pages_before = Page.objects.count()
    client.force_login(translator)
    url = reverse(view, args=args_of(page))
    post = {"new_title": "Copie", "new_slug": "copie", "new_parent_page": page.get_parent().pk}
    assert client.post(url, post).status_code in REFUSED
    assert snapshot(page) == before
    assert Page.objects.count() == pages_before


def test_french_translator_cannot_publish_from_the_translation_editor(client, translator, multilingual):
    page = multilingual["pages"]["fr"]
    segment = title_segment(multilingual["pages"]["en"])
    translation = translation_of(multilingual["pages"]["en"], "fr")
    StringTranslation.objects.filter(translation_of=segment.string, locale=page.locale).update(
        data="Titre non relu"
    )
    client.force_login(translator)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert response.status_code in REFUSED
    assert Page.objects.get(pk=page.pk).title == "Miranda de Ebro rejoint l'Alliance"
    assert translation.enabled


def test_french_translator_edits_french_segments_through_the_api(client, translator, multilingual):
    source_page = multilingual["pages"]["en"]
    segment = title_segment(source_page)
    translation = translation_of(source_page, "fr")
    client.force_login(translator)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Miranda+de+Ebro+adh%C3%A8re+%C3%A0+l%27Alliance",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    stored = StringTranslation.objects.get(translation_of=segment.string, locale=translation.target_locale)
    assert stored.data == "Miranda de Ebro adhère à l'Alliance"


def test_french_translator_cannot_write_german_segments_through_the_api(client, translator, multilingual):
    source_page = multilingual["pages"]["en"]
    segment = title_segment(source_page)
    translation = translation_of(source_page, "de")
    stored_before = list(StringTranslation.objects.values_list("pk", "data"))
    client.force_login(translator)
    for method in (client.put, client.delete):
        response = method(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            "value=Gehackt",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 403
    assert list(StringTranslation.objects.values_list("pk", "data")) == stored_before


def test_french_translator_cannot_upload_a_po_file_into_the_german_translation(
    client, translator, multilingual
):
    source_page = multilingual["pages"]["en"]
    translation = translation_of(source_page, "de")
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Gehackt"
    stored_before = list(StringTranslation.objects.values_list("pk", "data"))
    client.force_login(translator)
    upload = io.BytesIO(str(po).encode())
    upload.name = "german.po"
    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code in (302, 403)  # Wagtail's refusal redirects with a message
    assert response.status_code == 403 or response["Location"] != translation.get_target_instance_edit_url()
    assert list(StringTranslation.objects.values_list("pk", "data")) == stored_before
    assert polib.pofile(str(po))  # the file itself was valid: refused for the locale, not the format


@pytest.mark.parametrize("view", ["download_pofile", "stop_translation", "preview_translation"])
def test_french_translator_cannot_use_other_translation_actions_on_german(
    client, translator, multilingual, view
):
    translation = translation_of(multilingual["pages"]["en"], "de")
    client.force_login(translator)
    url = reverse(f"wagtail_localize:{view}", args=[translation.pk])
    response = client.post(url) if view == "stop_translation" else client.get(url)
    assert response.status_code == 403
    translation.refresh_from_db()
    assert translation.enabled


def test_french_translator_cannot_submit_pages_for_translation(client, translator, multilingual, locales):
    source_page = multilingual["pages"]["en"]
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[source_page.pk]),
        {"locales": [locales["it"].pk]},
    )
    assert response.status_code in REFUSED
    assert not Page.objects.filter(translation_key=source_page.translation_key, locale=locales["it"]).exists()


def test_submit_translation_right_does_not_let_a_translator_copy_a_page_they_cannot_edit(
    client, translator, multilingual, locales
):
    """GHSA-jm5p-837g-rv8g: the right to start translations is not the right to copy any page."""
    from django.contrib.auth.models import Permission

    translator.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    source_page = multilingual["pages"]["en"]
    client.force_login(translator)
    url = reverse("wagtail_localize:submit_page_translation", args=[source_page.pk])
    assert client.get(url).status_code == 403
    response = client.post(url, {"locales": [locales["it"].pk]})
    assert response.status_code == 403
    assert not Page.objects.filter(translation_key=source_page.translation_key, locale=locales["it"]).exists()

    topic = multilingual["topics"]["en"]
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["news", "topic", topic.pk]),
        {"locales": [locales["it"].pk]},
    )
    assert response.status_code == 403
    assert not Topic.objects.filter(translation_key=topic.translation_key, locale=locales["it"]).exists()


def test_french_translator_cannot_sync_or_convert_translations(client, translator, multilingual):
    source_page = multilingual["pages"]["en"]
    french = multilingual["pages"]["fr"]
    before = snapshot(french)
    source = TranslationSource.objects.get_for_instance(source_page)
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
    )
    assert response.status_code in REFUSED
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[french.pk]))
    assert response.status_code == 403
    assert snapshot(french) == before


def test_editor_syncs_translations_but_cannot_publish_them_past_review(client, role_user, multilingual):
    editor = role_user("Editors", username="editor")
    source_page = multilingual["pages"]["en"]
    french = multilingual["pages"]["fr"]
    source_page.title = "Miranda de Ebro hosts the Alliance"
    source_page.save_revision().publish()
    before = snapshot(french)
    source = TranslationSource.objects.get_for_instance(source_page)
    client.force_login(editor)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 403
    assert "must be reviewed" in response.content.decode()
    assert snapshot(french) == before
    assert client.post(url, {}).status_code == 302
    assert snapshot(french) == before


def test_editors_edit_the_english_source_but_not_the_french_translation(client, role_user, multilingual):
    editor = role_user("Editors", username="editor")
    client.force_login(editor)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[multilingual["pages"]["en"].pk])).status_code
        == 200
    )
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[multilingual["pages"]["fr"].pk])).status_code
        in REFUSED
    )


def test_french_translator_edits_the_french_topic_but_not_the_german_or_english_one(
    client, translator, multilingual
):
    topics = multilingual["topics"]
    client.force_login(translator)
    assert client.get(reverse("wagtailsnippets_news_topic:edit", args=[topics["fr"].pk])).status_code == 200
    for code in ("de", "en"):
        url = reverse("wagtailsnippets_news_topic:edit", args=[topics[code].pk])
        assert client.get(url).status_code in REFUSED
        response = client.post(url, {"name": "Piraté", "slug": "education"})
        assert response.status_code in REFUSED
        assert (
            client.post(reverse("wagtailsnippets_news_topic:delete", args=[topics[code].pk])).status_code
            in REFUSED
        )
    assert sorted(Topic.objects.values_list("name", flat=True)) == ["Bildung", "Education", "Éducation"]


def test_french_translator_cannot_write_german_topic_segments(client, translator, multilingual):
    topic = multilingual["topics"]["en"]
    source = TranslationSource.objects.get_for_instance(topic)
    segment = StringSegment.objects.get(source=source)
    translation = Translation.objects.get(source=source, target_locale__language_code="de")
    client.force_login(translator)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Gehackt",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert (
        StringTranslation.objects.get(translation_of=segment.string, locale=translation.target_locale).data
        == "Bildung"
    )
