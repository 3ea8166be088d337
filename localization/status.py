"""Translation status per locale: what is translated, missing, out of date or in review.

Computed from a fixed number of aggregate queries (one per table, whatever the
size of the site), then combined in Python. A translation is:
- in review while its moderation workflow is in progress;
- out of date when its source was published again after it (the changed
  segments wait for the translator);
- incomplete when up to date but some segments still show the source text;
- translated when live (pages) or present (snippets), up to date and complete;
- missing otherwise (no translation, or a draft never published).
Percent complete counts translated items only.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef
from wagtail.models import Locale, Page, TranslatableMixin, WorkflowState
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from .terminology import PageWarning, pages_with_warnings

# Which translations come first: page types by rank, newest first within a rank
# by the named date field. Overridable with TRANSLATION_STATUS_PRIORITIES.
DEFAULT_PRIORITIES: dict[str, tuple[int, str | None]] = {
    "news.newspage": (0, "date"),
    "news.eventpage": (0, "start"),
    "home.homepage": (1, None),
    "home.standardpage": (2, None),
    "home.formpage": (2, None),
    "members.memberpage": (3, None),
    "members.nationalalliancepage": (3, None),
    "glossary.glossarytermpage": (4, None),
}
OTHER_PAGE_RANK = 5
SNIPPET_RANK = 6
NEXT_ITEMS = 10


@dataclass
class Counts:
    total: int = 0
    translated: int = 0
    missing: int = 0
    out_of_date: int = 0
    incomplete: int = 0
    in_review: int = 0

    @property
    def percent_complete(self) -> float:
        return round(100 * self.translated / self.total, 1) if self.total else 100.0

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            "translated": self.translated,
            "missing": self.missing,
            "out_of_date": self.out_of_date,
            "incomplete": self.incomplete,
            "in_review": self.in_review,
            "percent_complete": self.percent_complete,
        }


@dataclass
class Item:
    """One source page or snippet, as the dashboard lists it."""

    kind: str  # "page" or "snippet"
    model: str
    source_id: int
    title: str
    translation_key: str
    rank: int
    when: datetime | date | None = None
    depth: int = 0
    published_at: datetime | None = None


@dataclass
class ToDo:
    item: Item
    status: str  # "missing", "out_of_date" or "incomplete"

    def as_dict(self) -> dict:
        return {
            "kind": self.item.kind,
            "type": self.item.model,
            "source_id": self.item.source_id,
            "title": self.item.title,
            "status": self.status,
            "date": self.item.when.isoformat() if self.item.when else None,
        }


@dataclass
class LocaleStatus:
    locale: Locale
    pages: Counts = field(default_factory=Counts)
    snippets: Counts = field(default_factory=Counts)
    next_items: list[ToDo] = field(default_factory=list)
    warnings: list[PageWarning] = field(default_factory=list)

    @property
    def percent_complete(self) -> float:
        total = self.pages.total + self.snippets.total
        done = self.pages.translated + self.snippets.translated
        return round(100 * done / total, 1) if total else 100.0

    def as_dict(self) -> dict:
        return {
            "locale": self.locale.language_code,
            "name": self.locale.get_display_name(),
            "percent_complete": self.percent_complete,
            "pages": self.pages.as_dict(),
            "snippets": self.snippets.as_dict(),
            "next": [todo.as_dict() for todo in self.next_items],
            "terminology_warnings": [
                {"page_id": warning.page_id, "title": warning.title, "found": list(warning.found)}
                for warning in self.warnings
            ],
        }


def priorities() -> dict[str, tuple[int, str | None]]:
    return getattr(settings, "TRANSLATION_STATUS_PRIORITIES", DEFAULT_PRIORITIES)


def source_pages(source: Locale) -> list[Item]:
    """Live source pages (the site roots' children down), newest first within each rank."""
    rows = Page.objects.filter(locale=source, depth__gt=1, live=True).values_list(
        "id",
        "title",
        "translation_key",
        "content_type__app_label",
        "content_type__model",
        "depth",
        "last_published_at",
    )
    items = []
    for page_id, title, key, app_label, model, depth, published_at in rows:
        label = f"{app_label}.{model}"
        rank, _date_field = priorities().get(label, (OTHER_PAGE_RANK, None))
        items.append(Item("page", label, page_id, title, str(key), rank, None, depth, published_at))
    # One query per dated page type, not per page.
    by_id = {item.source_id: item for item in items}
    for label, (_rank, date_field) in priorities().items():
        if date_field is None:
            continue
        model = apps.get_model(label)
        for page_id, when in model.objects.filter(locale=source, live=True).values_list("id", date_field):
            if page_id in by_id:
                by_id[page_id].when = when
    return items


def snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def translation_progress(source: Locale) -> tuple[dict[str, int], dict[tuple[str, int], int]]:
    """Segments per source object, and translated segments per (object, locale): two aggregate queries."""
    totals = {
        str(key): total
        for key, total in StringSegment.objects.filter(source__locale=source)
        .values("source__object_id")
        .annotate(total=Count("id"))
        .values_list("source__object_id", "total")
    }
    in_use = StringSegment.objects.filter(
        source__locale=source, string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
    )
    done = {
        (str(key), locale_id): count
        for key, locale_id, count in StringTranslation.objects.filter(Exists(in_use), has_error=False)
        .values("context__object_id", "locale_id")
        .annotate(done=Count("id"))
        .values_list("context__object_id", "locale_id", "done")
    }
    return totals, done


@dataclass
class SiteStatus:
    """The dashboard: the source locale's own warnings, then each target locale."""

    source: Locale
    source_warnings: list[PageWarning]
    locales: list[LocaleStatus]

    def as_dict(self) -> dict:
        return {
            "source": {
                "locale": self.source.language_code,
                "terminology_warnings": [
                    {"page_id": warning.page_id, "title": warning.title, "found": list(warning.found)}
                    for warning in self.source_warnings
                ],
            },
            "locales": [status.as_dict() for status in self.locales],
        }


def translation_status(locales: list[Locale] | None = None) -> SiteStatus:
    """Status of every target locale (or of `locales`) against the default locale's content."""
    source = Locale.get_default()
    targets = (
        locales
        if locales is not None
        else list(Locale.objects.exclude(pk=source.pk).order_by("language_code"))
    )
    target_ids = [locale.pk for locale in targets]
    statuses = {locale.pk: LocaleStatus(locale) for locale in targets}

    pages = source_pages(source)
    translated_pages = {
        (str(key), locale_id): (page_id, live, published_at, first_published_at)
        for page_id, key, locale_id, live, published_at, first_published_at in Page.objects.filter(
            locale_id__in=target_ids, depth__gt=1
        ).values_list("id", "translation_key", "locale_id", "live", "last_published_at", "first_published_at")
    }
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list("object_id", flat=True)
    )
    totals, done = translation_progress(source)
    synced_at = {
        str(key): when
        for key, when in TranslationSource.objects.filter(locale=source).values_list(
            "object_id", "last_updated_at"
        )
    }

    def incomplete(key: str, locale_id: int) -> bool:
        return done.get((key, locale_id), 0) < totals.get(key, 0)

    for item in pages:
        for locale_id, status in statuses.items():
            status.pages.total += 1
            target = translated_pages.get((item.translation_key, locale_id))
            state = classify_page(
                item,
                target,
                in_review,
                incomplete(item.translation_key, locale_id),
                synced_at.get(item.translation_key),
            )
            setattr(status.pages, state, getattr(status.pages, state) + 1)
            if state in ("missing", "out_of_date", "incomplete"):
                status.next_items.append(ToDo(item, state))

    for model in snippet_models():
        label = model._meta.label_lower
        sources = list(model.objects.filter(locale=source))
        existing = {
            (str(key), locale_id)
            for key, locale_id in model.objects.filter(locale_id__in=target_ids).values_list(
                "translation_key", "locale_id"
            )
        }
        for instance in sources:
            item = Item(
                "snippet", label, instance.pk, str(instance), str(instance.translation_key), SNIPPET_RANK
            )
            for locale_id, status in statuses.items():
                status.snippets.total += 1
                if (item.translation_key, locale_id) not in existing:
                    state = "missing"
                elif incomplete(item.translation_key, locale_id):
                    state = "incomplete"
                else:
                    state = "translated"
                setattr(status.snippets, state, getattr(status.snippets, state) + 1)
                if state != "translated":
                    status.next_items.append(ToDo(item, state))

    warnings = pages_with_warnings([source, *targets])
    for status in statuses.values():
        status.next_items = sorted(status.next_items, key=importance)[:NEXT_ITEMS]
        status.warnings = warnings.get(status.locale.pk, [])
    return SiteStatus(source, warnings.get(source.pk, []), list(statuses.values()))


def classify_page(
    item: Item, target, in_review: set[str], incomplete: bool, synced_at: datetime | None
) -> str:
    if target is None:
        return "missing"
    page_id, live, published_at, first_published_at = target
    if str(page_id) in in_review:
        return "in_review"
    if not live:
        return "missing"
    if item.published_at and published_at and item.published_at > published_at:
        return "out_of_date"
    # The sync loop republishes the source's facts into live translations at once, so a changed
    # source shows as new untranslated segments that arrived after the translation went live.
    if incomplete and synced_at and first_published_at and synced_at > first_published_at:
        return "out_of_date"
    return "incomplete" if incomplete else "translated"


def importance(todo: ToDo) -> tuple:
    """Rank first, then newest first (dated items), then higher in the tree, then title."""
    item = todo.item
    when = item.when
    if isinstance(when, datetime):
        when = when.date()
    newest_first = -(when.toordinal()) if when else 0
    return (item.rank, newest_first, item.depth, item.title.casefold())
