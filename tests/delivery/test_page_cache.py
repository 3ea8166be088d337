"""Public HTML is served from the cache to readers without a session, and never stale."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.usefixtures("page_cache_on")


@pytest.fixture
def page_cache_on():
    with override_settings(ALLIANCE_PAGE_CACHE_TIMEOUT=60):
        yield


def test_a_news_page_is_served_from_the_cache_until_it_is_published_again(tree, client):
    news = tree["news"]
    first = client.get(news.url)
    second = client.get(news.url)

    assert first["X-Page-Cache"] == "MISS" and second["X-Page-Cache"] == "HIT"
    assert second.content == first.content and b"<html" in second.content
    news.title = "Miranda Rira, updated"
    news.save_revision().publish()
    fresh = client.get(news.url)
    assert "Miranda Rira, updated" in fresh.content.decode()
    assert fresh["X-Page-Cache"] == "MISS"


def test_a_reader_with_a_session_never_gets_or_fills_the_cache(tree, client, admin_user):
    client.force_login(admin_user)

    for _ in range(2):
        response = client.get(tree["news"].url)
        assert response.status_code == 200 and "X-Page-Cache" not in response


def test_pages_with_a_form_and_requests_with_a_query_are_not_cached(tree, client):
    for url in (tree["form"].url, tree["form"].url, tree["news"].url + "?utm_source=x"):
        response = client.get(url)
        assert response.status_code == 200 and "X-Page-Cache" not in response
