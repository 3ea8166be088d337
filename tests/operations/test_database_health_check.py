"""A persistent PostgreSQL connection is checked before each request without a round trip, and
one the server has cut is still found unusable and replaced (operations/postgresql/base.py)."""

import select

import psycopg2
import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's backend: set DATABASE_URL"),
]


class NoQueries:
    """Stands in for the psycopg2 connection's cursor(): a health check must not need one."""

    def __init__(self, real) -> None:
        self.real = real

    def __getattr__(self, name: str):
        if name == "cursor":
            raise AssertionError("the health check sent a query")
        return getattr(self.real, name)


def test_an_idle_connection_is_usable_without_a_query():
    connection.ensure_connection()
    real = connection.connection
    connection.connection = NoQueries(real)
    try:
        assert connection.is_usable()
    finally:
        connection.connection = real


def test_a_connection_the_server_terminated_is_found_unusable_and_replaced():
    connection.ensure_connection()
    cut_pid = connection.connection.get_backend_pid()
    settings = connection.get_connection_params()
    admin = psycopg2.connect(**settings)
    try:
        with admin.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [cut_pid])
            assert cursor.fetchone() == (True,)
    finally:
        admin.close()  # psycopg2's `with connection` ends a transaction, not the connection
    # The server's notice of termination reaches the socket a moment after that answer.
    select.select([connection.connection.fileno()], [], [], 2)
    # What Django does at the start of a request with CONN_HEALTH_CHECKS.
    connection.health_check_enabled, connection.health_check_done = True, False
    connection.close_if_health_check_failed()
    with connection.cursor() as cursor:  # a new connection: no error for this request
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != cut_pid
