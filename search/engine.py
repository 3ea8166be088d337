"""The search engine: one locale, live public pages, glossary first, names tolerated.

`search(query, locale)` is what the page and the API both call; its `.results(type)` are:
1. glossary terms whose name, variant or endonym is in the query come first, and the
   query is widened to the term (and, for an avoided term, to the term to use instead),
   so pages that use the term are found too;
2. member cities and regions whose name is close to the query (pg_trgm similarity on
   PostgreSQL, difflib on SQLite) follow: "Uzhgorod" → Uzhhorod, "Kosice" → Košice;
3. then full-text results from the locale's text search configuration (search/backend.py).
"""

import difflib
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection
from django.db.models import F, FloatField, Func, Q, QuerySet, TextField, Value
from django.db.models.functions import Greatest
from modelsearch.query import Or, Phrase, PlainText
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from glossary.models import GlossaryTermPage
from glossary.search_terms import GlossaryTerm, glossary_forms, normalize_form
from home.models import StandardPage
from members.models import MemberPage, NationalAlliancePage
from news.models import EventPage, NewsPage
from search.query import SearchQuery

# Result groups, in the order the search page shows them.
RESULT_TYPES: dict[str, tuple[type[Page], ...]] = {
    "glossary": (GlossaryTermPage,),
    "members": (MemberPage, NationalAlliancePage),
    "news": (NewsPage,),
    "events": (EventPage,),
    "pages": (StandardPage,),
}
NAME_SIMILARITY_THRESHOLD = 0.5
MAX_NAME_MATCHES = 3


def result_type_of(page: Page) -> str:
    for name, models in RESULT_TYPES.items():
        if issubclass(page.specific_class or type(page), models):
            return name
    return "pages"


class Unaccent(Func):
    """The immutable f_unaccent() wrapper created by search's first migration."""

    function = "f_unaccent"
    output_field = TextField()


def locale_backend(locale: Locale):
    """The search backend reading with this locale's text search configuration."""
    backend = get_search_backend()
    return backend.for_language(locale.language_code) if hasattr(backend, "for_language") else backend


def _content_type_ids(result_type: str | None) -> list[int]:
    models = RESULT_TYPES[result_type] if result_type else [m for ms in RESULT_TYPES.values() for m in ms]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models, for_concrete_models=False).values()]


def _full_text(backend, query, pages: Callable[[], QuerySet], result_type: str | None, key: tuple):
    """Ranked full-text matches among `pages()`: in one ranked and counted query on PostgreSQL,
    its SQL compiled once per `key` (every input of it)."""
    if hasattr(backend, "ranked_pages"):
        return backend.ranked_pages(query, pages, _content_type_ids(result_type), key)
    return backend.search(query, pages().specific())


def searchable_pages(locale: Locale, result_type: str | None = None, private: Q | None = None):
    """Live, public pages of one locale, of the types search shows.

    `private`: the private sections (`Page.objects.private_q()`), when the caller has them.
    """
    private = Page.objects.private_q() if private is None else private
    content_types = _content_type_ids(result_type)
    return Page.objects.live().exclude(private).filter(locale=locale, content_type__in=content_types)


# -- glossary ---------------------------------------------------------------
@functools.lru_cache(maxsize=16384)
def _plural_folded(form: str) -> str:
    # Kept: every search folds each of the locale's glossary forms.
    for ending in ("es", "s"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)]
    return form


def match_glossary(query: SearchQuery, locale: Locale) -> list[tuple[GlossaryTerm, bool]]:
    """Terms named in the query, each with whether the query names it as a whole.

    The whole query first ("Manouche" → Manouches), singular and plural alike; terms
    mentioned inside a longer query ("Gypsy music") only when no term is the whole query.
    """
    glossary = glossary_forms(locale)
    wanted = normalize_form(query.engine_text)
    if not wanted:
        return []
    ranked: dict[int, tuple[int, GlossaryTerm]] = {}
    padded = f" {wanted} "
    wanted_folded = _plural_folded(wanted)
    for form, terms in glossary.by_form.items():
        if form == wanted:
            rank = 0
        elif _plural_folded(form) == wanted_folded:
            rank = 1
        elif f" {form} " in padded:
            rank = 2
        else:
            continue
        for term in terms:
            # The term's own name outranks the same word listed as another term's variant.
            own_name = any(normalize_form(name) == form for name in term.forms[:1])
            key = (rank, 0 if own_name else 1)
            if term.page.pk not in ranked or key < ranked[term.page.pk][0]:
                ranked[term.page.pk] = (key, term)
    ordered = sorted(ranked.values(), key=lambda item: item[0])
    if ordered and ordered[0][0][0] < 2:
        # The query names a term as a whole: terms merely mentioned inside it are noise.
        ordered = [item for item in ordered if item[0][0] < 2]
    return [(term, key[0] < 2) for key, term in ordered]


# -- member names -----------------------------------------------------------
def match_member_names(query: SearchQuery, locale: Locale, private: Q | None = None) -> list[Page]:
    """Members whose name is close to the whole query, closest first."""
    private = Page.objects.private_q() if private is None else private
    members = MemberPage.objects.live().exclude(private).filter(locale=locale)
    if connection.vendor == "postgresql":
        wanted = Unaccent(Value(query.engine_text.lower()))
        return list(
            members.annotate(
                similarity=Greatest(
                    TrigramWordSimilarity(wanted, Unaccent(F("title"))),
                    TrigramWordSimilarity(wanted, Unaccent(F("official_name"))),
                    output_field=FloatField(),
                )
            )
            .filter(similarity__gte=NAME_SIMILARITY_THRESHOLD)
            .order_by("-similarity", "title")[:MAX_NAME_MATCHES]
        )
    # SQLite: no trigrams, so compare accent-folded names in Python (about 130 members).
    wanted = normalize_form(query.engine_text)
    scored = []
    for member in members.only("id", "title", "official_name", "url_path", "locale_id"):
        names = [normalize_form(member.title), normalize_form(member.official_name)]
        words = [word for name in names for word in name.split()]
        score = max(difflib.SequenceMatcher(None, wanted, candidate).ratio() for candidate in names + words)
        if score >= 0.8:
            scored.append((score, member))
    scored.sort(key=lambda item: (-item[0], item[1].title))
    return [member for _score, member in scored[:MAX_NAME_MATCHES]]


# -- results ----------------------------------------------------------------
class ResultList(Sequence):
    """Pinned pages (glossary terms, member names) followed by full-text results, lazily."""

    def __init__(self, pinned: list[Page], full_text) -> None:
        self.pinned = pinned
        self.full_text = full_text
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = len(self.pinned) + self.full_text.count()
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, int):
            return self[index : index + 1][0]
        if (index.start or 0) >= 0 and index.stop is not None and index.stop >= 0:
            start, stop = index.start or 0, index.stop  # no count needed to slice
        else:
            start, stop, _step = index.indices(self.count())
        items = self.pinned[start:stop]
        rest_start = max(start - len(self.pinned), 0)
        rest_stop = stop - len(self.pinned)
        if rest_stop > rest_start:
            items += list(self.full_text[rest_start:rest_stop])
        return items


@dataclass
class SearchOutcome:
    """What one query found: glossary terms to explain, pinned pages and the full-text query."""

    query: SearchQuery
    locale: Locale
    # The private sections when the caller already knows them (a Q on their paths).
    private_sections: Q | None = None
    glossary_terms: list[GlossaryTerm] = field(default_factory=list)
    widening: list[str] = field(default_factory=list)

    @cached_property
    def pinned(self) -> list[Page]:
        """The glossary terms the query names, then the members whose name is close to it.

        Members are matched on first use: a search for one other type of result never shows
        them, so it never pays for matching every member's name."""
        pinned = [term.page for term in self.glossary_terms]
        if self.query:
            members = match_member_names(self.query, self.locale, self.private)
            pinned += [member for member in members if member not in pinned]
        return pinned

    @cached_property
    def private(self) -> Q:
        """The private sections, read once for all of this search's queries."""
        return Page.objects.private_q() if self.private_sections is None else self.private_sections

    @property
    def explanations(self) -> list[GlossaryTerm]:
        """Matched terms whose usage note is a caution the reader should see first."""
        return [term for term in self.glossary_terms if term.needs_caution and term.usage_note]

    @property
    def highlight_words(self) -> list[str]:
        return [*self.query.words, *self.widening]

    def results(self, result_type: str | None = None) -> ResultList:
        """Results of one type (or all), pinned pages first, then by relevance."""
        if not self.query:
            return ResultList([], Page.objects.none())
        # Only glossary terms can be pinned for a type other than members.
        candidates = (
            self.pinned if result_type in (None, "members") else [term.page for term in self.glossary_terms]
        )
        pinned = [
            page for page in candidates if result_type is None or isinstance(page, RESULT_TYPES[result_type])
        ]
        backend = locale_backend(self.locale)
        excluded = tuple(page.pk for page in candidates)

        def pages() -> QuerySet:
            return searchable_pages(self.locale, result_type, self.private).exclude(pk__in=excluded)

        # Everything the full-text query's SQL depends on.
        key = (self.locale.pk, self.locale.language_code, result_type, self.private, excluded)
        query = PlainText(self.query.engine_text, operator="and")
        if self.widening:
            query = Or([query, *(Phrase(form) for form in self.widening)])
        full_text = _full_text(
            backend, query, pages, result_type, (*key, self.query.engine_text, "and", tuple(self.widening))
        )
        if not self.widening and len(self.query.words) > 1 and not full_text.count() and not self.pinned:
            # Nothing has every word: settle for pages with any of them.
            any_word = PlainText(self.query.engine_text, operator="or")
            any_key = (*key, self.query.engine_text, "or")
            full_text = _full_text(backend, any_word, pages, result_type, any_key)
        return ResultList(pinned, full_text)

    def counts(self) -> dict[str, int]:
        return {name: self.results(name).count() for name in RESULT_TYPES}


def search(query: SearchQuery, locale: Locale, private: Q | None = None) -> SearchOutcome:
    """Match the query against the glossary and member names of one locale (see module docstring).

    `private`: as `searchable_pages`."""
    outcome = SearchOutcome(query, locale, private)
    if not query:
        return outcome
    matches = match_glossary(query, locale)
    outcome.glossary_terms = [term for term, _whole in matches]
    # A query naming a term is widened to the term's other forms and to the terms to use
    # instead, so the pages using them are found too.
    widening = []
    for term, whole in matches:
        if not whole:
            continue
        widening += [form for form in term.forms if len(form) > 2]
        widening += [preferred.term for preferred in term.use_instead]
    outcome.widening = list(dict.fromkeys(widening))
    return outcome


def autocomplete(query: SearchQuery, locale: Locale, limit: int) -> list[Page]:
    """Glossary terms, then members, whose names start like the query (accents folded).

    One search query over both types (plus the locale and view restrictions): cheap enough
    for every keystroke. Pages come back unspecific; titles are the terms and the names.
    """
    content_types = ContentType.objects.get_for_models(GlossaryTermPage, MemberPage).values()
    pages = Page.objects.live().public().filter(locale=locale, content_type__in=list(content_types))
    found = list(locale_backend(locale).autocomplete(query.engine_text, pages)[: limit * 2])
    found.sort(key=lambda page: not issubclass(page.specific_class, GlossaryTermPage))
    return found[:limit]
