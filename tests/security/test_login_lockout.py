"""Admin sign-in brute force: django-axes locks a user name from one address after 5 failures."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"  # noqa: S105


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("lockme", "lockme@example.org", PASSWORD)


def sign_in(client, username: str, password: str, address: str = "203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_five_bad_passwords_lock_the_account_from_that_address_with_a_clear_message(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "lockme", "wrong")
        assert response.status_code == 200  # the sign-in form again, with its usual error
    response = sign_in(client, "lockme", "wrong")
    assert response.status_code == 429
    # The right password no longer works from there until the cool-off is over.
    response = sign_in(client, "lockme", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page
    assert 'name="username"' in page  # still Wagtail's sign-in page
    assert "_auth_user_id" not in client.session


def test_ten_bad_logins_never_sign_in_and_are_recorded_once_per_pair(client, editor):
    for _attempt in range(10):
        assert sign_in(client, "lockme", "wrong").status_code in (200, 429)
    assert AccessAttempt.objects.filter(username="lockme", ip_address="203.0.113.7").count() == 1
    assert sign_in(client, "lockme", PASSWORD).status_code == 429


def test_lockout_is_per_user_and_address_pair(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "lockme", "wrong")
    # The same person from another address, and another account from the same address, still sign in.
    assert sign_in(client, "lockme", PASSWORD, address="198.51.100.2").status_code == 302
    client.logout()
    get_user_model().objects.create_superuser("other", "other@example.org", PASSWORD)
    assert sign_in(client, "other", PASSWORD).status_code == 302


def test_a_successful_sign_in_resets_the_failures(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "lockme", "wrong")
    assert sign_in(client, "lockme", PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "lockme", "wrong").status_code == 200


def test_password_validators_ask_for_twelve_characters(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Xk7#pq2!Lm")
    validate_password("a-long-enough-passphrase")
