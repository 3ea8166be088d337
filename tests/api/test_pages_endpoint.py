"""The stock pages endpoint serves each locale's live pages only."""

import pytest

from localization.translate import translate
from tests.factories import PAGE_KEYS


@pytest.mark.django_db
def test_pages_endpoint_filters_by_locale(client, tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne"})
    translate(tree["news_index"], locales["fr"], {"News": "Actualités"})
    response = client.get("/api/v2/pages/?locale=fr")
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {"Alliance européenne", "Actualités"}


@pytest.mark.django_db
def test_pages_endpoint_hides_drafts_and_form_addresses(client, tree, locales):
    translate(tree["home"], locales["fr"], {tree["home"].title: "Brouillon"}, publish=False)
    body = client.get("/api/v2/pages/?locale=fr").json()
    assert body["meta"]["total_count"] == 0
    form = client.get(f"/api/v2/pages/{tree['form'].pk}/").json()
    assert "to_address" not in form and "from_address" not in form


@pytest.mark.django_db
def test_glossary_term_detail_exposes_its_api_fields(client, tree):
    term = tree["term"]
    data = client.get(f"/api/v2/pages/{term.pk}/").json()
    assert data["term"] == "Roma and Travellers"
    # Choices come as their stable value and their label in the page's language.
    assert data["usage_status"] == {"value": "preferred", "label": "Preferred"}
    assert data["meta"]["locale"] == "en"


@pytest.mark.django_db
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_type_has_a_working_api_detail(client, tree, key):
    page = tree[key]
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == page.title
    for field in page.api_fields:
        assert field.name in data, field.name


@pytest.mark.django_db
def test_news_detail_lists_topics_and_tags(client, tree, locales):
    from tests.factories import TopicFactory

    news = tree["news"]
    news.topic_links.create(topic=TopicFactory(locale=locales["en"]))
    news.tags.add("remembrance")
    news.save_revision().publish()
    data = client.get(f"/api/v2/pages/{news.pk}/").json()
    assert data["topics"] == [{"slug": "education", "name": "Education"}]
    assert data["tags"] == ["remembrance"]
