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
