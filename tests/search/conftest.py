"""A small searchable site: a caution term with a preferred term, two members, news, and
pages that must never be found (a draft, a page in a private section)."""

import pytest
from wagtail.models import PageViewRestriction

from glossary.models import GlossaryRelatedTerm
from tests import factories

GYPSY_NOTE = (
    'Many people regard "Gypsies" as a pejorative name; for the groups as a whole, the '
    'Council of Europe says "Roma and Travellers" instead.'
)


@pytest.fixture
def small_site(tree):
    index = tree["glossary_index"]
    gypsy = factories.GlossaryTermPageFactory(
        parent=index,
        slug="gypsy",
        term="Gypsy / Gypsies",
        variants="Gypsies\nGipsy",
        usage_status="avoid",
        short_definition='English exonym derived from "Egyptian".',
        usage_note=GYPSY_NOTE,
    )
    GlossaryRelatedTerm.objects.create(page=gypsy, term=tree["term"], relation="use_instead")
    gypsy.save_revision().publish()
    members = tree["members_index"]
    kosice = factories.MemberPageFactory(
        parent=members, slug="kosice", title="Košice", official_name="City of Košice", country="SK"
    )
    uzhhorod = factories.MemberPageFactory(
        parent=members, slug="uzhhorod", title="Uzhhorod", official_name="Uzhhorod City Council", country="UA"
    )
    news = factories.NewsPageFactory(
        parent=tree["news_index"],
        slug="umbrella",
        title="Mayors discuss the umbrella term",
        intro="Roma and Travellers covers the wide diversity of groups.",
    )
    draft = factories.NewsPageFactory(
        parent=tree["news_index"],
        slug="draft",
        title="Draft about Gypsy music",
        intro="Gypsy music festival.",
    )
    draft.unpublish()
    private = factories.StandardPageFactory(
        parent=tree["home"], slug="private", title="Private notes on Gypsy stereotypes", intro="Gypsy"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")  # noqa: S106
    return {
        **tree,
        "gypsy": gypsy,
        "kosice": kosice,
        "uzhhorod": uzhhorod,
        "umbrella": news,
        "draft": draft,
        "private": private,
    }
