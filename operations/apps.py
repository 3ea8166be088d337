from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Keeping the site running: backup and restore, answers during outages, stuck tasks re-run."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "operations"
