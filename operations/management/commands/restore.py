"""`manage.py restore DIR`: load a backup into an empty database and put its media files back."""

from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError, CommandParser

from operations.backups import archive, database


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup --out DIR` into the configured (empty) database and media "
        "storage, after checking every checksum. --force replaces a database that is not empty."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", help="The backup folder")
        parser.add_argument(
            "--force", action="store_true", help="Drop everything in a non-empty target database first"
        )

    def handle(self, *args, folder: str, force: bool = False, **options) -> None:
        backup = archive.read_backup(Path(folder))
        database.ensure_database_exists()
        existing = database.table_names()
        if existing and not force:
            raise CommandError(
                f"The target database is not empty ({len(existing)} tables): restore into a fresh one, "
                "or pass --force to replace it."
            )
        conflicts = archive.media_conflicts(default_storage, backup)
        if conflicts and not force:
            raise CommandError(
                f"{len(conflicts)} media files already exist with other contents (first: {conflicts[0]}); "
                "pass --force to overwrite them."
            )
        if existing:
            database.empty_schema()
        database.restore(backup.database_file, backup.vendor)
        copied = archive.copy_media_in(default_storage, backup)
        self._forget_cached_responses()
        self.stdout.write(
            f"Restored the {backup.vendor} database and {len(backup.media)} media files "
            f"({copied} copied, the rest already there) from {backup.folder}."
        )

    @staticmethod
    def _forget_cached_responses() -> None:
        # API responses cached for the database that was here before must not be served.
        from delivery.cache import start_new_generation

        start_new_generation()
