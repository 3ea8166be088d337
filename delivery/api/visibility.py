"""What the public API may show, decided without looking at the request.

The API answers the same to everyone (no session, no password cookie), so a page is
public only if neither it, nor an ancestor, nor the same section in any other locale
carries a view restriction, and an image or document only if no ancestor collection is
restricted.

A viewset looks these facts up once per request (`Visibility`): the content locales, the
restricted page sections and the restricted collections come in one query.
"""

import functools
from functools import cached_property

from django.db import connection
from django.db.models import CharField, F, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction

from delivery.api.parameters import content_language_codes
from delivery.kept import KeptUntilChange

# What is private changes only with content (a view restriction, a page moved or deleted; a
# new locale has no page until one is published): each process reads it once per content version.
_kept_facts: KeptUntilChange[tuple] = KeptUntilChange()


class Visibility:
    """The request's view of what is private (looked up lazily, at most once)."""

    @cached_property
    def _facts(self) -> tuple[dict[str, int], list[str], list[str]]:
        """(content locale ids by code, restricted page paths in every locale, restricted
        collection paths)."""
        codes = tuple(content_language_codes())
        return _kept_facts.get(codes, lambda: _read_facts(codes))

    @property
    def locale_ids(self) -> list[int]:
        return list(self._facts[0].values())

    def locale_id(self, language_code: str) -> int | None:
        """The id of a content locale, so a filter on it can use the page table's index."""
        return self._facts[0].get(language_code)

    @cached_property
    def language_codes(self) -> dict[int, str]:
        """Content locales' language codes by locale id."""
        return {pk: code for code, pk in self._facts[0].items()}

    @cached_property
    def fingerprint(self) -> tuple:
        """Every fact a public-pages queryset depends on (`delivery.api.statements` keys)."""
        hidden = tuple(self._hidden_page_ids) if self.restricted_paths else ()
        return tuple(sorted(self._facts[0].items())), tuple(self.restricted_paths), hidden

    @property
    def restricted_paths(self) -> list[str]:
        """Tree paths of every restricted section, in every locale."""
        return self._facts[1]

    def private_sections(self) -> Q:
        """Pages in a restricted section, as a filter (as `Page.objects.private_q()`, but for
        the sections restricted in any locale); it matches nothing when none is restricted."""
        if not self.restricted_paths:
            return Q(pk__in=[])
        private = Q()
        for path in self.restricted_paths:
            private |= Q(path__startswith=path)
        return private

    @cached_property
    def restricted_collections(self) -> set[int]:
        """Collections under any view restriction, with their descendants."""
        paths = self._facts[2]
        if not paths:
            return set()
        under = Q()
        for path in paths:
            under |= Q(path__startswith=path)
        return set(Collection.objects.filter(under).values_list("id", flat=True))

    @cached_property
    def _hidden_page_ids(self) -> list[int]:
        hidden = Q()
        for path in self.restricted_paths:
            hidden |= Q(path__startswith=path) | Q(alias_of__path__startswith=path)
        return list(Page.objects.filter(hidden).values_list("id", flat=True))

    def public_pages(self, model: type[Page] = Page) -> QuerySet:
        """Live pages of `model` in a content locale, outside every restricted section.

        Aliases of restricted pages are excluded too: an alias shows its source's content.
        """
        # Plain id filters only: the search backend filters on indexed fields (locale, id), not
        # on joins, and `?search=` runs on this queryset. depth > 1: the root is no content page.
        queryset = model.objects.live().filter(depth__gt=1, locale_id__in=self.locale_ids)
        if self.restricted_paths:
            queryset = queryset.exclude(id__in=self._hidden_page_ids)
        return queryset


def _read_facts(codes: tuple[str, ...]) -> tuple[dict[str, int], list[str], list[str]]:
    sql, params = _facts_sql(codes)
    found: dict[str, list[str]] = {"l": [], "p": [], "c": []}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for kind, value in cursor.fetchall():
            found[kind].append(value)
    locale_ids = {code: int(pk) for pk, code in (value.split(":", 1) for value in found["l"])}
    return locale_ids, found["p"], found["c"]


@functools.lru_cache(maxsize=8)
def _facts_sql(language_codes: tuple[str, ...]) -> tuple[str, tuple]:
    """The one query behind `Visibility`, compiled once per process: it has no other input, and
    building it through the ORM on each request cost more than running it."""
    text = CharField()
    locales = (
        Locale.objects.filter(language_code__in=language_codes)
        .annotate(
            kind=Value("l", output_field=text),
            value=Concat(Cast("id", output_field=text), Value(":"), "language_code", output_field=text),
        )
        .values_list("kind", "value")
        .order_by()
    )
    restricted_keys = PageViewRestriction.objects.values("page__translation_key")
    pages = (
        Page.objects.filter(translation_key__in=restricted_keys)
        .annotate(kind=Value("p", output_field=text), value=F("path"))
        .values_list("kind", "value")
        .order_by()
    )
    collections = (
        CollectionViewRestriction.objects.annotate(
            kind=Value("c", output_field=text), value=F("collection__path")
        )
        .values_list("kind", "value")
        .order_by()
    )
    sql, params = locales.union(pages, collections, all=True).query.sql_with_params()
    return sql, tuple(params)


# What a link to a page needs (`links.PageURLs.link`, `representation.is_public_page`): candidates
# for links are loaded with only these columns, not their bodies.
LINK_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "live",
    "translation_key",
    "locale_id",
    "content_type_id",
    "locale__language_code",
)


def restricted_page_paths() -> list[str]:
    """Tree paths of every restricted section, in every locale."""
    return Visibility().restricted_paths


def public_pages(model: type[Page] = Page) -> QuerySet:
    """Live public pages of `model` (see `Visibility.public_pages`)."""
    return Visibility().public_pages(model)


def restricted_collection_ids() -> set[int]:
    """Collections under any view restriction, with their descendants."""
    return Visibility().restricted_collections
