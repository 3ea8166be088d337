"""Listing pages render in a fixed number of queries, however many items they list."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

# Measured with the reader site of tests/site/conftest.py, plus a little headroom; the
# same budget holds with a dozen more items, so no query runs once per item.
BUDGETS = {"home": 28, "news_index": 36, "members_index": 31, "glossary_index": 28}


def add_items(reader_site, count: int) -> None:
    for number in range(count):
        factories.NewsPageFactory(
            parent=reader_site["news_index"]["en"],
            slug=f"extra-news-{number}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
        )
        factories.MemberPageFactory(
            parent=reader_site["members_index"]["en"],
            slug=f"extra-member-{number}",
            title=f"Member {number}",
            country="IT",
        )
        factories.GlossaryTermPageFactory(
            parent=reader_site["glossary_index"]["en"], slug=f"extra-term-{number}", term=f"Term {number}"
        )


@pytest.mark.parametrize("key", sorted(BUDGETS))
@pytest.mark.parametrize("extra", [0, 12])
def test_listing_renders_within_its_query_budget(
    client, reader_site, django_assert_max_num_queries, key, extra
):
    add_items(reader_site, extra)
    url = reader_site[key]["en"].url
    client.get(url)  # warm Wagtail's site-root cache, as on a running site
    with django_assert_max_num_queries(BUDGETS[key]):
        response = client.get(url)
    assert response.status_code == 200
    shown = {"news_index": "15 items", "members_index": "15 members shown", "glossary_index": "Term 11"}
    if extra and key in shown:
        assert shown[key] in response.content.decode()
