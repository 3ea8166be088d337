"""What the public API may show, decided without looking at the request.

The API answers the same to everyone (no session, no password cookie), so a page is
public only if neither it, nor an ancestor, nor the same section in any other locale
carries a view restriction, and an image or document only if no ancestor collection is
restricted.
"""

from django.db.models import Q, QuerySet
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction

from delivery.api.parameters import content_language_codes


def restricted_page_paths() -> list[str]:
    """Tree paths of every restricted section, in every locale (one query)."""
    restricted_keys = PageViewRestriction.objects.values("page__translation_key")
    return list(Page.objects.filter(translation_key__in=restricted_keys).values_list("path", flat=True))


def public_pages(model: type[Page] = Page) -> QuerySet:
    """Live pages of `model` in a content locale, outside every restricted section.

    Aliases of restricted pages are excluded too: an alias shows its source's content.
    """
    # Plain id filters only: the search backend filters on indexed fields (locale, id), not
    # on joins, and `?search=` runs on this queryset.
    locale_ids = list(
        Locale.objects.filter(language_code__in=content_language_codes()).values_list("id", flat=True)
    )
    # depth > 1: the tree's root is no content page.
    queryset = model.objects.live().filter(depth__gt=1, locale_id__in=locale_ids)
    paths = restricted_page_paths()
    if paths:
        hidden = Q()
        for path in paths:
            hidden |= Q(path__startswith=path) | Q(alias_of__path__startswith=path)
        queryset = queryset.exclude(id__in=list(Page.objects.filter(hidden).values_list("id", flat=True)))
    return queryset


def restricted_collection_ids() -> set[int]:
    """Collections under any view restriction, with their descendants (two queries)."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return set()
    under = Q()
    for path in paths:
        under |= Q(path__startswith=path)
    return set(Collection.objects.filter(under).values_list("id", flat=True))
