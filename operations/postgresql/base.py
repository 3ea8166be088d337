"""Django's PostgreSQL backend with a health check that costs no round trip when nothing changed.

With `CONN_HEALTH_CHECKS`, Django runs `SELECT 1` on a persistent connection at the start of
every request that uses the database: a round trip per request (4 % of a member listing's time
under load). A connection whose server went away (a restart, a failover, an administrator's
`pg_terminate_backend`) has been sent a termination notice and the end of the stream, so its
socket is readable; an idle, healthy one has been sent nothing since its last answer. Only a
readable socket, or a connection not idle, is checked with Django's `SELECT 1`.
"""

import select

from django.db.backends.postgresql import base
from psycopg2 import extensions

# Between requests a connection is idle, or in a transaction someone left open (which
# `SELECT 1` would find usable too); anything else is for Django's own check to judge.
_QUIET_STATES = (extensions.TRANSACTION_STATUS_IDLE, extensions.TRANSACTION_STATUS_INTRANS)


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        try:
            quiet = connection.info.transaction_status in _QUIET_STATES and not _readable(connection.fileno())
        except (OSError, ValueError):  # a socket already gone
            return False
        return quiet or super().is_usable()


def _readable(fd: int) -> bool:
    readable, _writable, _errors = select.select([fd], [], [], 0)
    return bool(readable)
