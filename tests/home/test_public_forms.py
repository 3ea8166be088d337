"""The two public forms: validation in the reader's language, spam traps, storage before e-mail,
safe CSV export, and no submission in the API."""

import socket

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from tests.reader_site import build_form

JOIN = {
    "authority_name": "City of Strasbourg",
    "country": "France",
    "kind": "City",
    "contact_person": "Jeanne Martin",
    "role": "Deputy Mayor",
    "email": "jeanne.martin@example.org",
    "phone": "+33 3 88 00 00 00",
    "message": "We run a Roma mediation programme.",
    "consent": "on",
}


@pytest.fixture(autouse=True)
def empty_rate_limit_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def join(home_page, locales):
    from localization.translate import translate

    for code in ("fr", "uk"):
        translate(home_page, locales[code], {})
    return build_form(home_page, "join", ("fr", "uk"))


@pytest.fixture
def cooperate(home_page, locales):
    return build_form(home_page, "cooperate", ())


@pytest.mark.django_db
def test_join_form_shows_every_field_of_the_issue_with_french_labels(client, join):
    html = client.get(join["fr"].url).content.decode()
    for label in (
        "Nom de la collectivité locale ou régionale",
        "Pays",
        "Type de collectivité",
        "Personne de contact",
        "Fonction",
        "Adresse électronique",
        "Téléphone",
        "Message",
        "J&#x27;accepte que les données transmises",
    ):
        assert label in html
    assert "Avec l&#x27;indicatif international" in html  # a help text


@pytest.mark.django_db
def test_a_valid_application_is_stored_and_mailed_to_the_task_force(client, join):
    response = client.post(join["fr"].url, {**JOIN, "kind": "Ville"})
    assert response.status_code == 200
    assert "Nous vous remercions de votre demande." in response.content.decode()
    submission = FormSubmission.objects.get(page=join["fr"])
    assert submission.get_data()["authority_name"] == "City of Strasbourg"
    assert "your_website" not in submission.get_data()
    [message] = mail.outbox
    assert message.to == [settings.ALLIANCE_TASK_FORCE_EMAIL]
    assert message.reply_to == ["jeanne.martin@example.org"]
    assert message.subject == "Demande d'adhésion à l'Alliance"
    assert "Personne de contact: Jeanne Martin" in message.body


@pytest.mark.django_db
def test_cooperation_proposal_is_stored_and_mailed(client, cooperate):
    data = {
        "organisation": "Roma Education Fund",
        "country": "Hungary",
        "field_of_work": "Education",
        "contact_person": "Anna Kovács",
        "email": "anna@example.org",
        "proposal": "Joint seminars on inclusive schools.",
        "consent": "on",
    }
    response = client.post(cooperate["en"].url, data)
    assert "Thank you for your proposal." in response.content.decode()
    assert FormSubmission.objects.get(page=cooperate["en"]).get_data()["proposal"] == data["proposal"]
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_missing_fields_are_named_in_the_readers_language_and_nothing_is_stored(client, join):
    response = client.post(join["fr"].url, {"authority_name": "Ville de Lyon", "email": "pas-une-adresse"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Le formulaire n’a pas pu être envoyé" in html
    assert '<a href="#id_contact_person">Personne de contact</a>: Champ requis.' in html
    assert "Saisissez une adresse e-mail valide." in html
    assert 'value="Ville de Lyon"' in html  # what was typed is kept
    assert 'aria-invalid="true" aria-describedby="id_country_error"' in html
    assert 'id="id_country_error"' in html
    ukrainian = client.post(join["uk"].url, {}).content.decode()
    assert "Форму не вдалося надіслати" in ukrainian
    assert "required" not in ukrainian.split('id="form-errors"')[1].split("</div>")[0]
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("message", "x" * 2_000_000),
        ("authority_name", "City\x00of Strasbourg"),
        ("email", "a@example.org\r\nBcc: victim@example.org"),
        ("kind", "Republic"),
        ("authority_name", "x" * 256),
    ],
    ids=["2MB-message", "NUL", "header-injection", "invalid-choice", "too-long-name"],
)
def test_bad_input_is_a_form_error_and_nothing_is_stored_or_mailed(client, join, field, value):
    response = client.post(join["en"].url, {**JOIN, field: value})
    assert response.status_code == 200
    assert 'class="errorlist"' in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_extra_field_is_ignored(client, join):
    client.post(join["en"].url, {**JOIN, "is_admin": "1"})
    assert "is_admin" not in FormSubmission.objects.get().get_data()


@pytest.mark.django_db
def test_a_filled_honeypot_gets_the_thank_you_page_but_nothing_is_stored_or_mailed(client, join):
    response = client.post(join["en"].url, {**JOIN, "your_website": "http://spam.example"})
    assert response.status_code == 200
    assert "Thank you for your application." in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, join):
    html = client.get(join["en"].url).content.decode()
    assert '<div class="trap" aria-hidden="true">' in html
    assert 'name="your_website"' in html and 'tabindex="-1"' in html


@pytest.fixture
def limit(settings) -> int:
    """Three posts a day: django-ratelimit counts in fixed windows, and a one-minute window
    could roll over in the middle of a test."""
    settings.ALLIANCE_FORM_RATE_LIMIT = "3/d"
    return 3


@pytest.mark.django_db
def test_too_many_posts_from_one_address_are_refused_with_429_in_the_readers_language(client, join, limit):
    for _ in range(limit):
        assert client.post(join["fr"].url, {**JOIN, "kind": "Ville"}).status_code == 200
    response = client.post(join["fr"].url, {**JOIN, "kind": "Ville"})
    assert response.status_code == 429
    assert "Trop de formulaires" in response.content.decode()
    assert FormSubmission.objects.count() == limit
    # Another address is not affected.
    assert client.post(join["fr"].url, {**JOIN, "kind": "Ville"}, REMOTE_ADDR="192.0.2.7").status_code == 200


@pytest.mark.django_db
def test_a_submission_is_kept_when_the_mail_server_is_down(client, join, settings):
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 2
    response = client.post(join["en"].url, JOIN)
    assert response.status_code == 200
    assert "Thank you for your application." in response.content.decode()
    assert FormSubmission.objects.get().get_data()["contact_person"] == "Jeanne Martin"


@pytest.mark.django_db
def test_a_post_without_csrf_token_is_refused(join):
    response = Client(enforce_csrf_checks=True).post(join["en"].url, JOIN)
    assert response.status_code == 403
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
def test_csv_export_neutralises_formulas_and_the_admin_escapes_markup(client, admin_client, join):
    client.post(
        join["en"].url,
        {**JOIN, "authority_name": '=HYPERLINK("http://evil.example")', "role": "<script>alert(1)</script>"},
    )
    listing = admin_client.get(f"/admin/forms/submissions/{join['en'].pk}/")
    assert listing.status_code == 200
    assert "<script>alert(1)</script>" not in listing.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in listing.content.decode()

    export = admin_client.get(f"/admin/forms/submissions/{join['en'].pk}/?export=csv")
    assert export.status_code == 200
    csv_text = b"".join(export.streaming_content).decode()
    assert "'=HYPERLINK" in csv_text
    assert ",=HYPERLINK" not in csv_text
    assert "'+33 3 88 00 00 00" in csv_text  # a phone number starting with + is neutralised too


@pytest.mark.django_db
def test_submissions_never_appear_in_the_api(client, join):
    client.post(join["en"].url, {**JOIN, "contact_person": "Unique Submitter Name"})
    for url in (
        f"/api/v2/pages/{join['en'].pk}/",
        "/api/v2/pages/?type=home.FormPage&fields=*",
        "/api/v2/pages/?search=Unique",
    ):
        response = client.get(url)
        assert "Unique Submitter Name" not in response.content.decode(), url
        assert "jeanne.martin@example.org" not in response.content.decode(), url


@pytest.mark.django_db
def test_a_body_over_the_upload_limit_is_a_400_and_nothing_is_stored(client, join):
    response = client.post(join["en"].url, {**JOIN, "message": "x" * 3_000_000})
    assert response.status_code == 400
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
def test_a_post_with_over_a_thousand_fields_is_a_400_and_nothing_is_stored(client, join):
    extra = {f"field_{number}": "x" for number in range(1001)}
    response = client.post(join["fr"].url, {**JOIN, **extra})
    assert response.status_code == 400
    assert "Requête incorrecte" in response.content.decode()
    assert not FormSubmission.objects.exists()


@pytest.fixture
def redis_cache(settings):
    """Django's cache in a real Redis (REDIS_URL, else DB 4 on this machine), under a fresh prefix."""
    import os
    import uuid

    import redis

    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/4"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {url}")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test-ratelimit-{uuid.uuid4().hex}",  # counters expire with their window
        }
    }


@pytest.mark.django_db
def test_the_rate_limit_counts_in_redis_when_the_cache_is_redis(client, join, redis_cache, limit):
    from django.core.cache import caches

    assert caches["default"].__class__.__name__ == "RedisCache"
    for _ in range(limit):
        assert client.post(join["en"].url, JOIN).status_code == 200
    assert client.post(join["en"].url, JOIN).status_code == 429
    assert FormSubmission.objects.count() == limit
