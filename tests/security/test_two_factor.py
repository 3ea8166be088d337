"""TOTP two-factor for the admin: optional for staff, required for superusers when configured."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def code_for(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


@pytest.fixture(autouse=True)
def no_throttle_between_attempts(settings):
    # django-otp waits after each wrong code (1 s, doubling); the tests type the right one at once.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("staffer", "s@example.org", "a-long-enough-passphrase")
    group = Group.objects.create(name="Admin access")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("boss", "b@example.org", "a-long-enough-passphrase")


def test_staff_without_a_device_use_the_admin_as_before(client, staff):
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_superusers_must_set_up_a_device_when_required(client, admin_user, settings):
    settings.ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS = True
    client.force_login(admin_user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/setup/")
    setup = client.get("/admin/two-factor/setup/")
    assert setup.status_code == 200
    device = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    assert device.config_url.startswith("otpauth://totp/")
    # A wrong code is a form error; the right one confirms the device and opens the admin.
    wrong = client.post(
        "/admin/two-factor/setup/", {"token": "000000" if code_for(device) != "000000" else "111111"}
    )
    assert wrong.status_code == 200
    assert "not valid" in wrong.content.decode()
    response = client.post("/admin/two-factor/setup/", {"token": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_superusers_are_not_asked_when_not_required(client, admin_user, settings):
    settings.ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS = False
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


def test_a_staff_member_with_a_device_must_enter_its_code(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/")
    bad = client.post("/admin/two-factor/verify/", {"token": "12ab56"})
    assert bad.status_code == 200
    assert "six digits" in bad.content.decode()
    # An off-site `next` is ignored: the admin's home instead.
    ok = client.post(
        "/admin/two-factor/verify/", {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert ok.status_code == 302
    assert ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_public_site_and_api_are_not_behind_two_factor(client, staff, home_page):
    TOTPDevice.objects.create(user=staff, name="phone", confirmed=True)
    client.force_login(staff)
    assert client.get("/api/v2/pages/").status_code == 200


def test_production_requires_two_factor_for_superusers_by_default():
    import os
    import subprocess
    import sys

    from django.conf import settings as django_settings

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(
        SECRET_KEY="x" * 60, ALLOWED_HOSTS="example.org", DJANGO_SETTINGS_MODULE="cms.settings.production"
    )
    env.pop("ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS", None)
    code = (
        "import django; django.setup(); from django.conf import settings as s;"
        " print(s.ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=django_settings.BASE_DIR,
        timeout=60,
    )
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr
