"""The `glossary` endpoint of the headless API."""

import unicodedata
from functools import reduce
from operator import or_
from typing import Any, ClassVar

from django.db.models import Q, QuerySet

from delivery.api import parameters as params
from delivery.api.viewsets import LocalizedPagesAPIViewSet
from glossary.models import GlossaryTermPage

# Characters a term may start with before its first letter (see GlossaryTermPage.sort_key).
LEADING_QUOTES = ("", "«", "“", '"', "'", "« ")


def letter_variants(letter: str) -> set[str]:
    """Every character filed under `letter`: both cases, with or without diacritics (É under E)."""
    wanted = letter.casefold()
    variants = {letter.lower(), letter.upper()}
    for code in range(0x00C0, 0x0530):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1].casefold()
        if base == wanted:
            variants.add(char)
    return variants


class GlossaryAPIViewSet(LocalizedPagesAPIViewSet):
    """Glossary terms: filter by first letter, usage status and category."""

    name = "glossary"
    model = GlossaryTermPage
    listing_default_fields = [
        *LocalizedPagesAPIViewSet.listing_default_fields,
        "term",
        "first_letter",
        "short_definition",
        "variants",
        "usage_status",
        "category",
    ]
    detail_only_fields: ClassVar[list[str]] = ["parent", "full_definition", "sources", "related_terms"]
    orderings: ClassVar[dict[str, str]] = {
        "term": "term",
        "title": "title",
        "first_published_at": "first_published_at",
    }
    default_order = "term"
    ids_first = True  # hundreds of items per locale, not thousands
    filter_parameters: ClassVar[list[dict]] = [
        params.parameter(
            "letter",
            "First letter of the term, accents ignored (`E` includes `Égyptiens`).",
            {"type": "string", "minLength": 1, "maxLength": 1, "pattern": r"^\w$"},
            example="R",
        ),
        params.parameter(
            "status", "Usage status.", {"type": "string", "enum": list(GlossaryTermPage.UsageStatus.values)}
        ),
        params.parameter(
            "category", "Category.", {"type": "string", "enum": list(GlossaryTermPage.Category.values)}
        ),
    ]

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        if "letter" in values:
            starts = [
                Q(term__startswith=quote + char)
                for char in letter_variants(values["letter"])
                for quote in LEADING_QUOTES
            ]
            queryset = queryset.filter(reduce(or_, starts))
        if "status" in values:
            queryset = queryset.filter(usage_status=values["status"])
        if "category" in values:
            queryset = queryset.filter(category=values["category"])
        return queryset
