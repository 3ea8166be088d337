"""The mail server is down when a reader sends a form: the submission is stored, the reader
thanked, and the Task Force's e-mail retried until the server is back (then sent once)."""

import time

import pytest

from tests.processes import db_worker, gunicorn_app_server, wait_until
from tests.reliability.child import JOIN
from tests.reliability.forms import post_form
from tests.reliability.services import SmtpServer

pytestmark = pytest.mark.drills

MAIL_OUTAGE_SECONDS = 5  # two failed attempts with the drill's 1, 2 s backoff


def _count(drill_site, sql: str) -> int:
    connection = drill_site.cluster.connect("alliance_drill")
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchone()[0]
    finally:
        connection.close()


def test_a_form_sent_while_the_mail_server_is_down_is_stored_and_mailed_later(drill_site):
    smtp = SmtpServer()  # not started yet: the port refuses connections
    env = drill_site.env(EMAIL_PORT=str(smtp.port))
    stored_before = _count(drill_site, "SELECT count(*) FROM wagtailforms_formsubmission")
    with (
        gunicorn_app_server(drill_site.logs, env, name="app-mail") as app,
        db_worker(drill_site.logs, env, name="worker-mail"),
    ):
        contact = f"Mail drill {time.time_ns()}"
        response = post_form(app.url, drill_site.seed["form_url"], {**JOIN, "contact_person": contact})
        assert response.status_code == 200
        assert "Thank you for your application." in response.text
        assert _count(drill_site, "SELECT count(*) FROM wagtailforms_formsubmission") == stored_before + 1

        time.sleep(MAIL_OUTAGE_SECONDS)
        assert smtp.messages == []
        attempts = _count(
            drill_site,
            "SELECT count(*) FROM django_tasks_database_dbtaskresult"
            " WHERE task_path = 'home.tasks.send_submission_email'",
        )
        assert attempts >= 2, "the e-mail should have been tried again while the server was down"

        smtp.start()
        try:
            assert wait_until(lambda: smtp.messages, timeout=30, interval=0.2)
            time.sleep(1)  # a duplicate would come now
        finally:
            smtp.stop()

    [message] = smtp.messages
    assert message.recipients == ["taskforce@example.org"]
    assert contact.encode() in message.content
