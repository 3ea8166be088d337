"""The search backend: modelsearch's, with one text search configuration per locale on PostgreSQL.

Wagtail's PostgreSQL backend takes a single SEARCH_CONFIG (wagtail issue 9253). Its index
is one row per object, and every object of ours has exactly one locale, so the row can
be built with the configuration of that object's language; a query reads it with the
configuration of the reader's language and is always filtered to that locale. Tokens of
one language are therefore never compared with lexemes stemmed for another. A query that
names no language (the stock `/api/v2/pages/?search=`) ORs the query of every language's
configuration, so each row still meets its own stems. Autocomplete (also the admin's page
search) reads the accent-folding `simple` vector, which every row has.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}``. On
SQLite (and any other database) this is modelsearch's own database backend, unchanged.
"""

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from django.conf import settings
from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

from search.configuration import SIMPLE_CONFIG, config_for_language


def configs_for_objects(objs: list) -> list[str]:
    """The configuration each object is indexed with: its locale's language, else `simple`."""
    from wagtail.models import Locale

    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    languages = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
    return [config_for_language(languages.get(getattr(obj, "locale_id", None))) for obj in objs]


def all_configs() -> list[str]:
    return sorted({config_for_language(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES})


if connection.vendor == "postgresql":
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import BigIntegerField, Count, F, Q, Window
    from django.db.models.expressions import CombinedExpression
    from django.db.models.functions import Cast
    from modelsearch.query import And, Or, Phrase, PlainText

    from delivery.api import statements

    def _positive_words(query) -> list[str]:
        """Every word of a query made only of plain text, phrases, AND and OR (else none)."""
        if isinstance(query, PlainText | Phrase):
            return query.query_string.split()
        if isinstance(query, And | Or):
            words = [_positive_words(sub) for sub in query.subqueries]
            return [word for found in words for word in found] if all(words) else []
        return []

    def _any_word_is_whole_query(query) -> bool:
        """True when matching any of the query's words is matching the query: one word, or
        an OR of single words (then the title-or-body test needs no check on both together)."""
        if isinstance(query, PlainText):
            return len(query.query_string.split()) == 1 and "-" not in query.query_string
        if isinstance(query, Or):
            return all(_any_word_is_whole_query(sub) for sub in query.subqueries)
        return False

    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
        """A query without a language (the admin's page search) reads every language's stems.

        Searches use the GIN indexes on the index's `title` and `body`: modelsearch matches
        `(title || body) @@ query`, an expression no index holds, so PostgreSQL builds that
        vector for every row of the locale and the cost grows with the locale's size. Here a
        row must also have one of the query's words in its title or its body (each an indexed
        `@@`), which no match lacks; the exact match is then checked on those rows only.
        """

        def build_tsquery(self, query, config=None):
            if config is not None:
                return super().build_tsquery(query, config=config)
            combined = None
            for each in all_configs():
                tsquery = super().build_tsquery(query, config=each)
                combined = tsquery if combined is None else combined | tsquery
            return combined

        def search(self, config, start, stop, score_field=None, backend=None):
            queryset = super().search(config, None, None, score_field=score_field, backend=backend)
            words = _positive_words(self.query)
            if self.fields is None and words and hasattr(queryset, "filter"):
                any_word = self.build_tsquery(PlainText(" ".join(words), operator="or"), config=config)
                # A subquery (not a second join on the index): its `@@`s run on the GIN indexes.
                candidates = (
                    IndexEntry.objects.filter(Q(title=any_word) | Q(body=any_word))
                    .annotate(object_pk=Cast("object_id", BigIntegerField()))
                    .values("object_pk")
                )
                queryset = queryset.filter(pk__in=candidates)
            return queryset[start:stop]

    # What a result shows (its title, link, type and snippet source), read for every result.
    RESULT_FIELDS = (
        *("id", "title", "url_path", "path", "depth"),
        *("content_type_id", "locale_id", "search_description"),
    )

    def _result_pages(model: type, ids: list[int]) -> dict:
        """The results of one page type, by id, with only what a result shows (and the fields
        its type names in `search_result_fields`, e.g. a glossary term's term)."""
        return model.objects.only(*RESULT_FIELDS, *getattr(model, "search_result_fields", ())).in_bulk(ids)

    class RankedPages:
        """Pages matching a query, most relevant first, ranked and counted in one query.

        modelsearch reads the matches twice (a COUNT, then the ranked page) and joins the
        page table to the index on every page type; here the index's GIN-matched rows of the
        pages' own types are joined to the pages they index, ranked with modelsearch's own
        rank expression, and counted by a window over the same rows. The cost follows the
        number of matches, not the size of the locale.

        `pages` is a function returning the pages' queryset, called only to compile. With a
        `key` naming every input of the SQL (the query's words, the pages' filter), the SQL is
        compiled once per process (`delivery.api.statements`, in a store of its own): building
        and compiling it through the ORM cost as much as running it.
        """

        def __init__(self, backend, query, pages, content_type_ids: list[int], key=None) -> None:
            self.backend = backend
            self.query = query
            self.pages = pages
            self.content_type_ids = content_type_ids
            self.key = key
            self._count: int | None = None

        @cached_property
        def entries(self):
            """The matching index rows of the pages, with their `page_id`."""
            return self._entries_and_rank[0]

        @cached_property
        def _entries_and_rank(self) -> tuple:
            query = self.query
            pages = self.pages()
            compiler = self.backend.query_compiler_class(pages, query)
            config = compiler.get_config(self.backend)
            tsquery = compiler.build_tsquery(query, config=config)
            rank = compiler._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
            words = _positive_words(query)
            entries = IndexEntry.objects.filter(content_type_id__in=self.content_type_ids)
            if words:  # the GIN indexes find the rows having any of the words...
                any_word = compiler.build_tsquery(PlainText(" ".join(words), operator="or"), config=config)
                entries = entries.filter(Q(title=any_word) | Q(body=any_word))
            if not words or not _any_word_is_whole_query(query):
                # ...and the whole query (every word, phrases) is then checked on those rows only.
                entries = entries.annotate(_vector_=CombinedExpression(F("title"), "||", F("body"))).filter(
                    _vector_=tsquery
                )
            entries = entries.annotate(page_id=Cast("object_id", BigIntegerField())).filter(
                page_id__in=pages.values("pk")
            )
            return entries, rank

        def _ranked(self):
            entries, rank = self._entries_and_rank
            return (
                entries.annotate(_rank_=rank, _total_=Window(Count("*")))
                .order_by(F("_rank_").desc(), F("page_id").desc())
                .values_list("page_id", "content_type_id", "_total_", "body_text")
            )

        def count(self) -> int:
            if self._count is None:
                key = self.key and ("search count", self.key)
                self._count = statements.count(key, lambda: self.entries, store="search")
            return self._count

        def __len__(self) -> int:
            return self.count()

        def __getitem__(self, index: slice) -> list:
            start, stop = index.start or 0, index.stop
            if stop is not None and stop <= start:
                return []
            if stop is None:
                rows = list(self._ranked()[start:])
            else:
                key = self.key and ("search", self.key)
                ranked = lambda _slots: self._ranked()  # noqa: E731
                rows = statements.evaluate_slice(key, ranked, start, stop - start, store="search")
            if rows:
                self._count = rows[0][2]
            elif start == 0:
                self._count = 0  # nothing from the first row on: no match at all
            # An index row is written with its object's own type: one query per page type found.
            by_type: dict[int, list[int]] = defaultdict(list)
            for page_id, content_type_id, _total, _text in rows:
                by_type[content_type_id].append(page_id)
            found = {}
            for content_type_id, ids in by_type.items():
                model = ContentType.objects.get_for_id(content_type_id).model_class()
                if model is not None:
                    found.update(_result_pages(model, ids))
            pages = []
            for page_id, _type, _total, text in rows:
                if page_id in found:
                    # The text the page was indexed with, for its snippet (search.snippets).
                    found[page_id].search_text = text
                    pages.append(found[page_id])
            return pages

    class LocalizedPostgresIndex(PostgresIndex):
        """Writes each object's row with its own language's configuration."""

        def add_items(self, model: type, objs: Iterable) -> None:
            objs = list(objs)
            by_config: dict[str, list] = defaultdict(list)
            for obj, config in zip(objs, configs_for_objects(objs), strict=True):
                by_config[config].append(obj)
            for config, group in by_config.items():
                # modelsearch's row builder reads `backend.config`: give it this group's.
                _GroupIndex(self.backend.with_config(config)).add_items(model, group)
            # Once for all the groups: each refresh reads every row of the index.
            if by_config:
                self._refresh_title_norms()

    class _GroupIndex(PostgresIndex):
        """One language group's rows; the title norms are refreshed once by the caller."""

        def _refresh_title_norms(self, full: bool = False) -> None:
            pass

    class LocalizedPostgresSearchBackend(PostgresSearchBackend):
        """PostgreSQL full-text search with a configuration per language (see module docstring)."""

        index_class = LocalizedPostgresIndex
        query_compiler_class = MultilingualQueryCompiler

        def __init__(self, params: dict) -> None:
            self.params = dict(params)
            # SEARCH_CONFIG stays None unless a language is chosen (`for_language`): rows are
            # always written with their own language's, and queries without one read all.
            super().__init__(params)
            # Prefixes for autocomplete: no stemming, but accents folded ("Kos" → Košice).
            self.autocomplete_config = SIMPLE_CONFIG

        def with_config(self, config: str) -> "LocalizedPostgresSearchBackend":
            """The same backend reading and writing with another configuration."""
            return type(self)({**self.params, "SEARCH_CONFIG": config})

        def for_language(self, language_code: str) -> "LocalizedPostgresSearchBackend":
            return self.with_config(config_for_language(language_code))

        def ranked_pages(self, query, pages, content_type_ids: list[int], key=None) -> RankedPages:
            """`pages()` matching `query`, ranked and counted in one query (`RankedPages`)."""
            return RankedPages(self, query, pages, content_type_ids, key)


def SearchBackend(params: dict):  # noqa: N802 (modelsearch looks the backend up by this name)
    if connection.vendor == "postgresql":
        return LocalizedPostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
