"""/api/v2/search/ and /api/v2/search/autocomplete/: the search page's results as JSON.

Wagtail API v2 conventions: `meta.total_count`, `items`, `limit`/`offset`; every query
parameter is validated first and a bad one is a 400 whose message names it.
"""

from typing import ClassVar

from django.conf import settings
from django.urls import path
from rest_framework.request import Request
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale, Page

from delivery.api.links import PageURLs
from delivery.api.renderers import FastJSONRenderer
from delivery.api.visibility import Visibility
from search.engine import RESULT_TYPES, autocomplete, result_type_of, search
from search.openapi import openapi_path_items
from search.query import MAX_QUERY_LENGTH, SearchInputError, parse_query
from search.snippets import highlighted_snippets

MAX_OFFSET = 10_000
AUTOCOMPLETE_LIMIT_MAX = 20


class SearchResultsOnly:
    """No model: the router must never take this endpoint for a model's home."""


def _integer(request: Request, name: str, default: int, maximum: int) -> int:
    raw = request.GET.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) > maximum:
        raise BadRequestError(f"{name} must be a whole number from 0 to {maximum}")
    return int(raw)


def _locale(request: Request, visibility: Visibility) -> Locale:
    code = request.GET.get("locale") or settings.LANGUAGE_CODE
    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    locale_id = visibility.locale_id(code) if code in languages else None
    if locale_id is None:
        raise BadRequestError(f"locale must be one of: {', '.join(languages)}")
    # The id and the code are all search reads of a locale (they come with what is private).
    return Locale(pk=locale_id, language_code=code)


def _query(request: Request):
    try:
        return parse_query(request.GET.get("q"))
    except SearchInputError as error:
        raise BadRequestError(error.message) from error


def _page_reference(urls: PageURLs, page: Page) -> dict:
    return {
        "id": page.pk,
        "title": getattr(page, "term", "") or page.title,
        "html_url": urls.html_url(page.url_path),
    }


class SearchAPIViewSet(BaseAPIViewSet):
    """Full-text, glossary-aware search over one locale's live public pages."""

    model = SearchResultsOnly
    name = "search"
    renderer_classes: ClassVar[tuple] = (FastJSONRenderer,)
    known_query_parameters = frozenset({"q", "locale", "type", "limit", "offset", "format", "_"})
    autocomplete_query_parameters = frozenset({"q", "locale", "limit", "format", "_"})

    # Read by the OpenAPI generator (OpenAPI 3 parameter objects).
    query_parameters: ClassVar[list[dict]] = [
        {
            "name": "q",
            "in": "query",
            "required": True,
            "description": (
                "What to search for, in the reader's language. A glossary term, variant or "
                "endonym puts the term first; member names tolerate typos and transliterations. "
                f"At most {MAX_QUERY_LENGTH} characters."
            ),
            "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
        },
        {
            "name": "locale",
            "in": "query",
            "required": False,
            "description": "Language of the pages searched (default: the site's default language).",
            "schema": {
                "type": "string",
                "enum": [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
            },
        },
        {
            "name": "type",
            "in": "query",
            "required": False,
            "description": "Only results of this kind.",
            "schema": {"type": "string", "enum": list(RESULT_TYPES)},
        },
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "description": "Number of results (default 20).",
            "schema": {"type": "integer", "minimum": 0, "maximum": settings.WAGTAILAPI_LIMIT_MAX},
        },
        {
            "name": "offset",
            "in": "query",
            "required": False,
            "description": "Number of results to skip.",
            "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
        },
    ]

    def _check_parameters(self, request: Request, known: frozenset) -> None:
        unknown = sorted(set(request.GET) - known)
        if unknown:
            raise BadRequestError(f"query parameter is not supported: {', '.join(unknown)}")
        for name, value in request.GET.items():
            if "\x00" in value:
                raise BadRequestError(f"{name} must not contain NUL characters")

    def listing_view(self, request: Request) -> Response:
        self._check_parameters(request, self.known_query_parameters)
        visibility = Visibility()
        locale = _locale(request, visibility)
        result_type = request.GET.get("type") or None
        if result_type is not None and result_type not in RESULT_TYPES:
            raise BadRequestError(f"type must be one of: {', '.join(RESULT_TYPES)}")
        limit = _integer(
            request, "limit", min(20, settings.WAGTAILAPI_LIMIT_MAX), settings.WAGTAILAPI_LIMIT_MAX
        )
        offset = _integer(request, "offset", 0, MAX_OFFSET)
        query = _query(request)
        if not query.text:
            raise BadRequestError("q is required: what to search for")

        outcome = search(query, locale, visibility.private_sections())
        results = outcome.results(result_type)
        pages = results[offset : offset + limit]
        snippets = highlighted_snippets(pages, outcome.highlight_words, locale.language_code)
        # URLs built as the other endpoints build them: no reverse() per result.
        urls = PageURLs(request, request.wagtailapi_router)
        items = [
            {
                "id": page.pk,
                "type": result_type_of(page),
                "title": getattr(page, "term", "") or page.title,
                "snippet": str(snippet),
                "meta": {
                    "type": page.specific_class._meta.label,
                    "locale": locale.language_code,
                    "html_url": urls.html_url(page.url_path),
                    "detail_url": urls.detail_url(Page, page.pk),
                },
            }
            for page, snippet in zip(pages, snippets, strict=True)
        ]
        glossary = [
            {
                **_page_reference(urls, term.page),
                "usage_status": term.page.usage_status,
                "usage_note": term.usage_note,
                "use_instead": [_page_reference(urls, page) for page in term.use_instead],
            }
            for term in outcome.explanations
        ]
        meta = {"total_count": results.count(), "locale": locale.language_code, "glossary": glossary}
        return Response({"meta": meta, "items": items})

    def autocomplete_view(self, request: Request) -> Response:
        """Glossary terms and member names starting with what the reader has typed so far."""
        self._check_parameters(request, self.autocomplete_query_parameters)
        locale = _locale(request, Visibility())
        limit = _integer(request, "limit", 8, AUTOCOMPLETE_LIMIT_MAX)
        query = _query(request)
        pages = autocomplete(query, locale, limit) if query else []
        urls = PageURLs(request, request.wagtailapi_router)
        items = [{**_page_reference(urls, page), "type": result_type_of(page)} for page in pages]
        response = Response({"meta": {"total_count": len(items)}, "items": items})
        response["Cache-Control"] = "public, max-age=300"
        return response

    @classmethod
    def get_urlpatterns(cls) -> list:
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("autocomplete/", cls.as_view({"get": "autocomplete_view"}), name="autocomplete"),
        ]

    @classmethod
    def openapi_path_items(cls, base: str, name: str) -> dict:
        """Both routes' OpenAPI description, read by delivery/openapi.py (no model to derive it from)."""
        return openapi_path_items(cls, base, name)
