"""Dumping and restoring the database: pg_dump's custom format on PostgreSQL, a file copy on SQLite.

A logical dump (pg_dump) carries everything Wagtail keeps (revisions as JSON, tree paths, search
index rows, the text search configurations) exactly; `dumpdata` with natural keys does not.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import psycopg2
from django.core.management.base import CommandError
from django.db import connections

POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"


def vendor(alias: str = "default") -> str:
    return connections[alias].vendor


def _libpq_env(alias: str) -> dict[str, str]:
    """The libpq environment for the pg_* tools: no password on a command line."""
    settings_dict = connections[alias].settings_dict
    env = dict(os.environ)
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER")):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    env["PGDATABASE"] = settings_dict["NAME"]
    return env


def _run(tool: str, args: list[str], env: dict[str, str]) -> None:
    executable = shutil.which(tool)
    if executable is None:
        raise CommandError(f"{tool} is not installed (Debian: apt-get install postgresql-client).")
    result = subprocess.run([executable, *args], env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        first_line = (result.stderr.strip().splitlines() or ["no message"])[0]
        raise CommandError(f"{tool} failed: {first_line}")


def dump(out: Path, alias: str = "default") -> Path:
    """Write the database into `out` and return the file written."""
    if vendor(alias) == "postgresql":
        target = out / POSTGRES_DUMP
        _run(
            "pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", f"--file={target}"],
            _libpq_env(alias),
        )
        return target
    if vendor(alias) == "sqlite":
        target = out / SQLITE_COPY
        source = connections[alias].settings_dict["NAME"]
        # SQLite's online backup: a consistent copy even while the site writes.
        with sqlite3.connect(source) as reader, sqlite3.connect(target) as writer:
            reader.backup(writer)
        return target
    raise CommandError(f"Backing up a {vendor(alias)} database is not supported (PostgreSQL or SQLite).")


def ensure_database_exists(alias: str = "default") -> None:
    """Create the target PostgreSQL database when it does not exist yet (a fresh server)."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return
    settings_dict = connection.settings_dict
    params = connection.get_connection_params()
    params["dbname"] = "postgres"
    try:
        maintenance = psycopg2.connect(**params)
    except psycopg2.Error as error:
        raise CommandError(f"Cannot reach PostgreSQL: {str(error).strip().splitlines()[0]}") from error
    maintenance.autocommit = True
    try:
        with maintenance.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [settings_dict["NAME"]])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{settings_dict["NAME"]}"')
    finally:
        maintenance.close()


def table_names(alias: str = "default") -> list[str]:
    connection = connections[alias]
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def empty_schema(alias: str = "default") -> None:
    """Drop everything in the target database (restore --force)."""
    connection = connections[alias]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    connection.close()


def restore(database_file: Path, backup_vendor: str, alias: str = "default") -> None:
    """Load a dump into the (empty) target database."""
    connection = connections[alias]
    if backup_vendor != connection.vendor:
        raise CommandError(f"The backup holds a {backup_vendor} database; the target is {connection.vendor}.")
    connection.close()
    if connection.vendor == "postgresql":
        _run(
            "pg_restore",
            [
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={connection.settings_dict['NAME']}",
                str(database_file),
            ],
            _libpq_env(alias),
        )
        return
    target = connection.settings_dict["NAME"]
    with sqlite3.connect(database_file) as reader, sqlite3.connect(target) as writer:
        reader.backup(writer)
