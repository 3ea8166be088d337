"""Advisory class: permission bypass on page actions (copy, history, revision compare, copy for
translation). A French translator reaches none of them on the English source; nothing changes."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests.localization.roles_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db
REFUSED = (302, 403)


@pytest.fixture
def translator(role_user, multilingual):
    return role_user("Translators — French")


def page_state() -> list[tuple]:
    return list(Page.objects.order_by("pk").values_list("pk", "title", "live", "latest_revision_id", "path"))


def test_a_french_translator_cannot_read_english_history_or_compare_its_revisions(
    client, translator, multilingual
):
    """GHSA-c4mr-889m-vgf6 (history) and GHSA-c6wj-9vcj-75pj (revision compare)."""
    english = multilingual["pages"]["en"]
    client.force_login(translator)
    for url in (
        reverse("wagtailadmin_pages:history", args=[english.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[english.pk, "earliest", "latest"]),
    ):
        response = client.get(url)
        assert response.status_code in REFUSED, url
        assert english.title not in response.content.decode()


def test_a_french_translator_posting_other_locales_actions_is_refused_and_nothing_changes(
    client, translator, multilingual, locales
):
    """GHSA-67rv-mg8q-5pf3 (copy), GHSA-jm5p-837g-rv8g and Wagtail's "copy for translation" class."""
    english = multilingual["pages"]["en"]
    german = multilingual["pages"]["de"]
    source = TranslationSource.objects.get_for_instance(english)
    before = page_state()
    client.force_login(translator)
    attempts = [
        (
            reverse("wagtailadmin_pages:copy", args=[english.pk]),
            {"new_title": "Copy", "new_slug": "copy-of-it", "new_parent_page": english.get_parent().pk},
        ),
        (
            reverse("wagtail_localize:submit_page_translation", args=[english.pk]),
            {"locales": [locales["it"].pk]},
        ),
        (reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}),
        (reverse("wagtail_localize:convert_to_alias", args=[german.pk]), {}),
        (reverse("wagtailadmin_pages:delete", args=[german.pk]), {}),
        (reverse("wagtailadmin_pages:unpublish", args=[english.pk]), {}),
    ]
    for url, data in attempts:
        response = client.post(url, data)
        assert response.status_code in REFUSED, url
    assert page_state() == before
