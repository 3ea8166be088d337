"""`import_archive` in one call: parse, check everything, then write in bulk in one transaction."""

from collections.abc import Iterable

from django.db import connection, transaction

from archive.format import ArchiveError, read_records
from archive.resolve import resolve
from archive.writer import BulkWriter, ImportResult

__all__ = ["ArchiveError", "ImportResult", "import_archive"]

ANALYZE_AFTER = 1000  # pages


def import_archive(lines: Iterable[str], *, batch_size: int = 500, update_index: bool = True) -> ImportResult:
    """Import JSON Lines (see archive/format.py); raises ArchiveError and writes nothing on bad input."""
    records = read_records(lines)
    with transaction.atomic():
        plan = resolve(records)
        result = BulkWriter(plan, batch_size=batch_size, update_index=update_index).run()
        # Readers of the cached API must see the new pages once they are committed.
        from delivery.cache import start_new_generation

        transaction.on_commit(start_new_generation)
    if connection.vendor == "postgresql" and result.pages >= ANALYZE_AFTER and not connection.in_atomic_block:
        _analyze(records)
    return result


def _analyze(records) -> None:
    """Fresh planner statistics after a large import: with the old ones PostgreSQL may think a
    locale holds a few pages and choose plans that read all of them (e.g. for full-text search).
    VACUUM too, so counts can read indexes alone (autovacuum would, later)."""
    from modelsearch.backends.database.postgres.postgres import IndexEntry
    from wagtail.models import Page, Revision

    models = {Page, Revision, IndexEntry, *(record.model for record in records)}
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (ANALYZE) {tables}")
