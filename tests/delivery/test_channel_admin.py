"""Channels are managed in the Wagtail admin: the token is shown once, then only its start."""

import re

import pytest
from django.urls import reverse

from delivery.models import Channel, WebhookDelivery, hash_token


def shown_token(response) -> str:
    found = re.search(r'value="(alc_[^"]+)" size="60" data-channel-token', response.content.decode())
    assert found, "no token on the page"
    return found.group(1)


@pytest.mark.django_db
def test_creating_a_channel_shows_its_token_once_and_stores_only_the_hash(admin_client, locales, tree):
    response = admin_client.post(
        reverse("delivery_channels:add"),
        {
            "name": "Partner site",
            "allowed_locales": [locales["fr"].pk, locales["uk"].pk],
            "webhook_url": "https://partner.example/hooks/alliance",
            "webhook_secret": "",
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    token = shown_token(response)
    assert "no-store" in response["Cache-Control"]

    channel = Channel.objects.get(name="Partner site")
    assert channel.token_hash == hash_token(token)
    assert {locale.language_code for locale in channel.allowed_locales.all()} == {"fr", "uk"}
    assert len(channel.webhook_secret) >= 32, "an empty secret is generated"

    listing = admin_client.get(reverse("delivery_channels:index")).content.decode()
    edit = admin_client.get(reverse("delivery_channels:edit", args=[channel.pk])).content.decode()
    assert "Partner site" in listing and channel.token_hint in listing
    assert token not in listing and token not in edit
    assert admin_client.get("/api/v2/pages/", headers={"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.mark.django_db
def test_an_invalid_webhook_url_is_a_form_error(admin_client, db):
    response = admin_client.post(
        reverse("delivery_channels:add"), {"name": "Broken", "webhook_url": "not a url", "is_active": "on"}
    )
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()
    assert not Channel.objects.filter(name="Broken").exists()


@pytest.mark.django_db
def test_issuing_a_new_token_retires_the_old_one(admin_client, client, tree):
    channel = Channel(name="Newsletter")
    old_token = channel.issue_token()
    channel.save()
    confirm = admin_client.get(reverse("delivery_channels:new_token", args=[channel.pk]))
    assert confirm.status_code == 200 and old_token not in confirm.content.decode()

    new_token = shown_token(admin_client.post(reverse("delivery_channels:new_token", args=[channel.pk])))
    assert new_token != old_token
    assert client.get("/api/v2/pages/", headers={"Authorization": f"Bearer {old_token}"}).status_code == 401
    assert client.get("/api/v2/pages/", headers={"Authorization": f"Bearer {new_token}"}).status_code == 200


@pytest.mark.django_db
def test_a_user_without_admin_rights_cannot_issue_tokens(client, django_user_model, db):
    channel = Channel(name="Newsletter")
    channel.issue_token()
    channel.save()
    user = django_user_model.objects.create_user(username="reader", password="x")
    client.force_login(user)
    response = client.post(reverse("delivery_channels:new_token", args=[channel.pk]))
    assert response.status_code in (302, 403)
    assert Channel.objects.get(pk=channel.pk).token_hash == channel.token_hash


@pytest.mark.django_db
def test_webhook_deliveries_are_listed_and_inspectable_but_not_editable(admin_client, db):
    channel = Channel(name="Partner site", webhook_url="https://partner.example/hook")
    channel.issue_token()
    channel.save()
    delivery = WebhookDelivery.objects.create(
        channel=channel,
        event="page.published",
        page_id=42,
        locale="fr",
        body='{"event": "page.published"}',
        status=WebhookDelivery.Status.FAILED,
        attempts=5,
        response_status=503,
        error="HTTP 503: down for maintenance",
    )
    listing = admin_client.get(reverse("delivery_webhook_deliveries:index")).content.decode()
    assert "page.published #42 (fr)" in listing and "Failed" in listing
    inspect = admin_client.get(reverse("delivery_webhook_deliveries:inspect", args=[delivery.pk]))
    assert "down for maintenance" in inspect.content.decode()
    assert (
        reverse("delivery_channels:index") in admin_client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert "/webhook-deliveries/new/" not in listing
    assert admin_client.get("/admin/webhook-deliveries/new/", follow=True).status_code == 404
