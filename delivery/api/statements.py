"""Querysets compiled once per process for the API's hot queries.

Building a listing's querysets through the ORM and compiling them to SQL cost more than
running them (a member listing: about 6 ms of Python against 1 ms in PostgreSQL). The SQL of
such a queryset depends only on inputs the caller knows before building it (the endpoint, the
validated parameters, what is private), so the caller names them in a `key`: the first call
with a key builds and compiles the queryset, later calls run the same SQL and turn the rows
into model instances (or `values_list` rows) with Django's own iterables.

A key must hold every input of the SQL. Nothing that changes with time (`now()`) may go into
a queryset built here: such a caller passes no key and the queryset is compiled as usual.

Lists that change with each call (the ids of a listing's items) are bound at run time: the
queryset filters with `field__any=slots["ids"]`, which PostgreSQL reads as `field = ANY(%s)`
with the whole list as one parameter, so the SQL is the same whatever the list. Elsewhere
(SQLite) the lookup is a plain `IN (...)` and such a queryset is compiled every time.

`plan_once=True` goes further for a statement whose best plan does not depend on the values
bound (a lookup by a list of ids or keys): PostgreSQL prepares it once per connection and plans
it once (operations/postgresql). Not for a statement whose plan should follow its values (a
locale's listing sorted by date, a search).
"""

import copy
import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.core.signals import setting_changed
from django.db import connections
from django.db.models import Field, ForeignObject, Lookup, QuerySet
from django.dispatch import receiver

MAX_STATEMENTS = 512
_EMPTY = object()  # the queryset can match nothing (e.g. `pk__in=[]`): no query at all


class Slot:
    """A list bound at run time, in a compiled statement's parameters."""

    def __init__(self, name: str) -> None:
        self.name = name


class AnyOf(Lookup):
    """`field__any=values`: `field = ANY(%s)` on PostgreSQL (the list is one parameter),
    `field IN (...)` elsewhere."""

    lookup_name = "any"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        field = self.lhs.output_field
        if isinstance(self.rhs, Slot):
            return f"{lhs} = ANY(%s::{field.db_type(connection)}[])", [*lhs_params, self.rhs]
        values = [field.get_db_prep_value(value, connection) for value in self.rhs]
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s::{field.db_type(connection)}[])", [*lhs_params, values]
        if not values:
            raise EmptyResultSet
        return f"{lhs} IN ({', '.join(['%s'] * len(values))})", [*lhs_params, *values]


Field.register_lookup(AnyOf)
ForeignObject.register_lookup(AnyOf)  # foreign keys have lookups of their own


_prepared_names = itertools.count(1)


class _Compiled:
    """A compiled queryset: its compiler (select list, converters), SQL and parameters."""

    __slots__ = (
        "compiler",
        "db",
        "fields",
        "iterable_class",
        "model",
        "params",
        "prefetch",
        "prepared_name",
        "query",
        "slots",
        "sql",
    )

    def __init__(self, queryset: QuerySet, sql: str, params: tuple, compiler: Any, plan_once: bool) -> None:
        self.prepared_name = f"alliance_{next(_prepared_names)}" if plan_once else None
        self.query = queryset.query
        self.model = queryset.model
        self.db = queryset.db
        self.prefetch = queryset._prefetch_related_lookups
        # Model instances, or rows for a values_list() queryset.
        self.iterable_class, self.fields = queryset._iterable_class, queryset._fields
        self.sql, self.params, self.compiler = sql, params, compiler
        self.slots = tuple(
            (index, param.name) for index, param in enumerate(params) if isinstance(param, Slot)
        )

    def get_compiler(self, using: str | None = None, **kwargs: Any) -> Any:
        """What Django's iterables ask the query for: a copy of the compiler, on this thread's
        connection, answering the kept SQL instead of compiling again."""
        compiler = copy.copy(self.compiler)
        compiler.connection = connections[using or self.db]
        compiler.as_sql = lambda *args, **kwargs: self.statement(compiler.connection)
        return compiler

    def statement(self, connection: Any) -> tuple[str, tuple]:
        """The SQL to run on `connection`: the statement prepared there when it is planned
        once and the connection prepares statements, else the SQL itself."""
        prepared = getattr(connection, "prepared_statement", None)  # operations.postgresql only
        execute = prepared(self.prepared_name, self.sql) if prepared and self.prepared_name else None
        return execute or self.sql, self.params

    def __getattr__(self, name: str) -> Any:
        # Django's iterables read a few attributes of the query (values_select…).
        return getattr(self.query, name)

    def bound(self, slots: dict[str, list], more_sql: str = "", more_params: tuple = ()) -> "_Compiled":
        """The same statement with its slots filled and `more_sql` (a LIMIT) appended."""
        if not (self.slots or more_sql):
            return self
        params = list(self.params)
        for index, name in self.slots:
            params[index] = list(slots[name])
        statement = object.__new__(_Compiled)
        for name in self.__slots__:
            setattr(statement, name, getattr(self, name))
        statement.sql, statement.params = self.sql + more_sql, (*params, *more_params)
        if more_sql:
            statement.prepared_name = None  # other SQL than the one prepared
        return statement

    def queryset(self) -> QuerySet:
        queryset = QuerySet(model=self.model, query=self, using=self.db)  # type: ignore[arg-type]
        queryset._prefetch_related_lookups = self.prefetch
        queryset._iterable_class, queryset._fields = self.iterable_class, self.fields
        return queryset


# One store per kind of caller, each holding its MAX_STATEMENTS most recently used: the search's
# statements (one per query text) never push the listings' out.
_stores: "dict[str, OrderedDict[Hashable, Any]]" = {}
_lock = threading.Lock()

Build = Callable[..., QuerySet]


def _compiled(
    key: Hashable, build: Build, slots: dict[str, list], store: str = "api", plan_once: bool = False
) -> Any:
    with _lock:
        statements = _stores.setdefault(store, OrderedDict())
        found = statements.get(key)
        if found is not None:
            statements.move_to_end(key)
            return found
    queryset = build({name: Slot(name) for name in slots})
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
        compiled = _Compiled(queryset, sql, tuple(params), compiler, plan_once) if sql else _EMPTY
    except EmptyResultSet:
        compiled = _EMPTY
    with _lock:
        statements[key] = compiled
        if len(statements) > MAX_STATEMENTS:
            statements.popitem(last=False)
    return compiled


def _compiled_each_time(key: Hashable | None, slots: dict[str, list]) -> bool:
    """No key, or lists to bind where `__any` is an `IN (...)` of their own length (SQLite)."""
    return key is None or bool(slots and connections["default"].vendor != "postgresql")


def evaluate(key: Hashable | None, build: Build, plan_once: bool = False, **slots: list) -> list:
    """`list(build(slots))`, compiled once per `key` (None: compiled every time).

    `build` takes a dict of the lists to filter on by `__any`; `plan_once`: see the module
    docstring."""
    if _compiled_each_time(key, slots):
        return list(build(slots))
    compiled = _compiled(("rows", key), build, slots, plan_once=plan_once)
    return [] if compiled is _EMPTY else list(compiled.bound(slots).queryset())


def evaluate_slice(
    key: Hashable | None, build: Build, offset: int, limit: int, store: str = "api", **slots: list
) -> list:
    """`list(build(slots)[offset:offset + limit])`, compiled once per `key` (in `store`). The
    slice is bound as parameters, so every page of a listing shares one statement."""
    if _compiled_each_time(key, slots):
        return list(build(slots)[offset : offset + limit])
    compiled = _compiled(("rows", key), build, slots, store)
    if compiled is _EMPTY:
        return []
    return list(compiled.bound(slots, " LIMIT %s OFFSET %s", (limit, offset)).queryset())


def count(key: Hashable | None, build: Callable[[], QuerySet], store: str = "api") -> int:
    """`build().count()`, compiled once per `key` (in `store`; None: compiled every time)."""
    if key is None:
        return build().count()
    compiled = _compiled(("count", key), lambda _slots: build().order_by().values_list("pk"), {}, store)
    if compiled is _EMPTY:
        return 0
    with connections[compiled.db].cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({compiled.sql}) counted", compiled.params)  # noqa: S608
        return cursor.fetchone()[0]


def forget() -> None:
    with _lock:
        _stores.clear()


@receiver(setting_changed)
def _forget_on_settings_change(**kwargs: Any) -> None:
    # Tests switch databases and settings; a process in production never does.
    forget()
