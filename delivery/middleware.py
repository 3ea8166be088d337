"""One layer in front of every response under /api/v2/: channel token, rate limit, cache, ETag.

Built as middleware so it covers every endpoint registered on the router, the typed ones
included, without each viewset having to opt in.
"""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag

from delivery import cache, cache_headers, rate_limit
from delivery.models import Channel

CACHEABLE_METHODS = ("GET", "HEAD")
# Set by _add_public_headers() on a miss and replayed on every hit.
PUBLIC_HEADERS = (
    "Cache-Control",
    "Vary",
    cache_headers.SURROGATE_KEY_HEADER,
    cache_headers.CACHE_TAG_HEADER,
)


def _error(status: int, message: str, **headers: str) -> JsonResponse:
    response = JsonResponse({"message": message}, status=status, headers=headers)
    patch_cache_control(response, no_store=True)
    return response


class APIDeliveryMiddleware:
    """Identifies the channel, applies rate limits and serves the API from cache with ETags."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.prefix = getattr(settings, "ALLIANCE_API_PREFIX", "/api/v2/")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(self.prefix):
            return self.get_response(request)

        request.channel = None
        if "Authorization" in request.headers:
            request.channel = self._authenticate(request.headers["Authorization"])
            if request.channel is None:
                return _error(
                    401,
                    "Authorization: unknown or inactive channel token. Send 'Bearer <channel token>' "
                    "or no Authorization header for public access.",
                    **{"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )

        window = rate_limit.current_window(request)
        if request.method in CACHEABLE_METHODS:
            # Negotiated here, as LocaleMiddleware would for a path without a language prefix:
            # this middleware runs before it (and before sessions and authentication, none of
            # which the API reads), so a cache hit touches nothing else.
            language = translation.get_language_from_request(request)
            translation.activate(language)
            key = cache.request_key(request, language)
        else:
            key = None
        found = cache.count_and_lookup(window, key)
        if found.count > window.limit:
            retry_after = str(max(window.ends_in, 1))
            return _error(
                429,
                f"Too many requests: the limit is {window.limit} per window; retry in {retry_after} s.",
                **{"Retry-After": retry_after},
            )
        if key is None:
            return self.get_response(request)
        if found.cached is not None:
            return self._hit(request, found.cached, language)
        with cache.for_request(found.content_version):
            return self._miss(request, key, found.generation)

    @staticmethod
    def _authenticate(header: str) -> Channel | None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return Channel.objects.for_token(token.strip())

    def _hit(self, request: HttpRequest, cached: cache.CachedResponse, language: str) -> HttpResponse:
        response = HttpResponse(cached.content, status=cached.status, content_type=cached.content_type)
        response["ETag"] = cached.etag
        response["X-Cache"] = "HIT"
        response["Content-Language"] = language
        if cached.headers:
            for name, value in cached.headers:
                response[name] = value
        else:  # stored before headers were kept with the answer
            self._add_public_headers(request, response)
        return get_conditional_response(request, etag=cached.etag, response=response)

    def _miss(self, request: HttpRequest, key: str, generation: str) -> HttpResponse:
        response = self.get_response(request)
        if response.streaming:
            return response
        if response.status_code != 200:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, no_store=True)
            return response

        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        response["ETag"] = etag
        cache_control = response.get("Cache-Control", "")
        if "no-store" in cache_control or "private" in cache_control:
            return response  # preview and anything else a view marked personal
        self._add_public_headers(request, response)
        if response.get("Content-Type", "").startswith("application/json"):
            response["X-Cache"] = "MISS"
            cache.store(
                key,
                cache.CachedResponse(
                    status=response.status_code,
                    content=response.content,
                    content_type=response["Content-Type"],
                    etag=etag,
                    generation=generation,
                    headers=tuple(
                        (name, response[name]) for name in PUBLIC_HEADERS if response.has_header(name)
                    ),
                ),
            )
        return get_conditional_response(request, etag=etag, response=response)

    @staticmethod
    def _add_public_headers(request: HttpRequest, response: HttpResponse) -> None:
        # Revalidate every time (cheap with the ETag), so no client keeps content past a publish.
        patch_cache_control(
            response, public=True, max_age=getattr(settings, "ALLIANCE_API_MAX_AGE", 0), must_revalidate=True
        )
        patch_vary_headers(response, ("Accept", "Accept-Language"))
        # The CDN may keep it for ALLIANCE_CDN_MAX_AGE (purged on publish) and purge it by key.
        cache_headers.add_public_headers(response, cache_headers.api_keys(request))
