"""Template tags for the reader site: translations of the current page, the language switcher."""

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

register = template.Library()

# Open Graph wants language_TERRITORY; Romani has no such code and is left out.
OG_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "de": "de_DE",
    "it": "it_IT",
    "es": "es_ES",
    "ro": "ro_RO",
    "bg": "bg_BG",
    "hu": "hu_HU",
    "sk": "sk_SK",
    "uk": "uk_UA",
}


def _live_translations(request: HttpRequest | None, page: Page) -> list[Page]:
    """Every live, public translation of `page` (itself included), cached on the request."""
    cache = getattr(request, "_alliance_translations", None) if request else None
    if cache is not None and cache[0] == page.pk:
        return cache[1]
    translations = list(
        page.get_translations(inclusive=True).live().public().select_related("locale").order_by("locale_id")
    )
    if request is not None:
        request._alliance_translations = (page.pk, translations)
    return translations


@register.simple_tag(takes_context=True)
def page_translations(context, page: Page) -> list[dict]:
    """Every live, public translation of `page`, for hreflang alternates."""
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return []
    result = []
    for translation in _live_translations(request, page):
        code = translation.locale.language_code
        result.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translation.get_url(request),
                "full_url": translation.get_full_url(request),
                "is_current": translation.pk == page.pk,
            }
        )
    return sorted(result, key=lambda item: item["code"])


@register.simple_tag
def default_translation(translations: list[dict], default_code: str | None = None) -> dict | None:
    """The alternate for `x-default`: the page in the site's default language."""
    code = default_code or settings.LANGUAGE_CODE
    return next((item for item in translations if item["code"] == code), None)


@register.simple_tag(takes_context=True)
def language_switcher(context, page: Page | None, current_code: str) -> list[dict]:
    """Every content language, in the site's order: the current page's translation when it
    exists, else that locale's home page, marked as missing so the switcher can grey it."""
    request = context.get("request")
    by_code = {}
    if page is not None and getattr(page, "pk", None):
        by_code = {t.locale.language_code: t for t in _live_translations(request, page)}
    homes = {}
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and len(by_code) < len(settings.LANGUAGES):
        homes = {
            home.locale.language_code: home
            for home in site.root_page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
    items = []
    for code, _english_name in settings.LANGUAGES:
        target = by_code.get(code)
        exists = target is not None
        if target is None:
            target = homes.get(code)
        items.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": target.get_url(request) if target is not None else "",
                "exists": exists,
                "is_current": code == current_code,
            }
        )
    return items


@register.filter
def og_locale(code: str) -> str:
    return OG_LOCALES.get(code, "")


@register.simple_tag(takes_context=True)
def query_string(context, **changes) -> str:
    """The current query string with `changes` applied (None or "" removes a key): for filter
    and pagination links that keep the other filters."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def site_chrome(context, current_code: str) -> dict:
    """The reader's home page, the sections for the header and the forms for the sidebar,
    in the reader's language, in two queries."""
    from django.contrib.contenttypes.models import ContentType

    from home.models import FormPage  # models import late: template libraries load early

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"home": None, "sections": [], "forms": []}
    home = (
        site.root_page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=current_code)
        .first()
    ) or site.root_page
    children = list(home.get_children().live().public().order_by("path"))
    form_type = ContentType.objects.get_for_model(FormPage).pk
    return {
        "home": home,
        "sections": [child for child in children if child.content_type_id != form_type],
        "forms": [child for child in children if child.content_type_id == form_type],
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """`url` made absolute against the current request (Open Graph needs absolute image URLs)."""
    request = context.get("request")
    if request is None or not url.startswith("/"):
        return url
    return request.build_absolute_uri(url)
