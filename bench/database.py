"""The benchmark databases on the machine's PostgreSQL: created, fingerprinted, reused.

A database is reused when its fingerprint (seed, sizes, data version) matches; otherwise it
is dropped and built again. The fingerprint is written last, so an interrupted build is redone.
"""

from urllib.parse import urlparse, urlunparse

import psycopg2
from psycopg2 import sql

FINGERPRINT_TABLE = "bench_fingerprint"


def with_database(url: str, name: str) -> str:
    parts = urlparse(url)
    return urlunparse(parts._replace(path=f"/{name}"))


def _admin_connection(url: str):
    connection = psycopg2.connect(with_database(url, "postgres"))
    connection.autocommit = True
    return connection


def stored_fingerprint(url: str) -> str | None:
    try:
        connection = psycopg2.connect(url)
    except psycopg2.OperationalError:
        return None  # no such database yet
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s)", [FINGERPRINT_TABLE])
            if cursor.fetchone()[0] is None:
                return None
            cursor.execute(sql.SQL("SELECT value FROM {}").format(sql.Identifier(FINGERPRINT_TABLE)))
            row = cursor.fetchone()
            return row[0] if row else None
    finally:
        connection.close()


def recreate(url: str) -> None:
    name = urlparse(url).path.lstrip("/")
    connection = _admin_connection(url)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        connection.close()


def store_fingerprint(url: str, fingerprint: str) -> None:
    connection = psycopg2.connect(url)
    try:
        with connection, connection.cursor() as cursor:
            table = sql.Identifier(FINGERPRINT_TABLE)
            cursor.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (value text)").format(table))
            cursor.execute(sql.SQL("DELETE FROM {}").format(table))
            cursor.execute(sql.SQL("INSERT INTO {} VALUES (%s)").format(table), [fingerprint])
    finally:
        connection.close()


def clone(source_url: str, target_url: str) -> None:
    """A copy of a (migrated, empty) database: much faster than migrating another one."""
    source, target = (urlparse(url).path.lstrip("/") for url in (source_url, target_url))
    connection = _admin_connection(target_url)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(target)))
            cursor.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(target), sql.Identifier(source)
                )
            )
    finally:
        connection.close()


def vacuum_analyze(url: str) -> None:
    """Planner statistics, the visibility map and the GIN indexes' pending lists up to date, as
    autovacuum keeps a live database."""
    connection = psycopg2.connect(url)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
    finally:
        connection.close()
