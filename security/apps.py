from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Hardening that cuts across the apps: login lockout, two-factor, headers, clean rich text."""

    name = "security"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Every row or revision holding rich text is cleaned before it is written.
        from security import richtext  # noqa: F401
