"""`manage.py backup --out DIR`: the database dump, every media file and a manifest with checksums."""

from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError, CommandParser

from operations.backups import archive, database


class Command(BaseCommand):
    help = "Back up the database and the media files into a new folder (restore with `restore DIR`)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", required=True, help="A folder that does not exist yet (or is empty)")

    def handle(self, *args, out: str, **options) -> None:
        folder = Path(out)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise CommandError(f"{folder} already exists and is not an empty folder: choose a new one.")
        folder.mkdir(parents=True, exist_ok=True)
        dump_file = database.dump(folder)
        media = archive.copy_media_out(default_storage, folder)
        database_entry = archive.file_entry(dump_file, dump_file.name) | {"vendor": database.vendor()}
        archive.write_manifest(folder, database_entry, media)
        media_bytes = sum(entry["size"] for entry in media)
        self.stdout.write(
            f"Backed up the {database_entry['vendor']} database ({database_entry['size']:,} bytes) "
            f"and {len(media)} media files ({media_bytes:,} bytes) to {folder}."
        )
