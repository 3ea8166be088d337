"""Check an archive against the database before anything is written.

Every error names its line; nothing is written unless every record passes.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from archive.format import ArchiveError, Record
from archive.rich_text import clean_rich_text


@dataclass
class Plan:
    """The archive resolved: parents, locales and converted field values for every record."""

    sources: list[Record]
    translations: list[Record]
    locales: dict[str, Locale]
    parents: dict[str, Page] = field(default_factory=dict)  # record key -> parent page
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # record key -> field values
    topic_ids: dict[str, list[int]] = field(default_factory=dict)  # source key -> topic ids
    sources_by_key: dict[str, Record] = field(default_factory=dict)


def _editable_fields(model: type[Page]) -> dict[str, models.Field]:
    """The page type's own concrete fields (Page's are set by the importer), by name."""
    own = {}
    for model_field in model._meta.local_concrete_fields:
        if model_field.primary_key:
            continue
        own[model_field.name] = model_field
    return own


def _rich_text_features(block: Any) -> list[str] | None:
    return getattr(block, "features", None)


def _stream_value(model_field: StreamField, value: Any, record: Record, name: str) -> list[dict]:
    if not isinstance(value, list):
        raise ArchiveError(f"line {record.line}: field '{name}' must be a list of blocks")
    from wagtail.blocks import RichTextBlock

    child_blocks = model_field.stream_block.child_blocks
    cleaned = []
    for block in value:
        if not isinstance(block, dict) or block.get("type") not in child_blocks or "value" not in block:
            kind = block.get("type") if isinstance(block, dict) else block
            raise ArchiveError(
                f"line {record.line}: field '{name}' has a block of unknown type {str(kind)[:50]!r} "
                f"(known: {', '.join(child_blocks)})"
            )
        block_value = block["value"]
        child = child_blocks[block["type"]]
        if isinstance(child, RichTextBlock):
            if not isinstance(block_value, str):
                raise ArchiveError(
                    f"line {record.line}: a '{block['type']}' block of '{name}' must be HTML text"
                )
            block_value = clean_rich_text(block_value, _rich_text_features(child))
        cleaned.append(
            {"type": block["type"], "value": block_value, **({"id": block["id"]} if "id" in block else {})}
        )
    return cleaned


def convert_fields(model: type[Page], record: Record) -> dict[str, Any]:
    """Field values by attribute name (`feed_image_id` for a foreign key), converted and cleaned."""
    own = _editable_fields(model)
    values = {}
    for name, value in record.fields.items():
        model_field = own.get(name)
        if model_field is None:
            raise ArchiveError(
                f"line {record.line}: {model.__name__} has no field '{str(name)[:50]}' to import"
            )
        if isinstance(model_field, StreamField):
            values[name] = _stream_value(model_field, value, record, name)
            continue
        if isinstance(model_field, models.ForeignKey):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise ArchiveError(f"line {record.line}: field '{name}' must be the id of an existing row")
            values[model_field.attname] = value
            continue
        if isinstance(value, str) and "\x00" in value:
            raise ArchiveError(f"line {record.line}: field '{name}' contains a NUL character")
        try:
            converted = model_field.to_python(value)
            if converted not in (None, ""):
                model_field.run_validators(converted)
        except ValidationError as error:
            raise ArchiveError(f"line {record.line}: field '{name}': {' '.join(error.messages)}") from None
        if isinstance(model_field, RichTextField) and converted:
            converted = clean_rich_text(converted, getattr(model_field, "features", None))
        values[name] = converted
    return values


def _check_foreign_keys(model: type[Page], records: list[Record], values: dict[str, dict[str, Any]]) -> None:
    for model_field in _editable_fields(model).values():
        if not isinstance(model_field, models.ForeignKey):
            continue
        wanted = {values[r.key].get(model_field.attname) for r in records} - {None}
        found = set(
            model_field.related_model._base_manager.filter(pk__in=wanted).values_list("pk", flat=True)
        )
        for record in records:
            pk = values[record.key].get(model_field.attname)
            if pk is not None and pk not in found:
                raise ArchiveError(f"line {record.line}: field '{model_field.name}': no row with id {pk}")


def _resolve_source_parents(plan: Plan) -> None:
    ids = {r.parent for r in plan.sources if isinstance(r.parent, int)}
    paths = {r.parent for r in plan.sources if isinstance(r.parent, str)}
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids)}
    by_path = {page.url_path: page for page in Page.objects.filter(url_path__in=paths)}
    for record in plan.sources:
        parent = (by_id if isinstance(record.parent, int) else by_path).get(record.parent)
        if parent is None or parent.depth < 1:
            raise ArchiveError(
                f"line {record.line}: parent {str(record.parent)[:100]!r} is not an existing page"
            )
        if parent.locale_id != plan.locales[record.locale].pk and parent.depth > 1:
            raise ArchiveError(
                f"line {record.line}: parent {str(record.parent)[:100]!r} is not in locale {record.locale!r}"
            )
        if parent.specific_class not in record.model.allowed_parent_page_models():
            raise ArchiveError(
                f"line {record.line}: a {record.model.__name__} cannot be created under "
                f"{parent.specific_class.__name__} {str(record.parent)[:100]!r}"
            )
        plan.parents[record.key] = parent


def _resolve_translation_parents(plan: Plan, sources: dict[str, Record]) -> None:
    wanted = {
        (plan.parents[r.translation_of].translation_key, plan.locales[r.locale].pk) for r in plan.translations
    }
    keys = {key for key, _ in wanted}
    found = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale_id__in={loc for _, loc in wanted})
    }
    for record in plan.translations:
        source = sources[record.translation_of]
        if record.locale == source.locale:
            raise ArchiveError(f"line {record.line}: a translation must be in another locale than its source")
        source_parent = plan.parents[source.key]
        # Every locale's tree hangs from the one root (depth 1).
        parent = (
            source_parent
            if source_parent.depth == 1
            else found.get((source_parent.translation_key, plan.locales[record.locale].pk))
        )
        if parent is None:
            raise ArchiveError(
                f"line {record.line}: the parent {source_parent.url_path!r} has no {record.locale!r} "
                "translation: translate it first"
            )
        plan.parents[record.key] = parent


def _check_slugs(plan: Plan) -> None:
    """Slugs unique among siblings, existing pages included."""
    by_parent: dict[int, list[Record]] = defaultdict(list)
    for record in [*plan.sources, *plan.translations]:
        by_parent[plan.parents[record.key].pk].append(record)
    parents = {page.pk: page for page in plan.parents.values()}
    for parent_pk, records in by_parent.items():
        parent = parents[parent_pk]
        taken = set(
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).values_list(
                "slug", flat=True
            )
        )
        for record in records:
            if record.slug in taken:
                raise ArchiveError(
                    f"line {record.line}: slug {record.slug!r} is already used under {parent.url_path}"
                )
            taken.add(record.slug)


def _resolve_topics(plan: Plan) -> None:
    for record in plan.sources:
        if not record.topics:
            continue
        try:
            link_model = record.model._meta.get_field("topic_links").related_model
        except FieldDoesNotExist:
            raise ArchiveError(f"line {record.line}: {record.model.__name__} has no topics") from None
        topic_model = link_model._meta.get_field("topic").related_model
        topics = dict(
            topic_model.objects.filter(
                slug__in=record.topics, locale=plan.locales[record.locale]
            ).values_list("slug", "pk")
        )
        missing = [slug for slug in record.topics if slug not in topics]
        if missing:
            raise ArchiveError(
                f"line {record.line}: no topic with slug {missing[0][:100]!r} in {record.locale!r}"
            )
        plan.topic_ids[record.key] = [topics[slug] for slug in record.topics]


def resolve(records: list[Record]) -> Plan:
    codes = {record.locale for record in records}
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)}
    for record in records:
        if record.locale not in locales:
            raise ArchiveError(f"line {record.line}: unknown locale {record.locale[:20]!r}")
        if record.tags and not hasattr(record.model, "tagged_items"):
            raise ArchiveError(f"line {record.line}: {record.model.__name__} has no tags")
    sources = {record.key: record for record in records if record.translation_of is None}
    plan = Plan(
        sources=list(sources.values()),
        translations=[record for record in records if record.translation_of is not None],
        locales=locales,
        sources_by_key=sources,
    )
    _resolve_source_parents(plan)
    _resolve_translation_parents(plan, sources)
    _check_slugs(plan)
    _resolve_topics(plan)
    by_model: dict[type, list[Record]] = defaultdict(list)
    for record in records:
        plan.values[record.key] = convert_fields(record.model, record)
        by_model[record.model].append(record)
    for model, model_records in by_model.items():
        _check_foreign_keys(model, model_records, plan.values)
    return plan
