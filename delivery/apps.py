from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """The API's shared machinery: base viewsets, caching, channels, webhooks, feeds, preview."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "delivery"
