"""Server-side cache of public HTML pages for anonymous readers.

A reader without a session cookie gets the same HTML as every other such reader, so a
rendered page is kept (key: host, path, cache generation) and served again without touching
the database, the templates, sessions or users. The generation is the API cache's
(`delivery/cache.py`): every publish, unpublish, move, delete and snippet/media change starts a
new one, so no reader sees a page older than the last publish.

Only what is the same for everyone is stored: a 200 `text/html` answer to a GET without a query
string, that sets no cookie (pages with a form set the CSRF cookie), is not `private` or
`no-store`, and was rendered for a request that carried no session cookie. Anything else goes
through untouched.
"""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from delivery import cache

SKIPPED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/django-admin/")


def _key(request: HttpRequest) -> str:
    digest = hashlib.sha256(f"{request.get_host()}\x00{request.path}".encode()).hexdigest()
    return f"delivery:page:{digest}"


class PublicPageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    @property
    def timeout(self) -> int:
        return getattr(settings, "ALLIANCE_PAGE_CACHE_TIMEOUT", 0)

    def _cacheable_request(self, request: HttpRequest) -> bool:
        return (
            bool(self.timeout)
            and request.method in ("GET", "HEAD")
            and not request.META.get("QUERY_STRING")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(SKIPPED_PREFIXES)
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        generation, stored = cache.lookup(key)
        if stored is not None:
            response = HttpResponse(stored.content, status=stored.status, content_type=stored.content_type)
            response["X-Page-Cache"] = "HIT"
            patch_cache_control(response, max_age=0)
            return response
        response = self.get_response(request)
        if self._cacheable_response(response):
            cache.store(
                key,
                cache.CachedResponse(
                    response.status_code, response.content, response["Content-Type"], "", generation
                ),
                timeout=self.timeout,
            )
            response["X-Page-Cache"] = "MISS"
        return response

    @staticmethod
    def _cacheable_response(response: HttpResponse) -> bool:
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )
