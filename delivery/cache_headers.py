"""Headers a CDN can act on: `Cache-Control` for shared caches and `Surrogate-Key`/`Cache-Tag`.

Public answers (live pages, feeds, sitemap, API) say `public` with `s-maxage` =
ALLIANCE_CDN_MAX_AGE for the CDN, and name what they contain (`page-42 locale-fr api-news`) so an
operator can purge by key (Fastly's Surrogate-Key, Cloudflare's Cache-Tag). Anything personal —
a signed-in user, a page in a private section, a page with a form (its CSRF token), a response
setting a cookie — is `private, no-store`, whatever the view said.
"""

import re
from collections.abc import Callable, Iterable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

SURROGATE_KEY_HEADER = "Surrogate-Key"  # Fastly, Varnish (xkey)
CACHE_TAG_HEADER = "Cache-Tag"  # Cloudflare, Akamai
# Answers from views that are the same for every reader, besides Wagtail's pages.
PUBLIC_VIEW_NAMES = {"sitemap", "robots_txt"}
PUBLIC_NAMESPACES = {"feeds"}
API_DETAIL = re.compile(r"^/api/v2/(?P<endpoint>[\w-]+)/(?P<id>\d+)/$")
API_LISTING = re.compile(r"^/api/v2/(?P<endpoint>[\w-]+)/")


def add_public_headers(response: HttpResponse, keys: Iterable[str]) -> None:
    cdn_max_age = getattr(settings, "ALLIANCE_CDN_MAX_AGE", 0)
    if cdn_max_age:
        patch_cache_control(response, public=True, s_maxage=cdn_max_age)
    keys = sorted(set(keys))
    response[SURROGATE_KEY_HEADER] = " ".join(keys)
    response[CACHE_TAG_HEADER] = ",".join(keys)


def api_keys(request: HttpRequest) -> list[str]:
    keys = ["api", f"locale-{request.GET.get('locale') or 'default'}"]
    detail = API_DETAIL.match(request.path)
    if detail:
        keys += [f"api-{detail['endpoint']}", f"page-{detail['id']}"]
    else:
        listing = API_LISTING.match(request.path)
        if listing:
            keys.append(f"api-{listing['endpoint']}")
    return keys


def is_personal(request: HttpRequest, response: HttpResponse) -> bool:
    user = getattr(request, "user", None)
    return bool(
        (user is not None and user.is_authenticated)
        or getattr(request, "delivery_page_is_private", False)
        # get_token() was called: the page carries this reader's CSRF token (a form).
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or response.cookies
    )


class PageCacheHeadersMiddleware:
    """Cache headers for the reader site; the API has its own in APIDeliveryMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or request.path.startswith(("/admin/", "/api/")):
            return response
        page = getattr(request, "delivery_page", None)
        match = getattr(request, "resolver_match", None)
        is_public_view = page is not None or (
            match is not None
            and (match.url_name in PUBLIC_VIEW_NAMES or PUBLIC_NAMESPACES.intersection(match.namespaces))
        )
        if not is_public_view:
            return response
        if is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
            return response
        if response.status_code != 200 or "private" in response.get("Cache-Control", ""):
            return response
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        keys = ["pages", f"locale-{getattr(request, 'LANGUAGE_CODE', '') or 'default'}"]
        if page is not None:
            keys += [f"page-{page.pk}", f"type-{page._meta.label_lower}"]
        else:
            keys.append(f"view-{match.view_name}".replace(":", "-"))
        add_public_headers(response, keys)
        return response
