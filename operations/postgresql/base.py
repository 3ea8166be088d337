"""Django's PostgreSQL backend with a health check that costs no round trip when nothing changed,
and statements prepared once per connection.

With `CONN_HEALTH_CHECKS`, Django runs `SELECT 1` on a persistent connection at the start of
every request that uses the database: a round trip per request (4 % of a member listing's time
under load). A connection whose server went away (a restart, a failover, an administrator's
`pg_terminate_backend`) has been sent a termination notice and the end of the stream, so its
socket is readable; an idle, healthy one has been sent nothing since its last answer. Only a
readable socket, or a connection not idle, is checked with Django's `SELECT 1`.

Prepared statements (`prepared_statement`): the API's lookups by lists of ids and keys
(`delivery.api.statements`, `plan_once`) are parsed and planned once per connection instead of
on every request; planning was most of PostgreSQL's time for a member listing. The connection
runs them with one generic plan (`plan_cache_mode`, which concerns prepared statements only:
Django's own queries are never prepared). Off with `"PREPARED_STATEMENTS": False` in the
database's settings (`DATABASE_PREPARED_STATEMENTS=false`), as a transaction-pooling proxy
such as PgBouncer's needs.
"""

import itertools
import re
import select
from typing import Any

import psycopg2
from django.db.backends.postgresql import base
from psycopg2 import extensions

# Between requests a connection is idle, or in a transaction someone left open (which
# `SELECT 1` would find usable too); anything else is for Django's own check to judge.
_QUIET_STATES = (extensions.TRANSACTION_STATUS_IDLE, extensions.TRANSACTION_STATUS_INTRANS)
MAX_PREPARED = 256  # per connection
_PLACEHOLDER = re.compile(r"%%|%s")


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Statement name -> the SQL that executes it, or None when it could not be prepared.
        self.prepared: dict[str, str | None] = {}

    @property
    def prepares_statements(self) -> bool:
        return bool(self.settings_dict.get("PREPARED_STATEMENTS", True))

    def get_connection_params(self) -> dict:
        params = super().get_connection_params()
        if self.prepares_statements:
            params["options"] = f"{params.get('options', '')} -c plan_cache_mode=force_generic_plan".strip()
        return params

    def get_new_connection(self, conn_params: dict) -> Any:
        connection = super().get_new_connection(conn_params)
        self.prepared = {}  # a new session has none
        return connection

    def prepared_statement(self, name: str, sql: str) -> str | None:
        """The SQL that runs `sql` (Django's, `%s` placeholders) prepared as `name` on this
        connection (prepared on first use): `EXECUTE name(%s::type, …)`, each value cast to the
        type PostgreSQL gave its parameter (a list of key strings is a text[] to psycopg2).
        None to run `sql` unprepared."""
        if not self.prepares_statements:
            return None
        self.ensure_connection()
        if name in self.prepared:
            return self.prepared[name]
        if len(self.prepared) >= MAX_PREPARED:
            # Statements are compiled per endpoint and parameters (delivery.api.statements keeps
            # the most recently used): those of parameters no longer asked for go too.
            with self.connection.cursor() as cursor:
                cursor.execute("DEALLOCATE ALL")
            self.prepared = {}
        # Outside Django's cursor: a once-per-connection step, not one of the request's queries.
        # Prepared statements outlive transactions; a savepoint keeps a failed PREPARE from
        # breaking the caller's transaction.
        with self.connection.cursor() as cursor:
            guarded = self.in_atomic_block
            if guarded:
                cursor.execute("SAVEPOINT alliance_prepare")
            try:
                # `name` is made by delivery.api.statements, `sql` compiled by Django's ORM.
                cursor.execute(
                    f"PREPARE {name} AS {_numbered_placeholders(sql)}; "  # noqa: S608
                    "SELECT parameter_types::text[] FROM pg_prepared_statements WHERE name = %s",
                    [name],
                )
                types = cursor.fetchone()[0]
                execute = (
                    f"EXECUTE {name}({', '.join(f'%s::{type_}' for type_ in types)})"
                    if types
                    else f"EXECUTE {name}"
                )
            except psycopg2.Error:
                execute = None
                if guarded:
                    cursor.execute("ROLLBACK TO SAVEPOINT alliance_prepare")
            if guarded:
                cursor.execute("RELEASE SAVEPOINT alliance_prepare")
        self.prepared[name] = execute
        return execute

    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        try:
            quiet = connection.info.transaction_status in _QUIET_STATES and not _readable(connection.fileno())
        except (OSError, ValueError):  # a socket already gone
            return False
        return quiet or super().is_usable()


def _numbered_placeholders(sql: str) -> str:
    """Django's `%s` as `$1`, `$2`… for PREPARE (`%%` stays: the driver still reads the text)."""
    numbers = itertools.count(1)
    return _PLACEHOLDER.sub(lambda match: match[0] if match[0] == "%%" else f"${next(numbers)}", sql)


def _readable(fd: int) -> bool:
    readable, _writable, _errors = select.select([fd], [], [], 0)
    return bool(readable)
