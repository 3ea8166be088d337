"""Querysets compiled once per process for the API's hot queries.

Building a listing's querysets through the ORM and compiling them to SQL cost more than
running them (a member listing: about 6 ms of Python against 1 ms in PostgreSQL). The SQL of
such a queryset depends only on inputs the caller knows before building it (the endpoint, the
validated parameters, what is private), so the caller names them in a `key`: the first call
with a key builds and compiles the queryset, later calls run the same SQL with the same
parameters and turn the rows into model instances with Django's own iterable.

A key must hold every input of the SQL. Nothing that changes with time (`now()`) may go into
a queryset built here: such a caller passes no key and the queryset is compiled as usual.
"""

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.core.signals import setting_changed
from django.db import connections
from django.db.models import QuerySet
from django.dispatch import receiver

MAX_STATEMENTS = 2048
_EMPTY = object()  # the queryset can match nothing (e.g. `pk__in=[]`): no query at all


class _Compiled:
    """A compiled queryset: its compiler (select list, converters) and its SQL."""

    __slots__ = ("compiler", "db", "fields", "iterable_class", "model", "params", "prefetch", "query", "sql")

    def __init__(self, queryset: QuerySet, sql: str, params: tuple, compiler: Any) -> None:
        self.query = queryset.query
        self.model = queryset.model
        self.db = queryset.db
        self.prefetch = queryset._prefetch_related_lookups
        # Model instances, or rows for a values_list() queryset.
        self.iterable_class, self.fields = queryset._iterable_class, queryset._fields
        self.sql, self.params, self.compiler = sql, params, compiler

    def get_compiler(self, using: str | None = None, **kwargs: Any) -> Any:
        """What Django's iterables ask the query for: a copy of the compiler, on this thread's
        connection, answering the kept SQL instead of compiling again."""
        compiler = copy.copy(self.compiler)
        compiler.connection = connections[using or self.db]
        sql, params = self.sql, self.params
        compiler.as_sql = lambda *args, **kwargs: (sql, params)
        return compiler

    def __getattr__(self, name: str) -> Any:
        # Django's iterables read a few attributes of the query (values_select…).
        return getattr(self.query, name)

    def queryset(self) -> QuerySet:
        queryset = QuerySet(model=self.model, query=self, using=self.db)  # type: ignore[arg-type]
        queryset._prefetch_related_lookups = self.prefetch
        queryset._iterable_class, queryset._fields = self.iterable_class, self.fields
        return queryset


_statements: "OrderedDict[Hashable, Any]" = OrderedDict()
_lock = threading.Lock()


def _compiled(key: Hashable, build: Callable[[], QuerySet]) -> Any:
    with _lock:
        found = _statements.get(key)
        if found is not None:
            _statements.move_to_end(key)
            return found
    queryset = build()
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
        compiled = _Compiled(queryset, sql, tuple(params), compiler) if sql else _EMPTY
    except EmptyResultSet:
        compiled = _EMPTY
    with _lock:
        _statements[key] = compiled
        if len(_statements) > MAX_STATEMENTS:
            _statements.popitem(last=False)
    return compiled


def evaluate(key: Hashable | None, build: Callable[[], QuerySet]) -> list:
    """`list(build())`, compiled once per `key` (None: compiled every time)."""
    if key is None:
        return list(build())
    compiled = _compiled(("rows", key), build)
    return [] if compiled is _EMPTY else list(compiled.queryset())


def count(key: Hashable | None, build: Callable[[], QuerySet]) -> int:
    """`build().count()`, compiled once per `key` (None: compiled every time)."""
    if key is None:
        return build().count()
    compiled = _compiled(("count", key), lambda: build().order_by().values_list("pk"))
    if compiled is _EMPTY:
        return 0
    with connections[compiled.db].cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({compiled.sql}) counted", compiled.params)  # noqa: S608
        return cursor.fetchone()[0]


def forget() -> None:
    with _lock:
        _statements.clear()


@receiver(setting_changed)
def _forget_on_settings_change(**kwargs: Any) -> None:
    # Tests switch databases and settings; a process in production never does.
    forget()
