"""What the issue promises on the demo content: French news with their translations, a complete
German glossary with English fallback, a schema that validates."""

from io import StringIO

import pytest
from django.core.management import call_command
from openapi_spec_validator import validate


@pytest.fixture
def demo(db):
    call_command("load_demo_content", locales="en,fr,de", stdout=StringIO())


def get(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_demo_api_serves_french_news_german_glossary_with_fallback_and_a_valid_schema(client, demo):
    french = get(client, "/api/v2/news/?locale=fr&limit=100")
    assert french["meta"]["total_count"] > 0
    for item in french["items"]:
        assert item["meta"]["locale"] == "fr"
        english = next(link for link in item["meta"]["translations"] if link["locale"] == "en")
        assert get(client, english["detail_url"].split("8000", 1)[-1])["id"] == english["id"]

    english_terms = get(client, "/api/v2/glossary/?locale=en&limit=100")
    german = get(client, "/api/v2/glossary/?locale=de&fallback=en&limit=100")
    assert german["meta"]["total_count"] == english_terms["meta"]["total_count"]
    covered = {item["id"] for item in german["items"] if item["meta"]["is_fallback"]} | {
        link["id"]
        for item in german["items"]
        for link in item["meta"]["translations"]
        if link["locale"] == "en"
    }
    assert covered == {item["id"] for item in english_terms["items"]}
    assert any(item["meta"]["locale"] == "de" for item in german["items"])

    validate(get(client, "/api/v2/schema/"))
