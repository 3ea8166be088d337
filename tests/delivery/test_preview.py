"""Headless preview: an editor gets a signed, expiring link; the API answers it with the draft,
and without a valid token no draft is ever served."""

import re
import time

import pytest
from django.core import signing
from django.test import override_settings
from django.urls import reverse

from delivery.preview import SALT, make_token

PREVIEW = "/api/v2/preview/"


@pytest.fixture
def news_with_draft(tree):
    news = tree["news"]
    news.title = "Draft: the Alliance meets again in Lviv"
    news.intro = "Unreviewed draft text."
    news.save_revision()
    return news


def preview(client, token: str, **params):
    return client.get(PREVIEW, {"token": token, **params})


@pytest.mark.django_db
def test_an_editor_gets_a_preview_link_that_serves_the_draft(admin_client, client, news_with_draft):
    page = admin_client.get(reverse("delivery_headless_preview", args=[news_with_draft.pk]))
    assert page.status_code == 200
    api_url = re.search(r'value="([^"]+)" data-preview-api-url', page.content.decode()).group(1)
    assert api_url.startswith("http://testserver/api/v2/preview/?token=")

    response = client.get(api_url.removeprefix("http://testserver"))
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == news_with_draft.pk
    assert data["title"] == "Draft: the Alliance meets again in Lviv"
    assert data["intro"] == "Unreviewed draft text."
    assert data["meta"]["type"] == "news.NewsPage"
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex"
    assert "X-Cache" not in response


@pytest.mark.django_db
def test_the_public_api_still_serves_the_published_version(client, news_with_draft):
    data = client.get(f"/api/v2/pages/{news_with_draft.pk}/").json()
    assert data["title"] != "Draft: the Alliance meets again in Lviv"
    assert "Unreviewed draft text." not in str(data)


@pytest.mark.django_db
def test_a_never_published_page_can_be_previewed(client, tree):
    from tests.factories import NewsPageFactory

    draft = NewsPageFactory(parent=tree["news_index"], slug="coming-soon", title="Coming soon", live=False)
    draft.save_revision()
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert preview(client, make_token(draft)).json()["title"] == "Coming soon"


@pytest.mark.django_db
def test_a_missing_token_is_a_400(client, tree):
    response = client.get(PREVIEW)
    assert response.status_code == 400
    assert response.json()["message"] == "token: required"


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["garbage", "%00", "a:b:c", "x" * 5000])
def test_garbage_tokens_get_404_without_draft_content(client, news_with_draft, token):
    response = preview(client, token)
    assert response.status_code == 404
    assert "preview token" in response.json()["message"]
    assert "Draft" not in response.content.decode()


@pytest.mark.django_db
def test_a_tampered_token_is_refused(client, news_with_draft, tree):
    token = make_token(news_with_draft)
    _payload, signature = token.split(":", 1)
    other_page = signing.dumps({"page": tree["event"].pk}, salt=SALT).split(":")[0]
    assert preview(client, f"{other_page}:{signature}").status_code == 404
    assert preview(client, token[:-2] + ("AA" if not token.endswith("AA") else "BB")).status_code == 404


@pytest.mark.django_db
def test_a_token_signed_for_something_else_is_refused(client, news_with_draft):
    other_purpose = signing.dumps({"page": news_with_draft.pk})  # Django's default salt
    assert preview(client, other_purpose).status_code == 404


@pytest.mark.django_db
@override_settings(ALLIANCE_PREVIEW_TOKEN_MAX_AGE=3600)
def test_an_expired_token_is_refused(client, news_with_draft, monkeypatch):
    two_hours_ago = time.time() - 7200
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: two_hours_ago)
        token = make_token(news_with_draft)
    response = preview(client, token)
    assert response.status_code == 404
    assert "expired" in response.json()["message"]


@pytest.mark.django_db
def test_a_token_for_a_deleted_page_is_a_404(client, news_with_draft):
    token = make_token(news_with_draft)
    news_with_draft.delete()
    response = preview(client, token)
    assert response.status_code == 404
    assert "no longer exists" in response.json()["message"]


@pytest.mark.django_db
def test_unknown_query_parameters_are_a_400(client, news_with_draft):
    response = preview(client, make_token(news_with_draft), child_of="1")
    assert response.status_code == 400
    assert "child_of" in response.json()["message"]


@pytest.mark.django_db
def test_write_methods_are_refused(client, news_with_draft):
    assert client.post(PREVIEW, {"token": make_token(news_with_draft)}).status_code == 405


@pytest.mark.django_db
def test_someone_who_cannot_edit_the_page_gets_no_preview_link(client, django_user_model, news_with_draft):
    user = django_user_model.objects.create_user(username="reader", password="x")
    client.force_login(user)
    response = client.get(reverse("delivery_headless_preview", args=[news_with_draft.pk]))
    assert response.status_code in (302, 403)
    assert "token=" not in response.content.decode()


@pytest.mark.django_db
def test_the_page_editor_offers_the_channel_preview(admin_client, news_with_draft):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[news_with_draft.pk]))
    assert reverse("delivery_headless_preview", args=[news_with_draft.pk]) in response.content.decode()
    assert "Preview in a channel" in response.content.decode()


@pytest.mark.django_db
@override_settings(ALLIANCE_PREVIEW_CLIENT_URL="https://app.example/preview?token={token}")
def test_the_link_opens_the_channel_front_end_when_one_is_configured(admin_client, news_with_draft):
    page = admin_client.get(reverse("delivery_headless_preview", args=[news_with_draft.pk])).content.decode()
    assert re.search(r'href="https://app.example/preview\?token=[^"]+"', page)
