import pytest

LIVE_SERVER_TESTS = "test_live_api_answers_generated_requests"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list) -> None:
    """Run the live-server schema tests last.

    A transactional test flushes the database when it ends, migration data (locales, the
    tree root) included; a live-server test collected after this one would start empty.
    """
    live = [item for item in items if item.name.startswith(LIVE_SERVER_TESTS)]
    for item in live:
        items.remove(item)
    items.extend(live)
