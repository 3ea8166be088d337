"""The publish path's single receiver: Wagtail's signals in, one `content_changed` event out.

Consumers (the API cache, webhooks) connect to `content_changed`; content apps know none of them,
and the consumers know no content type.
"""

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

logger = logging.getLogger(__name__)

PUBLISHED = "page.published"
UNPUBLISHED = "page.unpublished"
DELETED = "page.deleted"
MOVED = "page.moved"
# Snippets, images, documents and view restrictions: they show inside pages' JSON.
RELATED_CHANGED = "related.changed"

# Sent once per change; receivers get `change=ContentChange(...)`.
content_changed = Signal()


@dataclass(frozen=True)
class ContentChange:
    """What changed on the public side: one page (or a related object) in one locale."""

    event: str
    type: str
    id: int
    locale: str = ""
    page_url: str = ""
    # Only public pages are announced to channels; private ones still drop the cache.
    is_public: bool = True
    time: datetime = field(default_factory=timezone.now)
    # Where the page's other-locale versions and the pages that list it are found, for
    # consumers that must reach every affected URL (the CDN purge): the translation group, the
    # ancestors (before and after a move), and the URL a moved page had.
    translation_key: str = ""
    listing_page_ids: tuple[int, ...] = ()
    previous_page_url: str = ""

    @property
    def api_url(self) -> str:
        if not self.event.startswith("page."):
            return ""
        return f"{settings.WAGTAILAPI_BASE_URL.rstrip('/')}/api/v2/pages/{self.id}/"


def _ancestor_paths(path: str) -> list[str]:
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def _page_change(event: str, page: Page, previous_parent: Page | None = None) -> ContentChange:
    content_type = ContentType.objects.get_for_id(page.content_type_id)
    restricted = PageViewRestriction.objects.filter(page__path__in=_ancestor_paths(page.path)).exists()
    # Ancestors below the root (home, section index...): the pages whose listings show this one.
    listing_paths = _ancestor_paths(page.path)[1:-1]
    previous_page_url = ""
    if previous_parent is not None:
        listing_paths += _ancestor_paths(previous_parent.path)[1:]
        previous_parent_url = previous_parent.get_full_url() or ""
        previous_page_url = f"{previous_parent_url}{page.slug}/" if previous_parent_url else ""
    listing_page_ids = tuple(
        Page.objects.filter(path__in=listing_paths).order_by("path").values_list("pk", flat=True)
    )
    return ContentChange(
        event=event,
        type=f"{content_type.app_label}.{content_type.model}",
        id=page.pk,
        locale=page.locale.language_code,
        page_url=page.get_full_url() or "",
        is_public=not restricted,
        translation_key=str(page.translation_key),
        listing_page_ids=listing_page_ids,
        previous_page_url=previous_page_url,
    )


def emit(change: ContentChange) -> None:
    logger.debug("content changed: %s", change)
    content_changed.send(sender=ContentChange, change=change)


@receiver(page_published)
def _on_page_published(sender, instance: Page, **kwargs) -> None:
    emit(_page_change(PUBLISHED, instance))


@receiver(page_unpublished)
def _on_page_unpublished(sender, instance: Page, **kwargs) -> None:
    emit(_page_change(UNPUBLISHED, instance))


@receiver(post_page_move)
def _on_page_moved(sender, instance: Page, parent_page_before: Page | None = None, **kwargs) -> None:
    if instance.live:
        emit(_page_change(MOVED, instance, previous_parent=parent_page_before))


# Deleting a page deletes its base `Page` row (and its descendants'): listen to that row only.
# Its locale and URL are read before it goes; the event is sent after, so that Wagtail's own
# unpublish-on-delete (page.unpublished) comes first whatever the receivers' order.
@receiver(pre_delete, sender=Page)
def _before_page_deleted(sender, instance: Page, **kwargs) -> None:
    change = _page_change(DELETED, instance)
    was_live = Page.objects.filter(pk=instance.pk, live=True).exists()
    if not was_live:
        # A page never seen by readers is not announced; its absence changes no response.
        change = replace(change, page_url="", is_public=False)
    instance._delivery_deleted_change = change


@receiver(post_delete, sender=Page)
def _on_page_deleted(sender, instance: Page, **kwargs) -> None:
    change = getattr(instance, "_delivery_deleted_change", None)
    if change is not None:
        emit(change)


def _is_related_model(model: type) -> bool:
    # Collection restrictions (and collections, whose moves change what a restriction covers)
    # decide which images and documents the API may show; a site's hostname, port and root page
    # are in every page URL the API answers with.
    return model in (
        get_image_model(),
        get_document_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
    ) or (model in get_snippet_models())


@receiver(post_save)
@receiver(post_delete)
def _on_related_change(sender: type, instance, **kwargs) -> None:
    if issubclass(sender, Page) or not _is_related_model(sender):
        return
    locale = getattr(instance, "locale", None)
    emit(
        ContentChange(
            event=RELATED_CHANGED,
            type=sender._meta.label_lower,
            id=instance.pk,
            locale=locale.language_code if locale else "",
            is_public=False,
        )
    )
