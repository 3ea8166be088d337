"""Advisory class: form data exposure (GHSA-pwm3-7fv4-g6xx / CVE-2026-44199: deleting another
form's submissions through a form one may manage). Submissions hold local authorities' staff data."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import GroupPagePermission

from tests import factories


@pytest.fixture
def two_forms(home_page):
    mine = factories.FormPageFactory(parent=home_page, slug="join-the-alliance")
    theirs = factories.FormPageFactory(parent=home_page, slug="cooperate")
    private = FormSubmission.objects.create(page=theirs, form_data={"contact_person": "Jeanne Martin"})
    FormSubmission.objects.create(page=mine, form_data={"contact_person": "Own applicant"})
    return mine, theirs, private


@pytest.fixture
def form_manager(two_forms):
    mine, _theirs, _private = two_forms
    group = Group.objects.create(name="Join form managers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=mine, permission=Permission.objects.get(codename=codename)
        )
    user = get_user_model().objects.create_user("forms", "forms@example.org", "a-long-enough-passphrase")
    user.groups.add(group)
    return user


def test_submissions_of_another_form_cannot_be_deleted_through_ones_own(client, two_forms, form_manager):
    mine, theirs, private = two_forms
    client.force_login(form_manager)
    url = reverse("wagtailforms:delete_submissions", args=[mine.pk]) + f"?selected-submissions={private.pk}"
    client.get(url)
    client.post(url)
    assert FormSubmission.objects.filter(pk=private.pk).exists()


def test_submissions_of_another_form_are_not_listed_or_exported(client, two_forms, form_manager):
    _mine, theirs, _private = two_forms
    client.force_login(form_manager)
    for url in (
        reverse("wagtailforms:list_submissions", args=[theirs.pk]),
        reverse("wagtailforms:list_submissions", args=[theirs.pk]) + "?export=csv",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"Jeanne Martin" not in response.content


def test_own_submissions_are_listed(client, two_forms, form_manager):
    mine, _theirs, _private = two_forms
    client.force_login(form_manager)
    response = client.get(reverse("wagtailforms:list_submissions", args=[mine.pk]))
    assert response.status_code == 200
    assert "Jeanne Martin" not in response.content.decode()
