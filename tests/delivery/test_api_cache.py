"""Every API GET carries an ETag and Cache-Control, is cached server-side, and the cache is dropped
exactly when public content changes (publish, unpublish, move, delete, translation)."""

import os

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Site

from localization.translate import translate
from tests import factories

LISTING = "/api/v2/pages/?type=news.NewsPage&fields=title"
REDIS_URL = os.environ.get("ALLIANCE_TEST_REDIS_URL", "redis://127.0.0.1:6379/2")


def news_titles(client, url: str = LISTING) -> list[str]:
    return [item["title"] for item in client.get(url).json()["items"]]


def rename_without_signals(page, title: str) -> None:
    """Change the database behind the cache's back: only a cached response still shows the old title."""
    type(page).objects.filter(pk=page.pk).update(title=title)


@pytest.mark.django_db
def test_every_api_get_answers_with_an_etag_and_cache_control(client, tree):
    for url in (LISTING, f"/api/v2/pages/{tree['news'].pk}/", "/api/v2/images/", "/api/v2/documents/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["ETag"].startswith('"'), url
        assert "must-revalidate" in response["Cache-Control"], url
        assert "public" in response["Cache-Control"], url


@pytest.mark.django_db
@override_settings(ALLIANCE_CDN_MAX_AGE=300)
def test_a_cached_answer_carries_the_same_cache_headers_as_the_first(client, tree):
    url = f"/api/v2/news/{tree['news'].pk}/"
    miss, hit = client.get(url), client.get(url)
    assert (miss["X-Cache"], hit["X-Cache"]) == ("MISS", "HIT")
    for header in ("Cache-Control", "Vary", "Surrogate-Key", "Cache-Tag", "ETag"):
        assert hit[header] == miss[header], header
    assert "s-maxage=300" in hit["Cache-Control"]
    assert f"page-{tree['news'].pk}" in hit["Surrogate-Key"].split()


@pytest.mark.django_db
def test_if_none_match_with_the_current_etag_answers_304_without_a_body(client, tree):
    etag = client.get(LISTING)["ETag"]
    for _ in range(2):  # once after the miss, once from the cache
        response = client.get(LISTING, headers={"If-None-Match": etag})
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == etag


@pytest.mark.django_db
def test_a_stale_etag_gets_the_full_response(client, tree):
    response = client.get(LISTING, headers={"If-None-Match": '"not-the-current-one"'})
    assert response.status_code == 200
    assert response.json()["items"]


@pytest.mark.django_db
def test_a_repeated_get_is_served_from_the_cache_without_touching_the_database(
    client, tree, django_assert_num_queries
):
    first = client.get(LISTING)
    assert first["X-Cache"] == "MISS"
    rename_without_signals(tree["news"], "Renamed behind the cache's back")
    with django_assert_num_queries(0):
        second = client.get(LISTING)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


@pytest.mark.django_db
def test_query_parameter_order_does_not_split_the_cache(client, tree):
    client.get("/api/v2/pages/?type=news.NewsPage&fields=title")
    assert client.get("/api/v2/pages/?fields=title&type=news.NewsPage")["X-Cache"] == "HIT"


@pytest.mark.django_db
def test_publishing_a_page_shows_its_new_title_at_once(client, tree):
    news = tree["news"]
    old_etag = client.get(LISTING)["ETag"]
    news.title = "The Alliance meets in Lviv"
    news.save_revision().publish()
    response = client.get(LISTING, headers={"If-None-Match": old_etag})
    assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["The Alliance meets in Lviv"]


@pytest.mark.django_db
def test_saving_a_draft_keeps_the_cached_response(client, tree):
    news = tree["news"]
    published_title = news.title
    client.get(LISTING)
    news.title = "Draft title nobody may read"
    news.save_revision()
    response = client.get(LISTING)
    assert response["X-Cache"] == "HIT"
    assert news_titles(client) == [published_title]


@pytest.mark.django_db
def test_unpublishing_a_page_removes_it_from_the_cached_listing(client, tree):
    assert len(news_titles(client)) == 1
    tree["news"].unpublish()
    assert news_titles(client) == []


@pytest.mark.django_db
def test_deleting_a_page_removes_it_from_the_cached_listing(client, tree):
    detail = f"/api/v2/pages/{tree['news'].pk}/"
    assert client.get(detail).status_code == 200
    assert len(news_titles(client)) == 1
    tree["news"].delete()
    assert news_titles(client) == []
    assert client.get(detail).status_code == 404


@pytest.mark.django_db
def test_moving_a_page_updates_the_cached_children_listing(client, tree):
    news_index, home = tree["news_index"], tree["home"]
    children_of_home = f"/api/v2/pages/?child_of={home.pk}&fields=title"
    before = {item["id"] for item in client.get(children_of_home).json()["items"]}
    assert tree["news"].pk not in before
    tree["news"].move(home, pos="last-child")
    after = {item["id"] for item in client.get(children_of_home).json()["items"]}
    assert tree["news"].pk in after
    assert news_index.pk in after


@pytest.mark.django_db
def test_publishing_a_translation_shows_it_in_the_cached_locale_listing(client, tree, locales):
    french_listing = "/api/v2/pages/?locale=fr&fields=title"
    assert client.get(french_listing).json()["items"] == []
    translate(tree["home"], locales["fr"], {tree["home"].title: "Alliance européenne des villes et régions"})
    assert [item["title"] for item in client.get(french_listing).json()["items"]] == [
        "Alliance européenne des villes et régions"
    ]


@pytest.mark.django_db
def test_changing_a_snippet_shown_in_pages_drops_the_cache(client, tree, locales):
    topic = factories.TopicFactory(locale=locales["en"])
    client.get(LISTING)
    topic.name = "Housing"
    topic.save()
    assert client.get(LISTING)["X-Cache"] == "MISS"


@pytest.mark.django_db
def test_a_new_site_hostname_is_in_the_page_urls_at_once(client, tree):
    # Page URLs carry the site's hostname: an answer cached (and site root paths kept by the
    # process) before the change would send readers to the old host.
    url = f"/api/v2/news/{tree['news'].pk}/"
    assert client.get(url).json()["meta"]["html_url"].startswith("http://localhost/")
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.roma-alliance.example", 443
    site.save()
    answer = client.get(url)
    assert answer["X-Cache"] == "MISS"
    assert answer.json()["meta"]["html_url"].startswith("https://www.roma-alliance.example/")


@pytest.mark.django_db
def test_errors_are_never_cached(client, tree):
    response = client.get("/api/v2/pages/?limit=abc")
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    assert "X-Cache" not in response


@pytest.mark.django_db
def test_an_api_404_stays_a_404_instead_of_redirecting_to_a_language(client, tree):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_pages_outside_the_api_are_left_alone(client, tree):
    response = client.get("/en/")
    assert "X-Cache" not in response
    # No API ETag or API tags; pages get their own CDN headers (tests/delivery/test_cache_headers.py).
    assert "ETag" not in response
    assert "api" not in response.get("Surrogate-Key", "").split()


@pytest.fixture
def redis_cache():
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.skip(f"No Redis at {REDIS_URL}")
    redis_caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "alliance-test",
        }
    }
    with override_settings(CACHES=redis_caches):
        cache.clear()
        yield connection
        cache.clear()


@pytest.mark.django_db
def test_on_redis_a_hit_is_served_and_a_publish_invalidates_it(client, tree, redis_cache):
    news = tree["news"]
    first = client.get(LISTING)
    assert first["X-Cache"] == "MISS"
    assert any(b"alliance-test" in key for key in redis_cache.keys("*"))
    rename_without_signals(news, "Renamed behind the cache's back")
    assert client.get(LISTING)["X-Cache"] == "HIT"
    assert news_titles(client) == [news.title]

    news.title = "Mayors of Ukraine meet in Lviv"
    news.save_revision().publish()
    assert news_titles(client) == ["Mayors of Ukraine meet in Lviv"]
