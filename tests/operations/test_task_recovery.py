"""Background work that must not be lost: tasks of a dead worker run again, a failed e-mail is
queued again with backoff. (The fault drills in tests/reliability/ show both with real processes.)"""

import socket
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from delivery.tasks import deliver_webhook
from home.tasks import send_submission_email
from operations.stale_tasks import requeue_stale_tasks

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS, ALLIANCE_TASK_STALE_AFTER=60)
def test_a_task_left_running_past_the_threshold_is_queued_again_and_a_recent_one_is_not():
    stale = DBTaskResult.objects.get(pk=deliver_webhook.enqueue(1).id)
    stale.claim("worker-that-died")
    DBTaskResult.objects.filter(pk=stale.pk).update(started_at=timezone.now() - timedelta(seconds=120))
    busy = DBTaskResult.objects.get(pk=deliver_webhook.enqueue(2).id)
    busy.claim("worker-still-sending")

    assert requeue_stale_tasks() == 1

    stale.refresh_from_db()
    busy.refresh_from_db()
    assert (stale.status, stale.started_at) == (TaskResultStatus.READY, None)
    assert busy.status == TaskResultStatus.RUNNING
    assert DBTaskResult.objects.ready().filter(pk=stale.pk).exists()


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS, ALLIANCE_EMAIL_RETRY_DELAYS=[60, 300])
def test_an_email_that_fails_is_queued_again_after_the_next_delay_then_given_up(settings):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 2
    message = {"subject": "Join", "body": "Hello", "from_email": "a@example.org", "to": ["b@example.org"]}

    assert send_submission_email.call(message) == "retrying"
    retry = DBTaskResult.objects.get()
    assert retry.args_kwargs["args"] == [message, 2]
    assert timedelta(seconds=55) < retry.run_after - timezone.now() <= timedelta(seconds=60)

    assert send_submission_email.call(message, 3) == "failed"  # past the last delay: logged, kept in admin
    assert DBTaskResult.objects.count() == 1
