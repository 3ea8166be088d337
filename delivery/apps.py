from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """The API's shared machinery: base viewsets, caching, channels, webhooks, feeds, preview."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "delivery"

    def ready(self) -> None:
        # The publish path's receiver and its consumers connect their signals on import.
        from delivery import cache, cdn, events, webhooks  # noqa: F401
