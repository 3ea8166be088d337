"""manage.py export_translations --locale fr --out fr.zip: every translation into a locale as PO files."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from localization.po import export_archive


class Command(BaseCommand):
    help = "Write every translation into a locale (pages and snippets) as a zip of PO files."

    def add_arguments(self, parser):
        parser.add_argument("--locale", required=True, help="Target language code, e.g. fr")
        parser.add_argument("--out", required=True, help="Path of the zip file to write")

    def handle(self, *args, locale: str, out: str, **options):
        try:
            target = Locale.objects.get(language_code=locale)
        except Locale.DoesNotExist:
            known = ", ".join(
                Locale.objects.order_by("language_code").values_list("language_code", flat=True)
            )
            raise CommandError(f"Unknown locale {locale!r} (known: {known})") from None
        if target == Locale.get_default():
            raise CommandError(f"{locale!r} is the source language: there is nothing to translate into it")
        path = Path(out)
        if not path.parent.is_dir():
            raise CommandError(f"Directory {str(path.parent)!r} does not exist")
        data, count = export_archive(target)
        path.write_bytes(data)
        self.stdout.write(f"Exported {count} translations into {locale!r} to {path}")
