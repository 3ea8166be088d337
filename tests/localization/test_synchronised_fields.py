"""Facts follow the source; texts are translated (docs/content-model.md)."""

import pytest
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from glossary.models import GlossaryTermPage
from home.models import FormField
from members.models import MemberPage
from news.models import EventPage, NewsPage


def split(model) -> tuple[set, set]:
    fields = get_translatable_fields(model)
    synced = {f.field_name for f in fields if isinstance(f, SynchronizedField)}
    return {f.field_name for f in fields} - synced, synced


@pytest.mark.parametrize(
    ("model", "translated", "synchronised"),
    [
        (
            GlossaryTermPage,
            {"term", "short_definition", "variants", "usage_note"},
            {"usage_status", "category"},
        ),
        (MemberPage, {"official_name", "intro"}, {"country", "latitude", "longitude", "date_joined", "kind"}),
        (NewsPage, {"intro", "body"}, {"date", "feed_image", "topic_links", "member_links"}),
        (EventPage, {"city", "body"}, {"start", "end", "country", "programme", "organiser"}),
        (FormField, {"label", "help_text", "choices"}, {"clean_name", "field_type"}),
    ],
)
def test_facts_are_synchronised_and_texts_translated(model, translated, synchronised):
    model_translated, model_synced = split(model)
    assert translated <= model_translated
    assert synchronised <= model_synced
