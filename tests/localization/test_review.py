"""Review before publishing: a translator submits, the locale's reviewers approve or send it back."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.localization.roles_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db
NEW_TITLE = "Miranda de Ebro adhère à l'Alliance"
LIVE_TITLE = "Miranda de Ebro rejoint l'Alliance"


@pytest.fixture
def people(role_user, multilingual):
    return {
        "translator": role_user("Translators — French", username="traductrice"),
        "reviewer": role_user("Reviewers — French", username="relecteur"),
        "german_reviewer": role_user("Reviewers — German", username="pruefer"),
        "german_translator": role_user("Translators — German", username="uebersetzer"),
    }


@pytest.fixture
def french(multilingual):
    source_page = multilingual["pages"]["en"]
    source = TranslationSource.objects.get_for_instance(source_page)
    return {
        "page": multilingual["pages"]["fr"],
        "translation": Translation.objects.get(source=source, target_locale__language_code="fr"),
        "title_segment": StringSegment.objects.get(source=source, string__data=source_page.title),
    }


def retitle_and_submit(client, user, french, title: str = NEW_TITLE):
    client.force_login(user)
    translation = french["translation"]
    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, french["title_segment"].pk]
        ),
        f"value={title}",
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )
    assert response.status_code == 200
    return client.post(reverse("localization_submit_for_review", args=[translation.pk]))


def reader_titles(client) -> tuple[str, str]:
    site_html = client.get("/fr/news/", follow=True).content.decode()
    api = client.get("/api/v2/pages/?locale=fr&type=news.NewsPage&fields=title").json()
    return site_html, " | ".join(item["title"] for item in api["items"])


def test_translations_are_drafts_until_reviewed(settings):
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False


def test_each_locale_tree_has_its_review_workflow_and_the_source_an_editorial_review(multilingual):
    pages = multilingual["pages"]
    assert pages["fr"].get_workflow().name == "Review (French)"
    assert pages["de"].get_workflow().name == "Review (German)"
    assert pages["en"].get_workflow().name == "Editorial review"
    french_task = pages["fr"].get_workflow().tasks.get().specific
    assert [group.name for group in french_task.groups.all()] == ["Reviewers — French"]


def test_submitted_translation_waits_for_review_and_readers_keep_the_published_version(
    client, people, french
):
    response = retitle_and_submit(client, people["translator"], french)
    assert response.status_code == 302
    page = Page.objects.get(pk=french["page"].pk).specific
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review (French)"
    assert page.live and page.title == LIVE_TITLE
    assert page.get_latest_revision_as_object().title == NEW_TITLE

    client.logout()
    site_html, api_titles = reader_titles(client)
    assert LIVE_TITLE.replace("'", "&#x27;") in site_html
    assert "adhère" not in site_html
    assert api_titles == LIVE_TITLE


def test_french_reviewers_are_emailed_and_german_reviewers_are_not(client, people, french):
    mail.outbox.clear()
    retitle_and_submit(client, people["translator"], french)
    recipients = {address for message in mail.outbox for address in message.to}
    assert people["reviewer"].email in recipients
    assert people["german_reviewer"].email not in recipients
    assert people["translator"].email not in recipients


def test_french_reviewer_approves_and_the_translation_is_published_on_site_and_api(client, people, french):
    retitle_and_submit(client, people["translator"], french)
    page = Page.objects.get(pk=french["page"].pk).specific
    task_state = page.current_workflow_state.current_task_state
    client.force_login(people["reviewer"])
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Parfait."},
    )
    assert response.status_code in (200, 302)
    page = Page.objects.get(pk=page.pk).specific
    assert page.title == NEW_TITLE and page.live and not page.has_unpublished_changes
    assert page.current_workflow_state is None

    client.logout()
    site_html, api_titles = reader_titles(client)
    assert "adhère" in site_html
    assert api_titles == NEW_TITLE


def test_german_reviewer_cannot_approve_a_french_translation(client, people, french):
    retitle_and_submit(client, people["translator"], french)
    page = Page.objects.get(pk=french["page"].pk).specific
    task_state = page.current_workflow_state.current_task_state
    client.force_login(people["german_reviewer"])
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Gut."},
    )
    assert response.status_code in (302, 403)
    page = Page.objects.get(pk=page.pk).specific
    assert page.title == LIVE_TITLE
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_german_translator_cannot_submit_the_french_translation(client, people, french):
    client.force_login(people["german_translator"])
    response = client.post(reverse("localization_submit_for_review", args=[french["translation"].pk]))
    assert response.status_code in (302, 403)
    page = Page.objects.get(pk=french["page"].pk)
    assert page.current_workflow_state is None
    assert page.latest_revision_id == french["page"].latest_revision_id


def test_rejection_returns_to_the_translator_with_the_comment_and_can_be_resubmitted(client, people, french):
    retitle_and_submit(client, people["translator"], french)
    page = Page.objects.get(pk=french["page"].pk).specific
    task_state = page.current_workflow_state.current_task_state
    mail.outbox.clear()
    client.force_login(people["reviewer"])
    comment = "« adhère » est trop faible : écrivez « rejoint officiellement »."
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": comment},
    )
    page = Page.objects.get(pk=page.pk).specific
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.title == LIVE_TITLE
    to_translator = [message for message in mail.outbox if people["translator"].email in message.to]
    assert to_translator and comment in to_translator[0].body

    editor = retitle_and_submit(
        client, people["translator"], french, "Miranda de Ebro rejoint officiellement l'Alliance"
    )
    assert editor.status_code == 302
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "waiting for a reviewer" in editor_page
    page = Page.objects.get(pk=page.pk).specific
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision_as_object().title == "Miranda de Ebro rejoint officiellement l'Alliance"


def test_the_translation_editor_shows_the_rejection_comment_to_the_translator(client, people, french):
    retitle_and_submit(client, people["translator"], french)
    page = Page.objects.get(pk=french["page"].pk).specific
    task_state = page.current_workflow_state.current_task_state
    client.force_login(people["reviewer"])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": "Vérifiez le nom de la ville."},
    )
    client.force_login(people["translator"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Changes requested by the reviewer" in html
    assert "Vérifiez le nom de la ville." in html
    assert "Resubmit for review" in html


def test_a_translation_already_in_review_is_not_submitted_twice(client, people, french):
    retitle_and_submit(client, people["translator"], french)
    response = client.post(
        reverse("localization_submit_for_review", args=[french["translation"].pk]), follow=True
    )
    assert "already awaiting review" in response.content.decode()
    assert WorkflowState.objects.filter(object_id=str(french["page"].pk)).count() == 1


def test_any_draft_save_of_a_live_translation_keeps_readers_on_the_published_version(client, french):
    """wagtail-localize 1.14 writes drafts into the live row; every save_target(publish=False) is fixed."""
    StringTranslation.objects.filter(
        translation_of=french["title_segment"].string, locale__language_code="fr"
    ).update(data="Brouillon non relu")
    french["translation"].save_target(publish=False)
    page = Page.objects.get(pk=french["page"].pk).specific
    assert page.title == LIVE_TITLE and page.live and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Brouillon non relu"
    site_html, api_titles = reader_titles(client)
    assert "Brouillon" not in site_html
    assert api_titles == LIVE_TITLE
