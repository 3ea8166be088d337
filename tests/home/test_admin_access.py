"""The demo editor can log in to the real admin and open every page type's edit view."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import PAGE_KEYS


@pytest.fixture
def editor(django_user_model, db):
    user = django_user_model.objects.create_user(username="editor", password="correct horse battery")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.django_db
def test_editor_logs_in_through_the_admin_login_form(client, editor, tree):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.django_db
def test_wrong_password_does_not_log_in(client, editor):
    response = client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": "nope"})
    assert response.status_code == 200
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_editor_opens_each_page_types_edit_view(client, editor, tree, key):
    client.force_login(editor)
    page = tree[key]
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert page.title in response.content.decode()
