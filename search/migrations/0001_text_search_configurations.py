"""PostgreSQL only: unaccent and pg_trgm, f_unaccent(), one text search configuration per language.

Frozen copy of search/configuration.py at the time of writing (migrations must not
change when that module does). SQLite and other databases skip every step.
"""

from django.db import migrations

STEMMED = {
    "alliance_en": "english",
    "alliance_fr": "french",
    "alliance_de": "german",
    "alliance_it": "italian",
    "alliance_es": "spanish",
    "alliance_ro": "romanian",
    "alliance_hu": "hungarian",
}
SIMPLE = "alliance_simple"

# The same immutable wrapper modelsearch's `enable_unaccent` command creates: unaccent()
# itself is only STABLE, which expression indexes and trigram lookups cannot use.
F_UNACCENT = """
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$func$ SELECT public.unaccent('public.unaccent', $1) $func$;
"""


def create_configuration(cursor, name: str, copy_of: str, dictionary: str) -> None:
    cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
    if not cursor.fetchone():
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {copy_of})")
    # `word` and `hword*` are the token types holding non-ASCII letters; plain ASCII
    # words need no folding and keep the copied mapping.
    cursor.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {name} "
        f"ALTER MAPPING FOR word, hword, hword_part WITH unaccent, {dictionary}"
    )


def forwards(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cursor.execute(F_UNACCENT)
        for name, postgres_config in STEMMED.items():
            create_configuration(cursor, name, postgres_config, f"{postgres_config}_stem")
        create_configuration(cursor, SIMPLE, "simple", "simple")


def backwards(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in [*STEMMED, SIMPLE]:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies: list = []
    operations = [migrations.RunPython(forwards, backwards)]
