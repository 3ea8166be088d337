from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running in production: health and readiness, metrics, request ids and JSON logs, a cache
    that outlives Redis. Knows no content type and no other app of ours."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "operations"
