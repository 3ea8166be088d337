"""The site's URLs plus stock Wagtail, for comparison, outside the delivery middleware's prefix.

* `/stock-api/v2/pages/`: Wagtail's own `PagesAPIViewSet` (no validation, no cache, no bulk
  loading); our models' image fields need to know the private collections, nothing more.
* `/<lang>/stock-html/<path>`: Wagtail's own `serve` view for the same pages.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path, re_path
from wagtail import views as wagtail_views
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as site_urlpatterns
from delivery.api import visibility


class StockPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's own viewset; only the context our models' field serializers read is added
    (what is private: two queries per request, as in our viewsets)."""

    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        context["restricted_paths"] = visibility.restricted_page_paths()
        context["restricted_collections"] = visibility.restricted_collection_ids()
        return context


stock_router = WagtailAPIRouter("stockapi")
stock_router.register_endpoint("pages", StockPagesAPIViewSet)

urlpatterns = [
    path("stock-api/v2/", stock_router.urls),
    *i18n_patterns(
        re_path(r"^stock-html/((?:[\w\-]+/)*)$", wagtail_views.serve, name="stock_serve"),
        prefix_default_language=True,
    ),
    *site_urlpatterns,
]

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
