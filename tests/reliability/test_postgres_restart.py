"""PostgreSQL restarted under reader load: clean 503s while it is down, none 5 s after it is back.

The app server is gunicorn with the production settings on the drill's own cluster; the cluster
is stopped with a fast shutdown (what a restart or failover does to open sessions), left down
for a few seconds, and started again.
"""

import time

import pytest

from tests.processes import gunicorn_app_server
from tests.reliability.load import ReaderLoad

pytestmark = pytest.mark.drills

DOWN_SECONDS = 3
RECOVERY_SECONDS = 5  # the bound: no error later than this after the database is back


def _paths(seed: dict) -> list[str]:
    paths = []
    for page_id, url in zip(seed["news_ids"], seed["news_urls"], strict=True):
        paths += [f"/api/v2/news/{page_id}/", url, "/en/news/"]
    # Hundreds of offsets never asked for before: whatever the caches hold by then, some
    # readers need the database during the outage.
    for offset in range(1000):
        paths.append(f"/api/v2/news/?limit=1&offset={offset}")
        if offset % 50 == 0:
            paths += paths[: 3 * len(seed["news_ids"])]
    return paths


def test_readers_get_clean_503s_only_while_postgres_is_down(drill_site):
    env = drill_site.env(DB_CONN_MAX_AGE="600")  # persistent connections: the case that can break
    with (
        gunicorn_app_server(drill_site.logs, env, name="app-pg-restart", workers=2, threads=2) as app,
        ReaderLoad(app.url, _paths(drill_site.seed), threads=4) as load,
    ):
        time.sleep(2)
        went_down = time.monotonic()
        drill_site.cluster.stop()
        time.sleep(DOWN_SECONDS)
        drill_site.cluster.start()
        came_back = time.monotonic()
        time.sleep(RECOVERY_SECONDS + 3)
        assert app.is_running(), app.output()

    # Every answer that came before the outage is good, and every request sent 5 s or more after
    # the database is back; only those in between may fail.
    before = load.answered_before(went_down)
    outage = load.rest(went_down, came_back + RECOVERY_SECONDS)
    after = load.sent_after(came_back + RECOVERY_SECONDS)
    assert before and all(answer.status == 200 for answer in before), before[:3]
    assert len(after) >= 20
    assert [answer for answer in after if answer.status != 200] == []

    errors = [answer for answer in outage if answer.status != 200]
    assert errors, "the database outage should have been noticed by some reader"
    assert {answer.status for answer in errors} == {503}, {(a.status, a.url, a.body[:200]) for a in errors}
    for answer in errors:
        assert answer.retry_after == "5"
        assert "Traceback" not in answer.body and "psycopg2" not in answer.body
        if answer.url.startswith("/api/"):
            assert answer.content_type == "application/json"
            assert "briefly unavailable" in answer.body
        else:
            assert answer.content_type.startswith("text/html")
            assert "Back in a moment" in answer.body
