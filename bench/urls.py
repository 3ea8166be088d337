"""The site's URLs plus stock Wagtail, for comparison, outside the delivery middleware's prefix.

* `/stock-api/v2/pages/`: Wagtail's own `PagesAPIViewSet` (no validation, no cache, no bulk
  loading); our models' image fields need to know the private collections, nothing more. Its
  `?search=` runs on stock Wagtail's search backend (the `stock` backend of bench/settings.py),
  not on ours: ours (search/backend.py) is part of what is measured.
* `/stock-api-oursearch/v2/pages/`: the same viewset searching with our backend, for reference.
* `/<lang>/stock-html/<path>`: Wagtail's own `serve` view for the same pages.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path, re_path
from wagtail import views as wagtail_views
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.search.backends import get_search_backend

from cms.urls import urlpatterns as site_urlpatterns
from delivery.api import visibility


class StockSearchFilter(SearchFilter):
    """Wagtail's `?search=` filter, on stock Wagtail's search backend."""

    def filter_queryset(self, request, queryset, view):  # noqa: ANN001, ANN201
        if "search" not in request.GET:
            return queryset
        return get_search_backend("stock").search(
            request.GET["search"],
            queryset,
            operator=request.GET.get("search_operator"),
            order_by_relevance="order" not in request.GET,
        )


class StockPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's own viewset; only the context our models' field serializers read is added
    (what is private: two queries per request, as in our viewsets), and its search runs on
    stock Wagtail's backend."""

    filter_backends = [
        StockSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        context["restricted_paths"] = visibility.restricted_page_paths()
        context["restricted_collections"] = visibility.restricted_collection_ids()
        return context


class StockPagesOnOurSearchAPIViewSet(StockPagesAPIViewSet):
    """The same, with `?search=` on the site's search backend (ours): for reference only."""

    filter_backends = PagesAPIViewSet.filter_backends


stock_router = WagtailAPIRouter("stockapi")
stock_router.register_endpoint("pages", StockPagesAPIViewSet)
stock_on_our_search_router = WagtailAPIRouter("stockapi_oursearch")
stock_on_our_search_router.register_endpoint("pages", StockPagesOnOurSearchAPIViewSet)

urlpatterns = [
    path("stock-api/v2/", stock_router.urls),
    path("stock-api-oursearch/v2/", stock_on_our_search_router.urls),
    *i18n_patterns(
        re_path(r"^stock-html/((?:[\w\-]+/)*)$", wagtail_views.serve, name="stock_serve"),
        prefix_default_language=True,
    ),
    *site_urlpatterns,
]

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
