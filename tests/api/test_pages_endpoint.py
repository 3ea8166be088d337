"""The stock pages endpoint serves each locale's live pages only."""

import pytest


@pytest.mark.django_db
def test_pages_endpoint_filters_by_locale(client, tree, locales, translate_now):
    translate_now(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate_now(tree["news_index"], locales["fr"], {"News": "Actualités"})
    response = client.get("/api/v2/pages/?locale=fr")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {"Alliance européenne", "Actualités"}


@pytest.mark.django_db
def test_pages_endpoint_hides_drafts_and_form_addresses(client, tree, locales, translate_now):
    translate_now(tree["home"], locales["fr"], {tree["home"].title: "Brouillon"}, publish=False)
    body = client.get("/api/v2/pages/?locale=fr").json()
    assert body["meta"]["total_count"] == 0
    form = client.get(f"/api/v2/pages/{tree['form'].pk}/").json()
    assert "to_address" not in form and "from_address" not in form


@pytest.mark.django_db
def test_glossary_term_detail_exposes_its_api_fields(client, tree):
    term = tree["term"]
    data = client.get(f"/api/v2/pages/{term.pk}/").json()
    assert data["term"] == "Roma and Travellers"
    assert data["usage_status"] == "preferred"
    assert data["meta"]["locale"] == "en"
