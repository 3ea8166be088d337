"""Headers a CDN acts on: public answers are shareable and tagged; personal ones never are."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.mark.django_db
@override_settings(ALLIANCE_CDN_MAX_AGE=300)
def test_api_answers_are_shareable_for_the_cdn_and_tagged_with_what_they_contain(client, tree):
    for expected_cache in ("MISS", "HIT"):
        response = client.get("/api/v2/news/?locale=en")
        assert response["X-Cache"] == expected_cache
        assert {"public", "s-maxage=300", "must-revalidate", "max-age=0"} <= cache_control(response)
        assert set(response["Surrogate-Key"].split()) == {"api", "api-news", "locale-en"}
        assert response["Cache-Tag"] == "api,api-news,locale-en"

    detail = client.get(f"/api/v2/news/{tree['news'].pk}/")
    assert f"page-{tree['news'].pk}" in detail["Surrogate-Key"].split()


@pytest.mark.django_db
def test_api_errors_and_previews_are_never_stored(client, tree):
    for path in ("/api/v2/preview/", "/api/v2/news/?locale=xx", "/api/v2/news/999999/"):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert "no-store" in cache_control(response), path
        assert "Surrogate-Key" not in response, path


@pytest.mark.django_db
@override_settings(ALLIANCE_CDN_MAX_AGE=120)
def test_a_public_page_feeds_and_sitemap_are_shareable_and_tagged(client, tree):
    page = tree["standard"]
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert {"public", "s-maxage=120", "max-age=0"} <= cache_control(response)
    assert {f"page-{page.pk}", "pages", "locale-en", "type-home.standardpage"} <= set(
        response["Surrogate-Key"].split()
    )

    for path in ("/en/feeds/news/rss/", "/sitemap.xml"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "public" in cache_control(response), path
        assert "pages" in response["Surrogate-Key"].split(), path


@pytest.mark.django_db
def test_a_signed_in_editor_gets_private_pages(client, tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("cdn-editor", "e@example.org", "pw"))

    response = client.get("/en/about/")

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)
    assert "Surrogate-Key" not in response


@pytest.mark.django_db
def test_a_page_with_a_form_is_never_shared_its_csrf_token_is_the_readers(client, tree):
    response = client.get("/en/join-the-alliance/")

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)
    assert "public" not in cache_control(response)


@pytest.mark.django_db
def test_a_page_in_a_private_section_is_never_shared(client, tree):
    PageViewRestriction.objects.create(page=tree["standard"], restriction_type="password", password="s3cret")

    response = client.get("/en/about/")

    assert response.status_code == 200  # Wagtail's password form
    assert {"private", "no-store"} <= cache_control(response)
    assert "Surrogate-Key" not in response


@pytest.mark.django_db
def test_a_missing_page_is_not_tagged_public(client, tree):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "public" not in cache_control(response)
