"""The headless API router, mounted at /api/v2/. Typed endpoints register here.

Typed endpoints come before the stock `pages` one: an item's `detail_url` points at the
first endpoint whose model it is, so a news page links to /api/v2/news/<id>/.
Every endpoint declares `query_parameters` (see delivery/api/viewsets.py): the OpenAPI
schema at /api/v2/schema/ is generated from them and from the models' `api_fields`.
"""

from wagtail.api.v2.router import WagtailAPIRouter

from delivery.api.viewsets import PublicDocumentsAPIViewSet, PublicImagesAPIViewSet, PublicPagesAPIViewSet
from delivery.preview import PagePreviewAPIViewSet
from glossary.api import GlossaryAPIViewSet
from members.api import MembersAPIViewSet, NationalAlliancesAPIViewSet
from news.api import EventsAPIViewSet, NewsAPIViewSet
from search.api import SearchAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("news", NewsAPIViewSet)
api_router.register_endpoint("events", EventsAPIViewSet)
api_router.register_endpoint("members", MembersAPIViewSet)
api_router.register_endpoint("national-alliances", NationalAlliancesAPIViewSet)
api_router.register_endpoint("glossary", GlossaryAPIViewSet)
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
# Drafts for a signed, expiring preview token (delivery/preview.py).
api_router.register_endpoint("preview", PagePreviewAPIViewSet)
# Full-text search in the reader's language, glossary-aware (search/api.py).
api_router.register_endpoint("search", SearchAPIViewSet)
