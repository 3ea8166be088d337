"""Channels identify themselves with `Authorization: Bearer <token>`; reads stay public, but every
client is rate limited (a channel more generously) and told when to come back."""

import pytest
from django.test import override_settings

from delivery.models import Channel

LISTING = "/api/v2/pages/"


@pytest.fixture
def channel_and_token(db) -> tuple[Channel, str]:
    channel = Channel(name="Mobile app")
    token = channel.issue_token()
    channel.save()
    return channel, token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.django_db
def test_the_token_is_stored_only_as_a_hash(channel_and_token):
    channel, token = channel_and_token
    stored = Channel.objects.get(pk=channel.pk)
    assert token not in (stored.token_hash, stored.token_hint)
    assert len(stored.token_hash) == 64
    assert token.startswith(stored.token_hint)
    assert Channel.objects.for_token(token) == stored


@pytest.mark.django_db
def test_a_channel_token_reads_the_api(client, tree, channel_and_token):
    _, token = channel_and_token
    response = client.get(LISTING, headers=bearer(token))
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] > 0


@pytest.mark.django_db
def test_reads_without_a_token_stay_public(client, tree):
    assert client.get(LISTING).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header",
    ["Bearer alc_not-a-real-token", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer garbage"],
)
def test_an_unknown_or_malformed_token_gets_401_with_a_clear_message(client, tree, header):
    response = client.get(LISTING, headers={"Authorization": header})
    assert response.status_code == 401
    assert "channel token" in response.json()["message"]
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_deactivated_channels_token_is_refused(client, tree, channel_and_token):
    channel, token = channel_and_token
    channel.is_active = False
    channel.save()
    assert client.get(LISTING, headers=bearer(token)).status_code == 401


@pytest.mark.django_db
@override_settings(ALLIANCE_API_RATE_LIMIT="3/m", ALLIANCE_API_CHANNEL_RATE_LIMIT="6/m")
def test_a_public_client_over_its_limit_gets_429_with_retry_after(client, tree):
    assert [client.get(LISTING).status_code for _ in range(3)] == [200, 200, 200]
    response = client.get(LISTING)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "Too many requests" in response.json()["message"]


@pytest.mark.django_db
@override_settings(ALLIANCE_API_RATE_LIMIT="3/m", ALLIANCE_API_CHANNEL_RATE_LIMIT="6/m")
def test_a_channel_has_a_higher_limit_of_its_own(client, tree, channel_and_token):
    _, token = channel_and_token
    for _ in range(3):
        client.get(LISTING)
    assert client.get(LISTING).status_code == 429  # the address is spent...
    statuses = [client.get(LISTING, headers=bearer(token)).status_code for _ in range(7)]
    assert statuses == [200] * 6 + [429]  # ...the channel's own budget is not


@pytest.mark.django_db
@override_settings(ALLIANCE_API_RATE_LIMIT="2/m")
def test_clients_are_counted_by_address(client, tree):
    for _ in range(2):
        client.get(LISTING)
    assert client.get(LISTING).status_code == 429
    assert client.get(LISTING, REMOTE_ADDR="192.0.2.10").status_code == 200
