"""The API answers compact UTF-8 JSON; a client can ask for indentation."""

import pytest


@pytest.mark.django_db
def test_answers_are_compact_json_unless_indentation_is_asked_for(client, tree):
    news = tree["news"]
    news.title = "Réunion à Lviv"
    news.save_revision().publish()
    compact = client.get("/api/v2/news/")
    assert compact["Content-Type"] == "application/json"
    assert b"\n" not in compact.content
    assert "Réunion à Lviv".encode() in compact.content  # UTF-8, not \\u escapes

    indented = client.get("/api/v2/news/", HTTP_ACCEPT="application/json; indent=4")
    assert indented.json() == compact.json()
    assert b'\n    "meta": {' in indented.content
