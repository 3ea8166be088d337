from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    """Bulk import of an existing site's archive (pages, translations, tags, topics)."""

    name = "archive"
    verbose_name = "Archive import"
