"""Background tasks of the publish path (django-tasks; a `db_worker` runs them)."""

from django_tasks import task

from delivery.models import WebhookDelivery


@task()
def deliver_webhook(delivery_pk: int) -> str:
    """Send one webhook delivery; on failure it schedules its own retry with backoff."""
    from delivery.webhooks import attempt

    delivery = WebhookDelivery.objects.select_related("channel").filter(pk=delivery_pk).first()
    if delivery is None:
        return "gone"  # its channel was deleted meanwhile
    attempt(delivery)
    return delivery.status


# Seconds one purge request may take: a CDN that hangs must not hold a worker (and the webhooks
# queued behind it) for ever; Wagtail's HTTP backend sets no timeout of its own.
PURGE_TIMEOUT_SECONDS = 10


@task()
def purge_cdn(urls: list[str]) -> int:
    """Purge `urls` from the CDN through wagtail.contrib.frontend_cache's configured backends."""
    import socket

    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

    previous_timeout = socket.getdefaulttimeout()
    socket.setdefaulttimeout(PURGE_TIMEOUT_SECONDS)
    try:
        purge_urls_from_cache_task.call(urls)
    finally:
        socket.setdefaulttimeout(previous_timeout)
    return len(urls)
