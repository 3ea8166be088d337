"""Base viewsets of the public API (Wagtail API v2) and the stock endpoints made safe.

Contract with `delivery/openapi.py` (the schema generator) — every viewset registered on
the router declares:

* `query_parameters`: the listing's query parameters, a list of OpenAPI 3 parameter objects
  as dicts (`name`, `in`, `description`, `required`, `schema`). Requests are validated
  against exactly this list (`delivery.api.parameters.validate_query_parameters`): an
  undeclared parameter or a value outside its schema answers 400 naming the parameter.
* `detail_query_parameters` (optional): the same for the detail view; the default is
  `fields` and `rich_text_format`.
* `model`, `api_fields` on the model and the viewset's `body_fields` / `meta_fields`: the
  item schema is built from the serializer that Wagtail builds from them; a serializer field
  with an `openapi_schema(model)` method gives its own schema.

The API never looks at who is asking: no session or basic authentication, and what is
public is decided by `delivery.api.visibility`, the same for everyone.
"""

import functools
from collections.abc import Callable
from typing import Any, ClassVar

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.functional import SimpleLazyObject
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, get_page_models

from delivery.api import parameters as params
from delivery.api import statements, visibility
from delivery.api.links import LINK_COLUMNS, PageRow
from delivery.api.renderers import FastJSONRenderer
from delivery.api.serializers import LocalizedPageSerializer

# The largest primary key the databases agree on; bigger ids are simply not found.
MAX_ID = 2**31 - 1


class PublicAPIMixin:
    """What every endpoint of the public API shares: no sessions, JSON only, validated input."""

    authentication_classes: ClassVar[tuple] = ()
    permission_classes: ClassVar[tuple] = (AllowAny,)
    renderer_classes: ClassVar[tuple] = (FastJSONRenderer,)
    query_parameters: ClassVar[list[dict]] = []
    detail_query_parameters: ClassVar[list[dict]] = [
        params.fields_parameter(),
        params.rich_text_format_parameter(),
    ]

    def validated_parameters(self, request: Request, declared: list[dict]) -> dict[str, Any]:
        if not hasattr(self, "_parameters"):
            self._parameters = params.validate_query_parameters(request.GET, declared)
        return self._parameters

    def check_query_parameters(self, queryset: QuerySet) -> None:
        self.validated_parameters(self.request, self.query_parameters)

    def detail_view(self, request: Request, pk: int) -> Response:
        self.validated_parameters(request, self.detail_query_parameters)
        if pk > MAX_ID:
            raise Http404("not found")
        return super().detail_view(request, pk)

    def resolve_rich_text_format(self) -> str:
        return self.request.GET.get("rich_text_format", "html")

    def get_serializer_context(self) -> dict:
        context = BaseAPIViewSet.get_serializer_context(self)
        if isinstance(self, PagesAPIViewSet):
            # Wagtail's pages viewset builds this queryset for every request; only a parent
            # not loaded with the items (PrefetchedParentField) reads it.
            context["base_queryset"] = SimpleLazyObject(self.get_base_queryset)
        context["restricted_paths"] = self.restricted_paths
        context["restricted_collections"] = self.restricted_collections
        return context

    @property
    def visibility(self) -> visibility.Visibility:
        """What is private, looked up once for this request."""
        if not hasattr(self, "_visibility"):
            self._visibility = visibility.Visibility()
        return self._visibility

    @property
    def restricted_paths(self) -> list[str]:
        return self.visibility.restricted_paths

    @property
    def restricted_collections(self) -> set[int]:
        return self.visibility.restricted_collections


class LocalizedPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Base of the typed page endpoints (`news`, `members`, `glossary`…).

    Adds, over Wagtail's pages endpoint: `locale` and `fallback`, `meta.translations` and
    `meta.is_fallback`, declared filters, and a fixed number of queries per request whatever
    the number of items (related rows are declared once in `list_select_related` /
    `list_prefetch_related` and bulk-loaded in `prepare_items`). A subclass sets `model`,
    `filter_parameters` with `filter_items()`, `orderings` and `default_order`.
    """

    base_serializer_class = LocalizedPageSerializer
    filter_backends: ClassVar[list] = []
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations", "is_fallback"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "translations", "is_fallback"]
    detail_only_fields: ClassVar[list[str]] = ["parent"]
    list_select_related: ClassVar[tuple[str, ...]] = ()
    list_prefetch_related: ClassVar[tuple[Any, ...]] = ()
    filter_parameters: ClassVar[list[dict]] = []
    # Public ordering name -> ORM ordering.
    orderings: ClassVar[dict[str, str]] = {"title": "title", "first_published_at": "first_published_at"}
    default_order: ClassVar[str] = "title"
    # True for endpoints with at most a few hundred items per locale (see `listing_view`).
    ids_first: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "query_parameters" not in cls.__dict__:
            cls.query_parameters = [
                *params.pagination_parameters(),
                params.fields_parameter(),
                params.order_parameter(list(cls.orderings), cls.default_order),
                *params.locale_parameters(),
                *cls.filter_parameters,
                params.rich_text_format_parameter(),
            ]

    @classmethod
    def get_urlpatterns(cls) -> list:
        # Listing and detail only: no `find/` on typed endpoints.
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "find"]

    # --- querysets ---------------------------------------------------------------
    def get_base_queryset(self) -> QuerySet:
        return self.visibility.public_pages(Page)

    def get_queryset(self) -> QuerySet:
        return (
            self.visibility.public_pages(self.model)
            .select_related("locale", *self.list_select_related)
            .prefetch_related(*self.list_prefetch_related)
        )

    def filter_items(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        """Apply the endpoint's own filters (`filter_parameters`); override in subclasses."""
        return queryset

    def prepare_items(self, items: list[Page]) -> None:
        """Bulk-load what the items' fields need (translations, a detail's parent; more in
        subclasses)."""
        # Keys as hex digits, as the links query reads them (links.LINK_COLUMNS).
        keys = {item.translation_key.hex for item in items}
        # A detail's parent comes in the same query as the translations (public or absent).
        parent_paths = (
            {item.path[: -Page.steplen]: item for item in items} if self.action == "detail_view" else {}
        )
        translations: dict = {}
        parents: dict = {item.pk: None for item in parent_paths.values()}
        # Rows, not pages: a listing links hundreds of translations, and a page instance costs
        # more to build than its link.
        language_codes = self.visibility.language_codes

        def linked_rows(slots: dict) -> QuerySet:
            linked = Q(translation_key__any=slots["keys"])
            if parent_paths:
                linked |= Q(path__any=slots["paths"])
            return self.visibility.public_pages(Page).filter(linked).order_by().values_list(*LINK_COLUMNS)

        rows = statements.evaluate(
            ("links", bool(parent_paths), self.visibility.fingerprint),
            linked_rows,
            plan_once=True,
            keys=list(keys),
            paths=list(parent_paths),
        )
        for row in map(PageRow._make, rows):
            if row.path in parent_paths:
                parents[parent_paths[row.path].pk] = row
            if row.translation_key in keys:
                translations.setdefault(row.translation_key, []).append((language_codes[row.locale_id], row))
        for links in translations.values():
            links.sort(key=lambda link: link[0])
        self._translations = translations
        self._parents = parents

    def localized_related(
        self, items: list[Page], related: Callable[[Page], list], model: type[Page]
    ) -> dict[int, list]:
        """For each item, its related pages in the item's locale (else as linked), in one query.

        `related(item)` gives the linked pages (already prefetched); their translations are
        looked up among the public pages of `model`, as links (`visibility.LINK_FIELDS`): a
        linked page with no public translation at all, such as a draft, is left out.
        """
        linked = {item.pk: [obj for obj in related(item) if obj is not None] for item in items}
        keys = {obj.translation_key for objs in linked.values() for obj in objs}
        locale_ids = {item.locale_id for item in items} | {
            obj.locale_id for objs in linked.values() for obj in objs
        }

        def candidates(slots: dict) -> QuerySet:
            return (
                self.visibility.public_pages(model)
                .select_related("locale")
                .only(*visibility.LINK_FIELDS)
                .filter(translation_key__any=slots["keys"], locale_id__any=slots["locale_ids"])
            )

        found = {
            (obj.translation_key, obj.locale_id): obj
            for obj in (
                statements.evaluate(
                    ("related", model, self.visibility.fingerprint),
                    candidates,
                    plan_once=True,
                    keys=list(keys),
                    locale_ids=list(locale_ids),
                )
                if keys  # nothing linked: no query
                else []
            )
        }
        result = {}
        for item in items:
            chosen = (
                found.get((obj.translation_key, item.locale_id))
                or found.get((obj.translation_key, obj.locale_id))
                for obj in linked[item.pk]
            )
            result[item.pk] = [obj for obj in chosen if obj is not None]
        return result

    def filter_locale(self, queryset: QuerySet, values: dict[str, Any]) -> QuerySet:
        locale, fallback = values.get("locale"), values.get("fallback")
        if fallback and not locale:
            raise BadRequestError("fallback: needs a locale, e.g. ?locale=uk&fallback=en")
        if not locale:
            return queryset
        # By id, not through a join on the locale table: PostgreSQL then reads the locale's
        # pages through the page table's locale index instead of scanning every locale.
        in_locale = Q(locale_id=self.visibility.locale_id(locale))
        if fallback and fallback != locale:
            translated = queryset.filter(in_locale).values("translation_key")
            return queryset.filter(
                in_locale
                | (Q(locale_id=self.visibility.locale_id(fallback)) & ~Q(translation_key__in=translated))
            )
        return queryset.filter(in_locale)

    def ordering(self, values: dict[str, Any]) -> list[str]:
        order = values.get("order", self.default_order)
        descending = order.startswith("-")
        field = self.orderings[order.lstrip("-")]
        return [f"-{field}" if descending else field, "-pk" if descending else "pk"]

    # --- views -------------------------------------------------------------------
    def listing_view(self, request: Request) -> Response:
        values = self.validated_parameters(request, self.query_parameters)
        offset = values.get("offset", 0)
        limit = values.get("limit", min(20, self.query_parameters_limit_max))
        key = self.listing_statement_key(values)

        def listed() -> QuerySet:
            queryset = self.filter_items(self.filter_locale(self.get_queryset(), values), values)
            return queryset.order_by(*self.ordering(values)).defer(*self.listing_deferred_fields())

        if self.ids_first:
            # A few hundred items at most: their ids (and so the count) from the page table's
            # index, then the requested slice by id. The filters of `listed()` (a fallback's
            # subquery) made PostgreSQL walk the page table in id order to join the type's.
            ids = statements.evaluate(
                key and (*key, "ids"),
                lambda _slots: self.count_queryset(values, listed()).order_by().values_list("pk", flat=True),
                plan_once=True,
            )
            total_count = len(ids)

            def page_by_id(slots: dict) -> QuerySet:
                # The slice is ordered on the type's own table (the sort key's), then only its
                # rows are read with their pages.
                ordered = (
                    self.model._base_manager.filter(pk__any=slots["ids"])
                    .order_by(*self.ordering(values))
                    .values("pk")[offset : offset + limit]
                )
                return (
                    self.get_queryset()
                    .filter(pk__in=ordered)
                    .order_by(*self.ordering(values))
                    .defer(*self.listing_deferred_fields())
                )

            items = (
                statements.evaluate(
                    key and (*key, "by id", offset, limit), page_by_id, plan_once=True, ids=ids
                )
                if offset < total_count
                else []
            )
        else:
            # Two queries on purpose: a window count in the slice's query would make PostgreSQL
            # build and sort every row of the locale instead of reading the first rows of an
            # index.
            total_count = statements.count(
                key and (*key, "count"), lambda: self.count_queryset(values, listed())
            )
            items = (
                statements.evaluate_slice(key, lambda _slots: listed(), offset, limit)
                if offset < total_count
                else []
            )
        self.prepare_items(items)
        serializer = self.get_serializer(items, many=True)
        return Response({"meta": {"total_count": total_count}, "items": serializer.data})

    def listing_statement_key(self, values: dict[str, Any]) -> tuple | None:
        """What the listing's SQL depends on, so it is compiled once per process for each
        (`delivery.api.statements`); None when a filter depends on something else (the time)."""
        # The slice is bound at run time (`evaluate_slice`): one statement for every page.
        parameters = frozenset(item for item in values.items() if item[0] not in ("offset", "limit"))
        try:
            hash(parameters)
        except TypeError:  # an unhashable parameter value: compiled as usual
            return None
        return (type(self), parameters, tuple(self.content_type_ids()), self.visibility.fingerprint)

    @classmethod
    def listing_deferred_fields(cls) -> list[str]:
        """Columns a listing never shows (detail-only fields such as a StreamField body): not
        read, so not decoded, for the items of a listing."""
        names = {field.name for field in cls.model._meta.concrete_fields}
        return [name for name in cls.detail_only_fields if name in names]

    def count_queryset(self, values: dict[str, Any], queryset: QuerySet) -> QuerySet:
        """What to count: without an endpoint filter, the page table alone (by content type),
        so the count does not join the page type's table; else the filtered queryset."""
        if any(param["name"] in values for param in self.filter_parameters):
            return queryset
        pages = self.visibility.public_pages(Page).filter(content_type__in=self.content_type_ids())
        return self.filter_locale(pages, values)

    @classmethod
    def content_type_ids(cls) -> list[int]:
        """The endpoint's page type and its subclasses."""
        models = [cls.model, *(m for m in get_page_models() if issubclass(m, cls.model))]
        content_types = ContentType.objects.get_for_models(*models).values()
        return sorted(content_type.pk for content_type in content_types)

    def detail_view(self, request: Request, pk: int) -> Response:
        self.validated_parameters(request, self.detail_query_parameters)
        if pk > MAX_ID:
            raise Http404("not found")
        instance = self.get_object()
        self.prepare_items([instance])
        return Response(self.get_serializer(instance).data)

    def get_object(self) -> Page:
        if not hasattr(self, "_object"):
            self._object = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
            if self._object is None:
                raise Http404("not found")
        return self._object

    def get_serializer_class(self) -> type:
        # Wagtail builds a new serializer class per request (and a queryset, to learn the model);
        # the class depends only on the model, the fields asked for and listing or detail.
        model = self.model if self.action == "listing_view" else type(self.get_object())
        fields = self.request.GET.get("fields")
        if fields is not None:
            try:
                parse_fields_parameter(fields)
            except ValueError as error:
                raise BadRequestError(f"fields error: {error}") from error
        return _serializer_class(type(self), self.request.wagtailapi_router, model, fields, self.action)

    @property
    def query_parameters_limit_max(self) -> int:
        limit = next(param for param in self.query_parameters if param["name"] == "limit")
        return limit["schema"]["maximum"]

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        context["translations"] = getattr(self, "_translations", {})
        context["parents"] = getattr(self, "_parents", {})
        if self.action == "listing_view":
            context["requested_locale"] = self.validated_parameters(self.request, self.query_parameters).get(
                "locale"
            )
        return context


@functools.lru_cache(maxsize=512)
def _serializer_class(viewset: type, router: Any, model: type, fields: str | None, action: str) -> type:
    fields_config = parse_fields_parameter(fields) if fields is not None else []
    return viewset._get_serializer_class(router, model, fields_config, show_details=action != "listing_view")


# --- The stock endpoints, made request-independent and validated -------------------
def _pages_query_parameters() -> list[dict]:
    page_reference = {"type": "string", "pattern": "^(root|[0-9]{1,10})$"}
    return [
        *params.pagination_parameters(),
        params.fields_parameter(),
        params.order_parameter(["id", "title", "first_published_at"], "id"),
        params.parameter(
            "type",
            "Page type(s) as `app_label.Model`, comma-separated, e.g. `news.NewsPage`.",
            {"type": "string", "pattern": r"^[a-z_]+\.[A-Za-z]+(,[a-z_]+\.[A-Za-z]+)*$", "maxLength": 200},
        ),
        params.parameter("child_of", "Only children of this page id (or `root`).", page_reference),
        params.parameter("ancestor_of", "Only ancestors of this page id.", page_reference),
        params.parameter("descendant_of", "Only descendants of this page id (or `root`).", page_reference),
        params.parameter("translation_of", "Only translations of this page id.", page_reference),
        params.locale_parameters()[0],
        *_search_parameters(),
        params.rich_text_format_parameter(),
    ]


def _search_parameters() -> list[dict]:
    return [
        params.parameter(
            "search",
            "Full-text search (at most 200 characters, not only spaces).",
            {"type": "string", "maxLength": 200, "pattern": r"\S"},
        ),
        params.parameter(
            "search_operator", "How search terms combine.", {"type": "string", "enum": ["and", "or"]}
        ),
    ]


def _media_query_parameters() -> list[dict]:
    return [
        *params.pagination_parameters(),
        params.fields_parameter(),
        params.order_parameter(["id", "title"], "id"),
        *_search_parameters(),
    ]


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Wagtail's `pages` endpoint, showing the same public pages to everyone."""

    base_serializer_class = LocalizedPageSerializer
    query_parameters: ClassVar[list[dict]] = _pages_query_parameters()
    find_parameters: ClassVar[list[dict]] = [
        params.parameter("id", "Page id.", {"type": "integer", "minimum": 1, "maximum": MAX_ID}),
        params.parameter(
            "html_path",
            "Path of the page on the site, e.g. `/en/news/`.",
            {"type": "string", "maxLength": 1000},
        ),
    ]

    def get_base_queryset(self) -> QuerySet:
        return self.visibility.public_pages(Page)

    def get_queryset(self) -> QuerySet:
        # Stock v2 looks the locale up once per item.
        return super().get_queryset().select_related("locale")

    def find_view(self, request: Request) -> Response:
        self.validated_parameters(request, [*self.find_parameters, *self.query_parameters])
        return super().find_view(request)


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    """Wagtail's `images` endpoint without the images of private collections, for anyone."""

    query_parameters: ClassVar[list[dict]] = _media_query_parameters()

    def get_queryset(self) -> QuerySet:
        return BaseAPIViewSet.get_queryset(self).exclude(collection__in=self.restricted_collections)


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    """Wagtail's `documents` endpoint without the documents of private collections, for anyone."""

    query_parameters: ClassVar[list[dict]] = _media_query_parameters()

    def get_queryset(self) -> QuerySet:
        return BaseAPIViewSet.get_queryset(self).exclude(collection__in=self.restricted_collections)


def api_not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """Any other path under /api/v2/: a JSON 404, like the endpoints' own."""
    return JsonResponse({"message": f"no API endpoint at {request.path[:200]}"}, status=404)
