"""`import_archive` in one call: parse, check everything, then write in bulk in one transaction."""

from collections.abc import Iterable

from django.db import transaction

from archive.format import ArchiveError, read_records
from archive.resolve import resolve
from archive.writer import BulkWriter, ImportResult

__all__ = ["ArchiveError", "ImportResult", "import_archive"]


def import_archive(lines: Iterable[str], *, batch_size: int = 500, update_index: bool = True) -> ImportResult:
    """Import JSON Lines (see archive/format.py); raises ArchiveError and writes nothing on bad input."""
    records = read_records(lines)
    with transaction.atomic():
        plan = resolve(records)
        result = BulkWriter(plan, batch_size=batch_size, update_index=update_index).run()
        # Readers of the cached API must see the new pages once they are committed.
        from delivery.cache import start_new_generation

        transaction.on_commit(start_new_generation)
    return result
