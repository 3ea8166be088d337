"""The API contract, pinned as golden JSON in tests/api/expected/.

Ids, dates and host names are normalised. Update a golden file only for a deliberate,
documented change of the API (say so in the commit and in the README's "Headless API"),
never to make a failing test pass: channels are built against this shape.
"""

import datetime
import json
import re
from pathlib import Path

import pytest
from django.utils import timezone

from tests import factories

EXPECTED = Path(__file__).parent / "expected"


def normalised(data: object, ids: dict[int, str]) -> object:
    text = json.dumps(data, ensure_ascii=False)
    text = re.sub(r"https?://[^/\"]+", "http://host", text)
    text = re.sub(r"\d{4}-\d{2}-\d{2}T[0-9:.+\-Z]+", "<datetime>", text)
    for pk, name in ids.items():
        text = re.sub(rf"\"id\": {pk}(?=[,}}])", f'"id": "{name}"', text)
        text = re.sub(rf"/{pk}/", f"/{name}/", text)
    return json.loads(text)


@pytest.mark.django_db
def test_glossary_term_detail_keeps_its_documented_shape(client, tree):
    term = tree["term"]
    gypsies = factories.GlossaryTermPageFactory(
        parent=tree["glossary_index"],
        term="Gypsies",
        slug="gypsies",
        usage_status="avoid",
        category="groups",
        variants="Gipsies\nGypsy",
        usage_note="Considered pejorative by many Roma.",
        full_definition=f'<p>See <a linktype="page" id="{term.pk}">Roma and Travellers</a>.</p>',
    )
    gypsies.related_links.create(term=term, relation="use_instead")
    gypsies.save_revision().publish()
    data = client.get(f"/api/v2/glossary/{gypsies.pk}/").json()
    ids = {gypsies.pk: "<term>", term.pk: "<preferred>", tree["glossary_index"].pk: "<index>"}
    expected = json.loads((EXPECTED / "glossary_term_detail.json").read_text())
    assert normalised(data, ids) == expected


@pytest.mark.django_db
def test_event_listing_item_keeps_its_documented_shape(client, tree):
    tree["event"].delete()
    event = factories.EventPageFactory(
        parent=tree["news_index"],
        slug="bucharest-seminar",
        title="Seminar in Bucharest",
        start=timezone.make_aware(datetime.datetime(2030, 5, 4, 9, 0)),
        country="RO",
        city="Bucharest",
        programme="romact",
    )
    data = client.get("/api/v2/events/").json()
    expected = json.loads((EXPECTED / "event_listing.json").read_text())
    assert normalised(data, {event.pk: "<event>"}) == expected
