"""Webhooks through a receiver outage and a worker crash: retried with backoff, none lost, every
attempt in the admin, and a task cut short runs again with the same X-Alliance-Delivery id.

The receiver is down for DRILL_WEBHOOK_OUTAGE_SECONDS (default 12). The drill's backoff (1, 2, 4,
8, 16 s) is production's (30 s, 2 min, 10 min, 1 h) about a hundred times faster, so 12 s stand
for a receiver down some twenty minutes: four failed attempts with growing gaps, then the one that
succeeds at 15 s. Longer outages only add waiting (set the variable to try them).
"""

import os
import time

import pytest

from tests.processes import db_worker, wait_until
from tests.reliability.services import WebhookReceiver

pytestmark = pytest.mark.drills

OUTAGE_SECONDS = float(os.environ.get("DRILL_WEBHOOK_OUTAGE_SECONDS", "12"))


def _query(drill_site, sql: str, params: tuple = ()) -> list[tuple]:
    connection = drill_site.cluster.connect("alliance_drill")
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
    finally:
        connection.close()


@pytest.fixture
def receiver(drill_site):
    receiver = WebhookReceiver()
    _query(drill_site, "UPDATE delivery_channel SET webhook_url = %s", (receiver.url,))
    _query(drill_site, "TRUNCATE delivery_webhookdelivery CASCADE")
    yield receiver
    receiver.release.set()
    receiver.stop()


def _deliveries(drill_site) -> list[tuple]:
    return _query(
        drill_site,
        "SELECT id, delivery_id::text, status, attempts FROM delivery_webhookdelivery ORDER BY id",
    )


def test_deliveries_survive_a_receiver_outage_and_each_attempt_is_in_the_admin(drill_site, receiver):
    env = drill_site.env()
    pages = drill_site.seed["news_ids"][:2]
    with db_worker(drill_site.logs, env, name="worker-outage"):
        drill_site.run_child(env, "publish", *map(str, pages))
        time.sleep(OUTAGE_SECONDS)
        assert receiver.received == []
        receiver.start()
        delivered = wait_until(
            lambda: len(rows := _deliveries(drill_site)) == 2 and all(row[2] == "delivered" for row in rows),
            timeout=40,
            interval=0.5,
        )
        assert delivered, _deliveries(drill_site)

    deliveries = _deliveries(drill_site)
    admin_pages = drill_site.run_child(env, "inspect", *(str(row[0]) for row in deliveries))
    # None lost, none twice: each delivery arrived exactly once, under its own id.
    assert sorted(hook.delivery_id for hook in receiver.received) == sorted(row[1] for row in deliveries)
    for pk, _delivery_id, _status, attempts in deliveries:
        assert attempts >= 4, "the outage should have cost several attempts"
        times = [
            row[0].timestamp()
            for row in _query(
                drill_site,
                "SELECT attempted_at FROM delivery_webhookattempt WHERE delivery_id = %s ORDER BY number",
                (pk,),
            )
        ]
        assert len(times) == attempts
        gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
        assert gaps == sorted(gaps), f"backoff: each wait at least as long as the one before, {gaps}"

        page = admin_pages[str(pk)]
        assert page["status"] == 200
        for number in range(1, attempts):
            assert f"#{number}: failed (ConnectionError" in page["html"]
        assert f"#{attempts}: delivered (HTTP 200)" in page["html"]


def test_a_webhook_cut_short_by_a_killed_worker_is_sent_again_with_the_same_delivery_id(drill_site, receiver):
    env = drill_site.env(ALLIANCE_TASK_STALE_AFTER="3")
    receiver.stall.set()
    receiver.start()
    with db_worker(drill_site.logs, env, name="worker-killed") as doomed:
        drill_site.run_child(env, "publish", str(drill_site.seed["news_ids"][2]))
        assert wait_until(lambda: receiver.received, timeout=30), doomed.output()
        doomed.kill()  # SIGKILL mid-request: its task stays RUNNING in the queue
    receiver.stall.clear()
    receiver.release.set()
    [(pk, delivery_id, status, attempts)] = _deliveries(drill_site)
    assert (status, attempts) == ("pending", 1)

    with db_worker(drill_site.logs, env, name="worker-after-crash"):
        assert wait_until(lambda: _deliveries(drill_site)[0][2] == "delivered", timeout=30, interval=0.3)

    assert [hook.delivery_id for hook in receiver.received] == [delivery_id, delivery_id]
    page = drill_site.run_child(env, "inspect", str(pk))[str(pk)]
    assert "#1: no outcome recorded" in page["html"]
    assert "#2: delivered (HTTP 200)" in page["html"]
    running = _query(
        drill_site, "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'"
    )
    assert running == [(0,)]
