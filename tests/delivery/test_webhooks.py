"""Publishing, unpublishing and deleting content sends each subscribed channel a signed webhook,
from a background task, retried with backoff; a real receiver on 127.0.0.1 checks each one."""

import json
import re
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from delivery.models import Channel, WebhookDelivery
from tests import factories

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def readme_verification_snippet():
    """The receiver's check exactly as the README's "## Webhooks" section prints it."""
    section = (settings.BASE_DIR / "README.md").read_text().split("\n## Webhooks\n", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 (our own README)
    return namespace["is_from_alliance"]


signature_is_valid = readme_verification_snippet()


@pytest.fixture
def channel(receiver, tree) -> Channel:
    """A subscribed channel, created after the test tree so its set-up is not announced."""
    channel = Channel(
        name="Partner site", webhook_url=receiver.url, webhook_secret="s3cret-shared-with-partner"
    )
    channel.issue_token()
    channel.save()
    return channel


def received_events(receiver) -> list[dict]:
    return [json.loads(hook.body) for hook in receiver.received]


@pytest.mark.django_db
def test_publishing_sends_a_signed_webhook_with_the_pages_urls(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    news = tree["news"]
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()

    [hook] = receiver.received
    assert signature_is_valid(hook.body, hook.headers["X-Alliance-Signature"], "s3cret-shared-with-partner")
    assert not signature_is_valid(hook.body, hook.headers["X-Alliance-Signature"], "another secret")
    assert hook.headers["Content-Type"] == "application/json"
    body = json.loads(hook.body)
    assert body["event"] == "page.published"
    assert body["type"] == "news.newspage"
    assert body["id"] == news.pk
    assert body["locale"] == "en"
    assert body["api_url"] == f"http://127.0.0.1:8000/api/v2/pages/{news.pk}/"
    assert body["page_url"] == "http://localhost/en/news/miranda-rira/"
    assert body["time"].startswith(str(timezone.now().year))
    assert hook.headers["X-Alliance-Delivery"] == body["delivery_id"]

    delivery = WebhookDelivery.objects.get()
    assert str(delivery.delivery_id) == body["delivery_id"]
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 1, 200)


@pytest.mark.django_db
def test_unpublishing_and_deleting_are_announced_too(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    news_pk, event_pk = tree["news"].pk, tree["event"].pk
    with django_capture_on_commit_callbacks(execute=True):
        tree["news"].unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        tree["event"].delete()
    events = [(event["event"], event["id"]) for event in received_events(receiver)]
    # Wagtail unpublishes a live page it deletes: both are announced, in that order.
    assert events == [
        ("page.unpublished", news_pk),
        ("page.unpublished", event_pk),
        ("page.deleted", event_pk),
    ]
    assert all(
        signature_is_valid(hook.body, hook.headers["X-Alliance-Signature"], channel.webhook_secret)
        for hook in receiver.received
    )


@pytest.mark.django_db
def test_nothing_is_sent_before_the_publish_is_committed(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        tree["news"].save_revision().publish()
    assert callbacks, "the webhook waits for the commit"
    assert receiver.received == []


@pytest.mark.django_db
def test_a_channel_hears_only_about_its_allowed_locales(
    receiver, channel, tree, locales, django_capture_on_commit_callbacks
):
    channel.allowed_locales.set([locales["fr"]])
    with django_capture_on_commit_callbacks(execute=True):
        tree["news"].save_revision().publish()
    assert receiver.received == []


@pytest.mark.django_db
def test_inactive_channels_and_channels_without_a_url_get_nothing(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    channel.is_active = False
    channel.save()
    Channel.objects.create(name="Read-only app", token_hash="x" * 64)
    with django_capture_on_commit_callbacks(execute=True):
        tree["news"].save_revision().publish()
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db
def test_pages_in_a_private_section_are_never_announced(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    PageViewRestriction.objects.create(page=tree["standard"], restriction_type=PageViewRestriction.LOGIN)
    private = factories.StandardPageFactory(
        parent=tree["standard"], slug="members-only", title="Members only"
    )
    with django_capture_on_commit_callbacks(execute=True):
        private.save_revision().publish()
        tree["standard"].save_revision().publish()
    assert receiver.received == []


@pytest.mark.django_db
def test_deleting_a_draft_that_was_never_public_is_not_announced(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    draft = factories.NewsPageFactory(parent=tree["news_index"], slug="draft", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()
    assert receiver.received == []


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS, ALLIANCE_WEBHOOK_RETRY_DELAYS=[30, 120])
def test_a_failed_delivery_is_retried_later_by_the_worker_with_the_same_delivery_id(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    receiver.statuses = [503]
    with django_capture_on_commit_callbacks(execute=True):
        tree["news"].save_revision().publish()
    assert receiver.received == [], "the editor's request sends nothing itself"

    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("retrying", 1, 503)
    assert "try again later" in delivery.error
    wait = (delivery.next_attempt_at - delivery.last_attempt_at).total_seconds()
    assert 29 <= wait <= 31

    run_worker()  # the retry is not due yet
    assert len(receiver.received) == 1

    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())  # time passes
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 2, 200)
    first, second = receiver.received
    assert first.headers["X-Alliance-Delivery"] == second.headers["X-Alliance-Delivery"]
    assert first.body == second.body


@pytest.mark.django_db
@override_settings(ALLIANCE_WEBHOOK_RETRY_DELAYS=[30, 120])
def test_a_delivery_that_keeps_failing_is_marked_failed_after_the_last_retry(
    receiver, channel, tree, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 500, 500, 500]
    with django_capture_on_commit_callbacks(execute=True):
        tree["news"].save_revision().publish()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("failed", 3, 500)
    assert len(receiver.received) == 3


@pytest.mark.django_db
def test_an_unreachable_receiver_is_recorded_not_raised(channel, tree, django_capture_on_commit_callbacks):
    channel.webhook_url = "http://127.0.0.1:9/nothing-listens-here"
    channel.save()
    with (
        override_settings(ALLIANCE_WEBHOOK_RETRY_DELAYS=[]),
        django_capture_on_commit_callbacks(execute=True),
    ):
        tree["news"].save_revision().publish()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed"
    assert "ConnectionError" in delivery.error


def run_worker() -> None:
    """The real db_worker, in this test's transaction.

    The worker drops connections between tasks (close_old_connections), which inside a test's
    transaction would close it under the test on PostgreSQL; the tasks themselves run unchanged.
    """
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
