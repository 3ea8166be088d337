"""The public forms store submissions and notify the Task Force; settings are per locale."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from home.models import AllianceSettings, FormField
from localization.translate import translate


@pytest.fixture
def join_form(tree, locales):
    form = tree["form"]
    for order, (name, label, kind) in enumerate(
        [("authority_name", "Name of the authority", "singleline"), ("email", "E-mail", "email")]
    ):
        FormField.objects.create(
            page=form,
            sort_order=order,
            clean_name=name,
            label=label,
            field_type=kind,
            required=True,
            locale=locales["en"],
        )
    form.save_revision().publish()
    return form


@pytest.mark.django_db
def test_french_form_shows_translated_labels_and_stores_submission(client, join_form, tree, locales):
    translate(tree["home"], locales["fr"], {})
    french, _total, _done = translate(
        join_form,
        locales["fr"],
        {join_form.title: "Rejoindre l'Alliance", "Name of the authority": "Nom de la collectivité"},
    )
    html = client.get(french.url).content.decode()
    assert "Nom de la collectivité" in html

    response = client.post(
        french.url, {"authority_name": "Ville de Strasbourg", "email": "contact@example.org"}
    )
    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=french)
    assert submission.get_data()["authority_name"] == "Ville de Strasbourg"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alliance@example.org"]


@pytest.mark.django_db
def test_invalid_email_is_a_form_error_and_nothing_is_stored(client, join_form):
    response = client.post(join_form.url, {"authority_name": "X", "email": "not-an-address"})
    assert response.status_code == 200
    assert "Enter a valid email address" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_footer_shows_the_task_force_role_in_the_reader_language(client, tree, locales):
    english = AllianceSettings.objects.create(
        locale=locales["en"],
        task_force_name="Tobias Mayr",
        task_force_role="Alliance Task Force",
        task_force_phone="+33 (0)3 88 41 32 28",
    )
    translate(english, locales["fr"], {"Alliance Task Force": "Task Force de l'Alliance"})
    translate(tree["home"], locales["fr"], {})
    assert "Alliance Task Force" in client.get("/en/").content.decode()
    french_html = client.get("/fr/").content.decode()
    assert "Task Force de l&#x27;Alliance" in french_html
    assert "Tobias Mayr" in french_html


@pytest.mark.django_db
def test_settings_open_in_the_admin_and_link_to_every_locale(admin_client, tree, locales):
    english = AllianceSettings.objects.create(
        locale=locales["en"], task_force_name="Tobias Mayr", task_force_role="Alliance Task Force"
    )
    french, _total, _done = translate(english, locales["fr"], {"Alliance Task Force": "Task Force"})
    response = admin_client.get("/admin/settings/home/alliancesettings/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tobias Mayr" in html
    french_url = f"/admin/settings/home/alliancesettings/{french.pk}/"
    assert f'href="{french_url}"' in html  # Wagtail's locale switcher

    # The French row saves on its own; the English row keeps its role.
    form = admin_client.get(french_url)
    assert form.status_code == 200
    response = admin_client.post(
        french_url, {"task_force_role": "Groupe de travail de l'Alliance", "task_force_name": "Tobias Mayr"}
    )
    assert response.status_code == 302
    french.refresh_from_db()
    english.refresh_from_db()
    assert french.task_force_role == "Groupe de travail de l'Alliance"
    assert english.task_force_role == "Alliance Task Force"
