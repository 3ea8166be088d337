"""/api/v2/search/: the page's results as JSON, Wagtail v2 conventions, bad input answered 400."""

import pytest

from search.api import SearchAPIViewSet
from tests.search.conftest import GYPSY_NOTE


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["items"]]


@pytest.mark.django_db
def test_avoided_word_returns_its_term_first_with_the_usage_note(client, small_site):
    response = client.get("/api/v2/search/", {"q": "Gypsy", "locale": "en"})
    assert response.status_code == 200
    body = response.json()
    assert body["items"][0]["id"] == small_site["gypsy"].pk
    assert body["items"][0]["type"] == "glossary"
    [explanation] = body["meta"]["glossary"]
    assert explanation["usage_note"] == GYPSY_NOTE
    assert [term["title"] for term in explanation["use_instead"]] == ["Roma and Travellers"]


@pytest.mark.django_db
def test_avoided_word_also_finds_pages_using_the_preferred_term(client, small_site):
    found = ids(client.get("/api/v2/search/", {"q": "Gipsy", "locale": "en"}))
    assert small_site["umbrella"].pk in found
    assert small_site["term"].pk in found


@pytest.mark.django_db
def test_drafts_and_private_pages_are_never_returned(client, small_site):
    found = ids(client.get("/api/v2/search/", {"q": "Gypsy", "locale": "en", "limit": 100}))
    assert small_site["draft"].pk not in found
    assert small_site["private"].pk not in found


@pytest.mark.django_db
def test_member_name_without_accents_finds_the_member(client, small_site):
    response = client.get("/api/v2/search/", {"q": "Kosice", "locale": "en", "type": "members"})
    assert ids(response)[:1] == [small_site["kosice"].pk]
    assert {item["type"] for item in response.json()["items"]} == {"members"}


@pytest.mark.django_db
def test_results_page_with_limit_and_offset_and_keep_the_total(client, small_site):
    everything = client.get("/api/v2/search/", {"q": "Gypsy", "locale": "en"}).json()
    assert everything["meta"]["total_count"] >= 3
    second = client.get("/api/v2/search/", {"q": "Gypsy", "locale": "en", "limit": 1, "offset": 1}).json()
    assert second["meta"]["total_count"] == everything["meta"]["total_count"]
    assert [item["id"] for item in second["items"]] == [everything["items"][1]["id"]]


@pytest.mark.django_db
def test_results_come_from_the_requested_locale_only(client, small_site):
    response = client.get("/api/v2/search/", {"q": "Gypsy", "locale": "fr"})
    assert response.json()["meta"]["total_count"] == 0


@pytest.mark.django_db
def test_each_result_links_to_its_page_and_its_api_detail(client, small_site):
    item = client.get("/api/v2/search/", {"q": "Gypsy"}).json()["items"][0]
    assert item["meta"]["html_url"].endswith(small_site["gypsy"].url)
    assert item["meta"]["detail_url"].endswith(f"/api/v2/pages/{small_site['gypsy'].pk}/")
    assert item["meta"]["type"] == "glossary.GlossaryTermPage"
    assert "<mark>" in item["snippet"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"q": "x" * 1000}, "q"),
        ({"q": "Roma\x00"}, "q"),
        ({"q": ""}, "q"),
        ({}, "q"),
        ({"q": " ".join(["Roma"] * 500)}, "q"),
        ({"q": "Roma", "locale": "xx"}, "locale"),
        ({"q": "Roma", "locale": "\x00"}, "locale"),
        ({"q": "Roma", "type": "auth.User"}, "type"),
        ({"q": "Roma", "limit": "abc"}, "limit"),
        ({"q": "Roma", "limit": "-1"}, "limit"),
        ({"q": "Roma", "limit": "1000"}, "limit"),
        ({"q": "Roma", "offset": "-1"}, "offset"),
        ({"q": "Roma", "offset": "99999999999999999999999"}, "offset"),
        ({"q": "Roma", "search_operator": "xor"}, "search_operator"),
    ],
)
def test_bad_parameters_get_400_naming_the_parameter(client, small_site, params, named):
    response = client.get("/api/v2/search/", params)
    assert response.status_code == 400
    assert named in response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "& | ! : * ( ) ' \"",
        "Roma & !Travellers",
        "'); DROP TABLE wagtailcore_page; --",
        "Roma OR 1=1",
        "🙂 Roma 🎻",
        "Roma Ужгород Košice ελληνικά",
        "x" * 200,
        "Gyp*",
    ],
)
def test_awkward_queries_are_answered(client, small_site, query):
    response = client.get("/api/v2/search/", {"q": query, "locale": "en"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == len(response.json()["items"])


def test_query_parameters_are_declared_for_the_openapi_schema():
    declared = {parameter["name"] for parameter in SearchAPIViewSet.query_parameters}
    assert declared == SearchAPIViewSet.known_query_parameters - {"format", "_"}
    for parameter in SearchAPIViewSet.query_parameters:
        assert parameter["in"] == "query"
        assert parameter["description"] and parameter["schema"]["type"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "expected"), [("Kos", "kosice"), ("koš", "kosice"), ("gyp", "gypsy"), ("uzh", "uzhhorod")]
)
def test_autocomplete_suggests_terms_and_members_by_prefix(client, small_site, typed, expected):
    response = client.get("/api/v2/search/autocomplete/", {"q": typed, "locale": "en"})
    assert response.status_code == 200
    assert small_site[expected].pk in ids(response)


@pytest.mark.django_db
def test_autocomplete_is_cheap_enough_for_every_keystroke(client, small_site, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        response = client.get("/api/v2/search/autocomplete/", {"q": "Ko", "locale": "en"})
    assert response.status_code == 200
    assert "max-age" in response["Cache-Control"]


@pytest.mark.django_db
def test_autocomplete_rejects_unknown_parameters(client, small_site):
    response = client.get("/api/v2/search/autocomplete/", {"q": "Ko", "type": "news"})
    assert response.status_code == 400
    assert "type" in response.json()["message"]
