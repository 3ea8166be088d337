"""Signed webhooks to channels: a `content_changed` consumer that knows no content type.

Each delivery is stored first (so the admin lists it), then sent by a background task after the
change is committed; see `delivery.tasks.deliver_webhook` for retries.
"""

import hashlib
import hmac
import json
import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from delivery import events
from delivery.events import ContentChange, content_changed
from delivery.models import Channel, WebhookAttempt, WebhookDelivery

logger = logging.getLogger(__name__)

ANNOUNCED_EVENTS = (events.PUBLISHED, events.UNPUBLISHED, events.DELETED, events.MOVED)
SIGNATURE_HEADER = "X-Alliance-Signature"
DELIVERY_HEADER = "X-Alliance-Delivery"
EVENT_HEADER = "X-Alliance-Event"
TIMEOUT_SECONDS = 10


def sign(body: bytes, secret: str) -> str:
    """The X-Alliance-Signature value: `sha256=` and the HMAC-SHA256 of the body, in hex."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def build_body(change: ContentChange, delivery_id: str) -> str:
    return json.dumps(
        {
            "event": change.event,
            "type": change.type,
            "id": change.id,
            "locale": change.locale,
            "api_url": change.api_url,
            "page_url": change.page_url,
            "time": change.time.isoformat(),
            "delivery_id": delivery_id,
        },
        ensure_ascii=False,
    )


@receiver(content_changed)
def _queue_webhooks(sender, change: ContentChange, **kwargs) -> None:
    if change.event not in ANNOUNCED_EVENTS or not change.is_public:
        return
    channels = (
        Channel.objects.filter(is_active=True).exclude(webhook_url="").prefetch_related("allowed_locales")
    )
    for channel in channels:
        if not channel.wants(change.locale):
            continue
        delivery = WebhookDelivery(
            channel=channel, event=change.event, page_id=change.id, locale=change.locale
        )
        delivery.body = build_body(change, str(delivery.delivery_id))
        delivery.save()
        transaction.on_commit(lambda pk=delivery.pk: _enqueue(pk))


def _enqueue(delivery_pk: int, delay: int = 0) -> None:
    from delivery.tasks import deliver_webhook

    task = deliver_webhook
    if delay and task.get_backend().supports_defer:
        task = task.using(run_after=timezone.now() + timedelta(seconds=delay))
    task.enqueue(delivery_pk)


def retry_delays() -> list[int]:
    """Seconds to wait before each retry: the backoff after a failed attempt."""
    return list(getattr(settings, "ALLIANCE_WEBHOOK_RETRY_DELAYS", [30, 120, 600, 3600]))


def attempt(delivery: WebhookDelivery) -> None:
    """POST one delivery, record its outcome, and schedule a retry while attempts remain."""
    if delivery.status in (WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.FAILED):
        return  # a duplicate task run: the receiver already has it, or we gave up
    channel = delivery.channel
    body = delivery.body.encode()
    delivery.attempts += 1
    delivery.last_attempt_at = timezone.now()
    delivery.response_status = None
    delivery.error = ""
    # Recorded before sending: an attempt cut short (a worker killed mid-request) stays visible.
    delivery.save(update_fields=["attempts", "last_attempt_at", "response_status", "error"])
    logged = WebhookAttempt.objects.create(
        delivery=delivery, number=delivery.attempts, attempted_at=delivery.last_attempt_at
    )
    try:
        response = requests.post(
            channel.webhook_url,
            data=body,
            headers={
                "Content-Type": "application/json",
                SIGNATURE_HEADER: sign(body, channel.webhook_secret),
                DELIVERY_HEADER: str(delivery.delivery_id),
                EVENT_HEADER: delivery.event,
                "User-Agent": "AllianceCMS-Webhooks/1",
            },
            timeout=TIMEOUT_SECONDS,
            allow_redirects=False,
        )
        delivery.response_status = response.status_code
        succeeded = 200 <= response.status_code < 300
        if not succeeded:
            delivery.error = f"HTTP {response.status_code}: {response.text[:500]}"
    except requests.RequestException as error:
        succeeded = False
        delivery.error = f"{type(error).__name__}: {error}"[:1000]

    delays = retry_delays()
    if succeeded:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.next_attempt_at = None
    elif delivery.attempts <= len(delays) and channel.is_active:
        delay = delays[delivery.attempts - 1]
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = timezone.now() + timedelta(seconds=delay)
    else:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
    delivery.save()
    logged.response_status, logged.error = delivery.response_status, delivery.error
    logged.finished = True
    logged.save(update_fields=["response_status", "error", "finished"])

    if delivery.status == WebhookDelivery.Status.RETRYING:
        logger.warning(
            "Webhook %s to %s failed (%s); retrying", delivery.delivery_id, channel, delivery.error
        )
        _enqueue(delivery.pk, delay=delays[delivery.attempts - 1])
