"""Advisory class: settings edited without permission (GHSA-xxfm-vmcf-g33f / CVE-2024-35228)."""

import pytest
from django.urls import reverse

from home.models import AllianceSettings
from tests.localization.roles_fixtures import *  # noqa: F403


@pytest.mark.django_db
def test_a_translator_or_editor_cannot_open_or_change_the_alliance_settings(client, role_user, locales):
    settings_row = AllianceSettings.objects.create(locale=locales["en"], task_force_email="tf@coe.int")
    url = reverse("wagtailsettings:edit", args=["home", "alliancesettings", settings_row.pk])
    for group in ("Translators — French", "Editors"):
        client.force_login(role_user(group, username=group[:10]))
        assert client.get(url).status_code in (302, 403), group
        response = client.post(url, {"task_force_email": "attacker@example.org"})
        assert response.status_code in (302, 403), group
        settings_row.refresh_from_db()
        assert settings_row.task_force_email == "tf@coe.int"
