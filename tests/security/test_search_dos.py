"""Advisory class: denial of service through search (GHSA-jmp3-39vp-fwg8 / CVE-2024-39317, a
regular expression in Wagtail's query parsing): huge or operator-heavy queries get a quick 400
or an ordinary answer, never a 500, on the reader's search, the API and the admin's search."""

import pytest
from django.contrib.auth import get_user_model

QUERIES = [
    '"' * 20_000,
    'a"' * 10_000,
    "roma " * 2_000,
    ("(" * 5_000) + "roma" + (")" * 5_000),
    "a:" * 10_000,
    "x" * 50_000,
]


@pytest.mark.parametrize("path", ["/en/search/", "/api/v2/search/", "/api/v2/pages/", "/admin/pages/search/"])
def test_hostile_search_queries_never_crash(client, tree, path):
    if path.startswith("/admin/"):
        client.force_login(
            get_user_model().objects.create_superuser("s", "s@example.org", "a-long-passphrase")
        )
    parameter = "search" if path == "/api/v2/pages/" else "q"
    for query in QUERIES:
        response = client.get(path, {parameter: query})
        assert response.status_code in (200, 400), (path, query[:20], response.status_code)
        if path.startswith("/api/") and response.status_code == 400:
            assert parameter in response.json()["message"]
        if path.startswith("/admin/") and response.status_code == 400:
            assert "Search: q" in response.content.decode()


def test_an_ordinary_admin_search_still_works(client, tree):
    client.force_login(get_user_model().objects.create_superuser("s", "s@example.org", "a-long-passphrase"))
    response = client.get("/admin/pages/search/", {"q": tree["news"].title[:20]})
    assert response.status_code == 200
