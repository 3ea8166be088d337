"""The role groups: created idempotently, one Translators and one Reviewers group per locale."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale

from localization.models import LocaleRole
from localization.roles import ensure_roles

pytestmark = pytest.mark.django_db


def test_every_locale_gets_translators_and_reviewers_and_english_is_the_editors_source(locales):
    ensure_roles()
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Translators — French", "Reviewers — French", "Translators — Romani"} <= names
    assert "Translators — English" not in names
    assert LocaleRole.objects.get(group__name="Editors").locale == locales["en"]
    assert LocaleRole.objects.get(group__name="Reviewers — German").locale == locales["de"]
    assert LocaleRole.objects.filter(kind=LocaleRole.TRANSLATOR).count() == len(locales) - 1


def test_translators_may_change_but_not_publish_and_reviewers_may_publish(locales):
    ensure_roles()
    translator_rights = set(
        GroupPagePermission.objects.filter(group__name="Translators — French").values_list(
            "permission__codename", flat=True
        )
    )
    reviewer_rights = set(
        GroupPagePermission.objects.filter(group__name="Reviewers — French").values_list(
            "permission__codename", flat=True
        )
    )
    assert translator_rights == {"change_page"}
    assert reviewer_rights == {"change_page", "publish_page"}
    translators = Group.objects.get(name="Translators — French")
    assert not translators.permissions.filter(codename="submit_translation").exists()
    assert translators.permissions.filter(codename="change_topic").exists()


def test_setup_translation_roles_command_can_run_twice_without_duplicating_anything(locales):
    out = io.StringIO()
    call_command("setup_translation_roles", stdout=out)
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), LocaleRole.objects.count())
    call_command("setup_translation_roles", stdout=out)
    assert (Group.objects.count(), GroupPagePermission.objects.count(), LocaleRole.objects.count()) == counts
    assert "role group(s)" in out.getvalue()


def test_a_locale_added_later_gets_its_roles_at_once(locales):
    ensure_roles()
    Locale.objects.filter(language_code="it").delete()
    Group.objects.filter(name__endswith="— Italian").delete()
    Locale.objects.create(language_code="it")
    assert Group.objects.filter(name__in=["Translators — Italian", "Reviewers — Italian"]).count() == 2
