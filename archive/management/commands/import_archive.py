"""`manage.py import_archive archive.jsonl`: bulk-import an existing site's pages and translations."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from archive.importer import ArchiveError, import_archive


class Command(BaseCommand):
    help = (
        "Import pages and their translations from a JSON Lines archive (format: docs/archive-import.md). "
        "Everything is checked first; on any error nothing is written."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", help="Path to the .jsonl file, or - for standard input")
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Do not write search index entries (run `manage.py update_index` afterwards)",
        )

    def handle(self, *args, archive: str, no_index: bool, **options) -> None:
        started = time.perf_counter()
        try:
            if archive == "-":
                result = import_archive(sys.stdin, update_index=not no_index)
            else:
                with open(archive, encoding="utf-8") as lines:
                    result = import_archive(lines, update_index=not no_index)
        except OSError as error:
            raise CommandError(f"cannot read {archive}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{archive} is not UTF-8 text") from None
        except ArchiveError as error:
            raise CommandError(f"{archive}: {error}") from None
        elapsed = time.perf_counter() - started
        kinds = ", ".join(f"{count} {label}" for label, count in sorted(result.by_type.items()))
        self.stdout.write(
            f"Imported {result.pages} pages ({kinds}), {result.translations} of them translations, "
            f"in {elapsed:.1f} s ({result.pages / max(elapsed, 1e-9):.0f} pages/s)."
        )
