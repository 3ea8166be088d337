"""Advisory class: user data disclosure (GHSA-fc75-58r8-rm3h / CVE-2023-45809: user names through
bulk-action views) and account enumeration through the password reset form."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.localization.roles_fixtures import *  # noqa: F403


@pytest.mark.django_db
def test_a_translator_cannot_list_user_names_through_bulk_actions(client, role_user, roles):
    secret = get_user_model().objects.create_superuser(
        "hidden-admin-name", "h@example.org", "a-long-passphrase"
    )
    client.force_login(role_user("Translators — French"))
    for url in (
        f"/admin/bulk/auth/user/delete/?id={secret.pk}",
        f"/admin/bulk/auth/user/set_active_state/?id={secret.pk}",
        f"/admin/bulk/auth/user/assign_role/?id={secret.pk}",
        "/admin/users/",
        f"/admin/users/{secret.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert b"hidden-admin-name" not in response.content, url
        assert b"h@example.org" not in response.content, url


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client):
    get_user_model().objects.create_user("known", "known@example.org", "a-long-enough-passphrase")
    known = client.post("/admin/password_reset/", {"email": "known@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1  # only the real account gets a mail; the page says the same to both
