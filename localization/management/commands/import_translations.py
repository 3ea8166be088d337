"""manage.py import_translations fr.zip: PO files back into translation memory, as drafts."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from localization.po import POImportError, apply_archive, read_archive


class Command(BaseCommand):
    help = (
        "Import a zip of PO files made by export_translations. The whole archive is checked "
        "first and applied in one transaction; translations are saved as drafts, never published."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of the zip file to read")
        parser.add_argument("--locale", help="Refuse files for any other locale, e.g. fr")

    def handle(self, *args, archive: str, locale: str | None = None, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"{archive}: no such file")
        try:
            planned = read_archive(path.read_bytes(), locale_code=locale)
        except POImportError as error:
            raise CommandError(f"{path.name}: {error}; nothing was imported") from None
        applied = apply_archive(planned)
        changed = [item for item in applied if item.changed]
        for item in changed:
            self.stdout.write(f"{item.object_repr}: {item.changed} segments, {item.outcome}")
        self.stdout.write(
            f"Imported {sum(item.changed for item in changed)} segments into {len(changed)} of "
            f"{len(applied)} translations (the others unchanged); nothing was published."
        )
