from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.templatetags.static import static as static_url
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api_router
from delivery import feeds, openapi
from delivery.api.viewsets import api_not_found
from home import views as home_views
from localization.status_views import translation_status_json
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/schema/", openapi.schema_view, name="api_schema"),
    path("api/v2/docs/", openapi.docs_view, name="api_docs"),
    # A plain view, before the router: staff-only JSON, not a content endpoint.
    path("api/v2/translation-status/", translation_status_json, name="translation_status_json"),
    path("api/v2/", api_router.urls),
    re_path(r"^api/v2/(?P<path>.*)$", api_not_found),
    path("sitemap.xml", home_views.sitemap_xml, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", RedirectView.as_view(url=lazy(static_url, str)("favicon.svg"), permanent=True)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
    # --- Local media under the production settings (issue 9): a single machine without a
    # bucket (`make serve`) serves its uploads itself; with AWS_STORAGE_BUCKET_NAME set, media
    # URLs point to the bucket (or its CDN domain) and this route is not there.
    from django.views.static import serve as serve_file

    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve_file,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# Wagtail's page patterns, except that /<lang>/api/… is never a page: otherwise
# LocaleMiddleware would answer every 404 of the API with a redirect to /en/api/….
wagtail_page_urls = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"] + [
    re_path(r"^(?!api/)((?:[\w\-]+/)*)$", wagtail_views.serve, name="wagtail_serve")
]

# Per-locale feeds: {% url "feeds:news-rss" %} gives the active language's feed.
feed_urls = (
    [
        path("news/rss/", feeds.NewsRSSFeed(), name="news-rss"),
        path("news/atom/", feeds.NewsAtomFeed(), name="news-atom"),
        path("events/rss/", feeds.EventsRSSFeed(), name="events-rss"),
        path("events/atom/", feeds.EventsAtomFeed(), name="events-atom"),
    ],
    "feeds",
)

# Public pages live under a locale prefix: /en/..., /fr/..., /rom/...
urlpatterns += i18n_patterns(
    path("feeds/", include(feed_urls)),
    path("search/", search_views.search_view, name="search"),
    path("", include(wagtail_page_urls)),
    prefix_default_language=True,
)

# Error pages in the reader's language and the site's layout.
handler400 = home_views.bad_request
handler404 = home_views.page_not_found
handler500 = home_views.server_error
