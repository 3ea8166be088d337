"""The demo accounts can do what the README says, and the translator no more."""

import pytest
from django.urls import reverse

from demo.loader import DemoLoader
from localization.translate import translate


@pytest.fixture
def accounts(tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate(tree["news_index"], locales["fr"], {"News": "Actualités"})
    loader = DemoLoader(locales=["en", "fr"])
    loader.load_accounts(tree["home"])
    return loader.report.passwords


@pytest.mark.django_db
def test_each_demo_account_gets_a_printed_password_that_works(client, accounts):
    assert set(accounts) == {"admin", "editor", "translator", "reviewer"}
    for username, password in accounts.items():
        assert client.login(username=username, password=password), username


@pytest.mark.django_db
def test_translator_opens_french_pages_but_not_the_english_source(client, accounts, tree, locales):
    client.login(username="translator", password=accounts["translator"])
    french_news = tree["news_index"].get_translation(locales["fr"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[french_news.pk]))
    assert response.status_code == 200
    assert "Actualités" in response.content.decode()

    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree["news_index"].pk]))
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[tree["news_index"].pk]), {"title": "Hacked"}
    )
    assert response.status_code in (302, 403)
    tree["news_index"].refresh_from_db()
    assert tree["news_index"].title == "News"


@pytest.mark.django_db
def test_editor_can_publish_english_pages(client, accounts, tree):
    client.login(username="editor", password=accounts["editor"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree["news"].pk]))
    assert response.status_code == 200
