"""Background tasks wait in PostgreSQL; two `db_worker` processes share the queue and each
webhook still reaches its receiver once."""

import json
import uuid
from collections import Counter

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from delivery.models import Channel, WebhookDelivery
from delivery.webhooks import sign
from tests.multiprocess.content import add_draft_news
from tests.processes import wait_until

pytestmark = pytest.mark.multiprocess

PAGES = 8  # several deliveries queued at once, so both workers reach for them together


def test_each_webhook_is_delivered_exactly_once_with_two_workers_running(deployment, committed_db):
    assert all(worker.is_running() for worker in deployment.workers)
    tag = uuid.uuid4().hex[:8]
    secret = f"shared-with-partner-{tag}"
    channel = Channel(
        name=f"Partner app {tag}",
        webhook_url=f"{deployment.webhook_receiver.url}/hooks",
        webhook_secret=secret,
    )
    channel.issue_token()
    channel.save()
    try:
        drafts = [
            add_draft_news(deployment.content.news_index, f"Webhook news {tag} {n}", f"hook-{tag}-{n}")
            for n in range(PAGES)
        ]
        page_ids = {page.pk for page in drafts}

        published = deployment.admin(deployment.app_a).bulk_publish(*page_ids)
        assert published.status_code == 302, published.text[:500]

        deliveries = WebhookDelivery.objects.filter(channel=channel)
        # Done when every delivery is recorded as delivered and no task is left to run: a
        # duplicate would have arrived by then.
        settled = wait_until(
            lambda: (
                deliveries.filter(status=WebhookDelivery.Status.DELIVERED).count() == PAGES
                and not DBTaskResult.objects.filter(task_path="delivery.tasks.deliver_webhook")
                .exclude(status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED])
                .exists()
            ),
            timeout=30,
        )
        assert settled, (
            f"deliveries: {list(deliveries.values_list('status', flat=True))}; "
            f"workers:\n{deployment.workers[0].output()}\n{deployment.workers[1].output()}"
        )

        hooks = [
            hook
            for hook in deployment.webhook_receiver.requests
            if json.loads(hook.body).get("id") in page_ids and hook.path == "/hooks"
        ]
        per_delivery = Counter(hook.header("X-Alliance-Delivery") for hook in hooks)
        assert len(per_delivery) == PAGES
        assert set(per_delivery.values()) == {1}, per_delivery
        assert set(per_delivery) == {str(delivery.delivery_id) for delivery in deliveries}
        assert {json.loads(hook.body)["id"] for hook in hooks} == page_ids
        for hook in hooks:
            assert hook.header("X-Alliance-Event") == "page.published"
            assert hook.header("X-Alliance-Signature") == sign(hook.body, secret)
        assert all(delivery.attempts == 1 for delivery in deliveries)
    finally:
        channel.delete()
