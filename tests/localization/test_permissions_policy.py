"""The locale-scoped policies as Wagtail's registry hands them out, and the admin screens built on them."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.permissions import policy_registry

from localization.permissions import LocaleScopedModelPermissionPolicy, LocaleScopedPagePermissionPolicy
from news.models import Topic
from tests.localization.roles_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db


def test_the_registry_hands_out_the_locale_scoped_policies():
    assert isinstance(policy_registry.get_by_type(Page), LocaleScopedPagePermissionPolicy)
    assert isinstance(policy_registry.get_by_type(Topic), LocaleScopedModelPermissionPolicy)


def test_who_may_publish_a_french_page_is_the_french_reviewers_not_the_german_ones(role_user, multilingual):
    french_reviewer = role_user("Reviewers — French", username="relecteur")
    german_reviewer = role_user("Reviewers — German", username="pruefer")
    french_translator = role_user("Translators — French", username="traductrice")
    policy = policy_registry.get_by_type(Page)
    publishers = set(policy.users_with_permission_for_instance("publish", multilingual["pages"]["fr"]))
    assert french_reviewer in publishers
    assert german_reviewer not in publishers
    assert french_translator not in publishers
    editors = set(policy.users_with_permission_for_instance("change", multilingual["pages"]["fr"]))
    assert french_translator in editors and german_reviewer not in editors


def test_pages_a_translator_may_edit_are_exactly_the_french_tree(role_user, multilingual):
    translator = role_user("Translators — French", username="traductrice")
    editable = policy_registry.get_by_type(Page).instances_user_has_permission_for(translator, "change")
    assert set(editable.values_list("locale__language_code", flat=True)) == {"fr"}
    assert multilingual["pages"]["fr"].pk in set(editable.values_list("pk", flat=True))


def test_translator_explores_the_french_tree_only(client, role_user, multilingual):
    translator = role_user("Translators — French", username="traductrice")
    client.force_login(translator)
    french_index = multilingual["pages"]["fr"].get_parent()
    response = client.get(reverse("wagtailadmin_explore", args=[french_index.pk]))
    assert response.status_code == 200
    assert "Miranda de Ebro rejoint l&#x27;Alliance" in response.content.decode()
    german_index = multilingual["pages"]["de"].get_parent()
    response = client.get(reverse("wagtailadmin_explore", args=[german_index.pk]), follow=True)
    assert "Miranda de Ebro tritt der Allianz bei" not in response.content.decode()


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move"])
def test_bulk_actions_change_nothing_outside_the_translators_rights(client, role_user, multilingual, action):
    translator = role_user("Translators — French", username="traductrice")
    client.force_login(translator)
    pages = [multilingual["pages"][code] for code in ("fr", "de", "en")]
    before = [
        (p.pk, p.live, p.path, p.latest_revision_id)
        for p in Page.objects.filter(pk__in=[p.pk for p in pages])
    ]
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    query = "&".join(f"id={page.pk}" for page in pages)
    client.post(f"{url}?{query}", {"move_applicable": "true", "chooser": pages[0].get_parent().pk})
    after = [
        (p.pk, p.live, p.path, p.latest_revision_id)
        for p in Page.objects.filter(pk__in=[p.pk for p in pages])
    ]
    assert after == before
