"""The API's lookups by ids and keys run as statements PostgreSQL prepared once per connection
(delivery/api/statements.py `plan_once`, operations/postgresql): answers stay right after a
publish, a new connection, a statement that cannot be prepared, or many kinds of listings."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from operations.postgresql import base as backend
from tests import factories

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's backend: set DATABASE_URL"),
]


@pytest.fixture(autouse=True)
def uncached_api(settings):
    """Each request runs its queries: the response cache would answer the second GET itself."""
    settings.CACHES = {
        **settings.CACHES,
        "api-off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    settings.ALLIANCE_API_CACHE = "api-off"


def members(client, url: str = "/api/v2/members/?locale=en&country=FR") -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def executed(queries: CaptureQueriesContext) -> list[str]:
    return [query["sql"] for query in queries.captured_queries if query["sql"].startswith("EXECUTE ")]


def server_side_statements() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_prepared_statements WHERE name LIKE 'alliance_%%'")
        return {row[0] for row in cursor.fetchall()}


def test_a_listing_runs_its_lookups_as_prepared_statements_and_shows_a_new_member(client, tree):
    assert [item["title"] for item in members(client)] == ["Strasbourg"]
    with CaptureQueriesContext(connection) as queries:
        first = members(client)
    # The ids, the slice by id and the translations' links at least.
    assert len(executed(queries)) >= 3
    assert set(connection.prepared) <= server_side_statements()

    factories.MemberPageFactory(parent=tree["members_index"], title="Lyon", official_name="Lyon", slug="lyon")
    # Ordered by official name: "City of Strasbourg", then "Lyon".
    with CaptureQueriesContext(connection) as queries:
        second = members(client)
    assert [item["title"] for item in second] == ["Strasbourg", "Lyon"]
    assert len(executed(queries)) >= 3
    assert second[0] == first[0]


@pytest.mark.django_db(transaction=True)
def test_a_new_connection_prepares_its_statements_again(client, tree):
    expected = members(client)
    connection.close()  # the next request opens a new session: none prepared there

    assert members(client) == expected
    assert connection.prepared
    assert set(connection.prepared) <= server_side_statements()


def test_a_statement_postgresql_refuses_to_prepare_runs_unprepared_and_the_transaction_goes_on(tree):
    assert (
        connection.prepared_statement("alliance_test_refused", "SELECT no_such_column FROM wagtailcore_page")
        is None
    )
    # The caller's transaction (this test's) is still usable, and the refusal is remembered.
    assert connection.prepared["alliance_test_refused"] is None
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailcore_page")
        assert cursor.fetchone()[0] > 0


def test_prepared_statements_can_be_turned_off_for_a_transaction_pooler(client, tree):
    expected = members(client)
    connection.settings_dict["PREPARED_STATEMENTS"] = False
    try:
        with CaptureQueriesContext(connection) as queries:
            assert members(client) == expected
        assert executed(queries) == []
    finally:
        connection.settings_dict["PREPARED_STATEMENTS"] = True


def test_a_connection_keeps_a_bounded_number_of_prepared_statements(client, tree, monkeypatch):
    monkeypatch.setattr(backend, "MAX_PREPARED", 4)
    factories.MemberPageFactory(parent=tree["members_index"], title="Cluj", slug="cluj", country="RO")
    # Each country's listing is a statement of its own.
    for country, title in [("FR", "Strasbourg"), ("RO", "Cluj"), ("FR", "Strasbourg"), ("RO", "Cluj")]:
        assert [
            item["title"] for item in members(client, f"/api/v2/members/?locale=en&country={country}")
        ] == [title]
        assert len(server_side_statements()) <= 4 + 3  # the cap, plus one request's new ones
    assert len(connection.prepared) <= 4 + 3
