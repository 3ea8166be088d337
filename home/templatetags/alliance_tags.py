"""Template tags for the reader site: translations of the current page."""

from django import template
from django.utils.translation import get_language_info
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def page_translations(context, page: Page) -> list[dict]:
    """Every live, public translation of `page` (itself included), for the switcher and hreflang."""
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return []
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
    result = []
    for translation in translations.order_by("locale__language_code"):
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
    return result


@register.simple_tag
def default_translation(translations: list[dict], default_code: str = "en") -> dict | None:
    return next((item for item in translations if item["code"] == default_code), None)
