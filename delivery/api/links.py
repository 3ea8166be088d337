"""Public URLs of pages for one API request, without a `reverse()` or a model instance per page.

A 20-item listing links about 240 pages (each item, its ten translations, related pages).
Wagtail's `Page.get_full_url()` reverses `wagtail_serve` for every page; here the URL of a page
is its language's prefix (reversed once per language) followed by its path below the site
root, quoted the way `reverse()` quotes it. The API detail path is reversed once per page type.
`tests/api/test_page_links.py` checks both against Wagtail's own in every locale.
"""

import functools
import re
from typing import Any, NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signals import setting_changed
from django.db.models import TextField, Value
from django.db.models.functions import Cast, Replace
from django.dispatch import receiver
from django.http import HttpRequest
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.api.utils import get_base_url
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from delivery.kept import KeptUntilChange

# What Django's reverse() leaves unquoted in a path, and paths that quoting leaves unchanged.
REVERSE_SAFE = RFC3986_SUBDELIMS + "/~:@"
UNQUOTED_PATH = re.compile(r"[A-Za-z0-9_\-./~]*")
_UNSET = object()


@functools.lru_cache(maxsize=65536)
def quoted_path(path: str) -> str:
    """A page path quoted as `reverse()` quotes it (kept: the same pages are linked again and
    again, and quoting a Cyrillic slug is most of the cost of its link)."""
    return path if UNQUOTED_PATH.fullmatch(path) else quote(path, safe=REVERSE_SAFE)


class PageRow(NamedTuple):
    """The columns a link needs, read with `values_list(*LINK_COLUMNS)`."""

    pk: int
    translation_key: str
    locale_id: int
    path: str
    url_path: str
    content_type_id: int
    title: str


# PageRow's columns as the links query reads them: the translation key as its 32 hex digits,
# `UUID.hex` (psycopg2 builds a UUID object for each uuid value it reads, and a listing links
# hundreds of pages; SQLite stores the hex digits, PostgreSQL's text has dashes).
LINK_COLUMNS = tuple(
    Replace(Cast(name, TextField()), Value("-"), Value(""), output_field=TextField())
    if name == "translation_key"
    else name
    for name in PageRow._fields
)


class PageURLs:
    """Builds `html_url` and `detail_url` for the pages of one request."""

    def __init__(self, request: HttpRequest | None, router: Any) -> None:
        self.request = request
        self.router = router
        self._prefixes: dict[str, str | None] = {}
        self._starts: dict[tuple, Any] = {}
        self._models: dict[int, type[Page]] = {}
        self._detail_templates: dict[type, str | None] = {}
        self._base_url: Any = _UNSET
        self._current_site_id: Any = _UNSET
        self._site_count: int | None = None
        self._append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)

    @property
    def base_url(self) -> str:
        if self._base_url is _UNSET:
            self._base_url = get_base_url(self.request) or ""
        return self._base_url

    @property
    def site_root_paths(self) -> list:
        # Shared with Wagtail's get_url_parts(request=...), which caches on the same attribute.
        holder = self.request if self.request is not None else self
        try:
            return holder._wagtail_cached_site_root_paths
        except AttributeError:
            holder._wagtail_cached_site_root_paths = kept_site_root_paths()
            return holder._wagtail_cached_site_root_paths

    def html_url(self, url_path: str, active_language: str | None = None) -> str | None:
        """As `Page.get_full_url(request)`: None when the page is under no site or not routable.

        `active_language`: the active language when the caller knows it (else looked up).
        """
        roots = self.site_root_paths
        if self.request is not None and self._several_sites(roots):
            possible = [root for root in roots if url_path.startswith(root.root_path)]
            current = self._current_site()
            roots = sorted(possible, key=lambda root: root.site_id != current)  # its own site first
        return self._html_url(roots, url_path, active_language or translation.get_language())

    def _html_url(self, roots: list, url_path: str, active_language: str) -> str | None:
        for root in roots:
            if url_path.startswith(root.root_path):
                break
        else:
            return None
        # The language prefix, once per site root and active language.
        key = (root, active_language)
        prefix = self._starts.get(key, _UNSET)
        if prefix is _UNSET:
            prefix = self._starts[key] = self._prefix(self._variant_of(root.language_code, active_language))
        if prefix is None:
            return None
        page_path = prefix + quoted_path(url_path[len(root.root_path) :])
        if not self._append_slash and page_path != "/":
            page_path = page_path.rstrip("/")
        return root.root_url + page_path

    def translation_links(self, translations: list, skip_pk: int, active_language: str) -> list[dict]:
        """`meta.translations` of a page: `{locale, id, detail_url, html_url}` for each
        (language code, PageRow) but the page's own (a listing links hundreds of pages: the
        site roots are looked up once per item, not once per link)."""
        roots = self.site_root_paths
        several_sites = self.request is not None and self._several_sites(roots)
        return [
            {
                "locale": language_code,
                "id": row.pk,
                "detail_url": self.detail_url(self.model(row), row.pk),
                "html_url": self.html_url(row.url_path, active_language)
                if several_sites
                else self._html_url(roots, row.url_path, active_language),
            }
            for language_code, row in translations
            if row.pk != skip_pk
        ]

    def _several_sites(self, roots: list) -> bool:
        if self._site_count is None:
            self._site_count = len({root.site_id for root in roots})
        return self._site_count > 1

    def detail_url(self, model: type[Page], pk: int) -> str | None:
        if model not in self._detail_templates:
            path = self.router.get_object_detail_urlpath(model, 999999999)
            self._detail_templates[model] = (
                path.replace("/999999999/", "/{pk}/") if path and "/999999999/" in path else None
            )
        template = self._detail_templates[model]
        path = template.format(pk=pk) if template else self.router.get_object_detail_urlpath(model, pk)
        return self.base_url + path if path else None

    def model(self, page: Page | PageRow) -> type[Page]:
        """The specific class of a page or a row."""
        if not isinstance(page, PageRow):
            return page.specific_class or type(page)
        model = self._models.get(page.content_type_id)
        if model is None:
            content_type = ContentType.objects.get_for_id(page.content_type_id)
            model = self._models[page.content_type_id] = content_type.model_class() or Page
        return model

    def link(self, page: Page, language_code: str) -> dict:
        """`{id, type, title, locale, detail_url, html_url}` of a public page."""
        model = self.model(page)
        return {
            "id": page.pk,
            "type": f"{model._meta.app_label}.{model.__name__}",
            "title": page.title,
            "locale": language_code,
            "detail_url": self.detail_url(model, page.pk),
            "html_url": self.html_url(page.url_path),
        }

    @staticmethod
    def _variant_of(language_code: str, active: str | None) -> str:
        # As get_url_parts: the active language wins when it is a variant of the site's.
        try:
            if active and get_supported_content_language_variant(active) == language_code:
                return active
        except LookupError:
            pass
        return language_code

    def _prefix(self, language_code: str) -> str | None:
        if language_code not in self._prefixes:
            self._prefixes[language_code] = serve_prefix(language_code, get_urlconf(), get_script_prefix())
        return self._prefixes[language_code]

    def _current_site(self) -> int | None:
        if self._current_site_id is _UNSET:
            site = Site.find_for_request(self.request)
            self._current_site_id = site.pk if site else None
        return self._current_site_id


_kept_root_paths: KeptUntilChange[list] = KeptUntilChange()


def kept_site_root_paths() -> list:
    """`Site.get_site_root_paths()`, kept by this process until the next content change (a
    site's change is one: delivery/events.py). Wagtail reads them from the shared cache on every
    call: a round trip per request."""
    return _kept_root_paths.get("site root paths", Site.get_site_root_paths)


@functools.lru_cache(maxsize=256)
def serve_prefix(language_code: str, urlconf: str | None, script_prefix: str) -> str | None:
    """The path of a language's site root (`/fr/`), None when pages have no URL (headless).

    Reversed once per process for each request URL configuration and script prefix; a
    settings change (ROOT_URLCONF, LANGUAGE_CODE, in tests) clears it.
    """
    try:
        with translation.override(language_code):
            return reverse("wagtail_serve", args=("",), urlconf=urlconf)
    except NoReverseMatch:
        return None


@receiver(setting_changed)
def _forget_prefixes(**kwargs: Any) -> None:
    serve_prefix.cache_clear()


def urls_for(context: dict) -> PageURLs:
    """The request's URL builder, kept in the serializer context."""
    urls = context.get("_page_urls")
    if urls is None:
        urls = context["_page_urls"] = PageURLs(context.get("request"), context.get("router"))
    return urls
