"""Write a resolved archive in bulk: tree paths, rows, revisions, translations, search index.

Stock Wagtail creates a page with `parent.add_child()` and publishes it with
`save_revision().publish()`: a dozen queries and signal handlers per page. Here each step is
one statement per batch, and the result is the same rows a publish leaves behind: a live page
with its `url_path`, a revision that is both `latest_revision` and `live_revision`, tags and
topic links, wagtail-localize's `TranslationSource` and `Translation` linking each translation
to its source, and search index entries.
"""

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from taggit.models import Tag
from wagtail.fields import StreamField
from wagtail.models import Page, Revision
from wagtail_localize.models import TranslatableObject, Translation, TranslationSource, get_schema_version

from archive.format import Record
from archive.resolve import Plan


@dataclass
class ImportResult:
    pages: int = 0
    translations: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


class TreeSlots:
    """Hands out consecutive treebeard paths under each parent, after its existing children."""

    def __init__(self) -> None:
        self.next_step: dict[int, int] = {}
        self.added: dict[int, int] = defaultdict(int)

    def take(self, parent: Page) -> str:
        if parent.pk not in self.next_step:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .first()
            )
            self.next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        step = self.next_step[parent.pk]
        self.next_step[parent.pk] = step + 1
        self.added[parent.pk] += 1
        return Page._get_path(parent.path, parent.depth + 1, step)

    def update_parents(self) -> None:
        for parent_pk, count in self.added.items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + count)


def _set_revisions(pairs: list[tuple[int, int]]) -> None:
    """latest_revision and live_revision of many pages in one UPDATE ... FROM (VALUES ...).

    (QuerySet.bulk_update builds a CASE expression per row: slower by far at this size.)
    """
    table = connection.ops.quote_name(Page._meta.db_table)
    rows = ", ".join(["(%s, %s)"] * len(pairs))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET latest_revision_id = v.column2, live_revision_id = v.column2 "  # noqa: S608
            f"FROM (VALUES {rows}) AS v WHERE {table}.id = v.column1",
            [value for pair in pairs for value in pair],
        )


class BulkWriter:
    def __init__(self, plan: Plan, *, batch_size: int = 500, update_index: bool = True) -> None:
        self.plan = plan
        self.batch_size = batch_size
        self.update_index = update_index
        self.slots = TreeSlots()
        self.now = timezone.now()
        self.pages: dict[str, Page] = {}  # record key -> created specific page
        self.content: dict[str, dict] = {}  # source key -> serialised content
        self.tags: dict[str, Tag] = {}
        self.page_content_type = ContentType.objects.get_for_model(Page)
        self.result = ImportResult()

    def run(self) -> ImportResult:
        with transaction.atomic():
            self._load_tags()
            for records in self._batches(self.plan.sources):
                self._write_batch(records)
            for records in self._batches(self.plan.translations):
                self._write_batch(records)
            self._write_translation_links()
            self.slots.update_parents()
        return self.result

    def _batches(self, records: list[Record]):
        by_model: dict[type, list[Record]] = defaultdict(list)
        for record in records:
            by_model[record.model].append(record)
        for model_records in by_model.values():
            for start in range(0, len(model_records), self.batch_size):
                yield model_records[start : start + self.batch_size]

    def _load_tags(self) -> None:
        names = {name for record in self.plan.sources for name in record.tags}
        existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        missing = sorted(names - set(existing))
        if missing:
            from django.utils.text import slugify

            used = set(Tag.objects.values_list("slug", flat=True))
            new = []
            for name in missing:
                slug = base = slugify(name)[:90] or "tag"
                counter = 1
                while slug in used:
                    counter += 1
                    slug = f"{base}-{counter}"
                used.add(slug)
                new.append(Tag(name=name, slug=slug))
            Tag.objects.bulk_create(new)
            existing.update({tag.name: tag for tag in Tag.objects.filter(name__in=missing)})
        self.tags = existing

    # --- one batch of records of one page type -----------------------------------
    def _write_batch(self, records: list[Record]) -> None:
        model = records[0].model
        content_type = ContentType.objects.get_for_model(model)
        values = [self._values(record) for record in records]
        self._convert_streams(model, values)
        pages = [
            self._build_page(model, content_type, record, v)
            for record, v in zip(records, values, strict=True)
        ]

        base_rows = Page.objects.bulk_create([self._base_row(page) for page in pages])
        for page, base in zip(pages, base_rows, strict=True):
            page.pk = page.id = page.page_ptr_id = base.pk
            page.page_ptr = base
        local_fields = list(model._meta.local_concrete_fields)
        model._base_manager._insert(pages, fields=local_fields, using=model._base_manager.db)
        for page in pages:
            page._state.adding = False
            page._state.db = model._base_manager.db

        self._write_children(model, records, pages)
        self._write_revisions(model, content_type, records, pages, base_rows)
        if self.update_index:
            from modelsearch.backends import get_search_backends

            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, pages)
        for record, page in zip(records, pages, strict=True):
            self.pages[record.key] = page
        self.result.pages += len(pages)
        self.result.translations += sum(1 for r in records if r.translation_of)
        label = model._meta.label
        self.result.by_type[label] = self.result.by_type.get(label, 0) + len(pages)

    def _values(self, record: Record) -> dict:
        values = dict(self.plan.values[record.translation_of]) if record.translation_of else {}
        values.update(self.plan.values[record.key])
        return values

    @staticmethod
    def _convert_streams(model: type[Page], values: list[dict]) -> None:
        """StreamField data of the whole batch to block values at once: one query per chooser
        block type (images, documents) for the batch, instead of one per page."""
        for model_field in model._meta.local_concrete_fields:
            if not isinstance(model_field, StreamField):
                continue
            present = [v for v in values if model_field.name in v]
            converted = model_field.stream_block.bulk_to_python([v[model_field.name] for v in present])
            for v, stream in zip(present, converted, strict=True):
                v[model_field.name] = stream

    def _build_page(self, model: type[Page], content_type: ContentType, record: Record, values: dict) -> Page:
        parent = self.plan.parents[record.key]
        source_key = record.translation_of or record.key
        published = record.published_at or self.plan.sources_by_key[source_key].published_at or self.now
        translation_key = self.pages[source_key].translation_key if record.translation_of else uuid.uuid4()
        page = model(
            title=record.title,
            draft_title=record.title,
            slug=record.slug,
            content_type=content_type,
            locale=self.plan.locales[record.locale],
            translation_key=translation_key,
            path=self.slots.take(parent),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{record.slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            latest_revision_created_at=self.now,
            **values,
        )
        source = self.plan.sources_by_key[source_key]
        # Tags and topics are synchronised from the source, as wagtail-localize does.
        if hasattr(model, "tagged_items"):
            page.tagged_items = [
                model.tagged_items.rel.related_model(tag=self.tags[name]) for name in source.tags
            ]
        if source_key in self.plan.topic_ids:
            link_model = model._meta.get_field("topic_links").related_model
            page.topic_links = [
                link_model(topic_id=topic_id, sort_order=order)
                for order, topic_id in enumerate(self.plan.topic_ids[source_key])
            ]
        # Every other child relation (comments, related members...) is empty: say so, or
        # serialising the revision would query each of them for each page.
        for relation in get_all_child_relations(model):
            name = relation.get_accessor_name()
            if name not in ("tagged_items", "topic_links") or not hasattr(model, name):
                setattr(page, name, [])
        return page

    @staticmethod
    def _base_row(page: Page) -> Page:
        return Page(
            **{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields if not f.primary_key}
        )

    def _write_children(self, model: type[Page], records: list[Record], pages: list[Page]) -> None:
        for relation in ("tagged_items", "topic_links"):
            if not hasattr(model, relation):
                continue
            parent_key = model._meta.get_field(relation).field.attname
            children = []
            for page in pages:
                for child in getattr(page, relation).all():
                    setattr(child, parent_key, page.pk)
                    children.append(child)
            if children:
                created = type(children[0]).objects.bulk_create(children)
                for child, row in zip(children, created, strict=True):
                    child.pk = row.pk

    def _write_revisions(
        self, model: type[Page], content_type: ContentType, records, pages: list[Page], base_rows: list[Page]
    ) -> None:
        revisions = []
        for record, page in zip(records, pages, strict=True):
            content = page.serializable_data()
            if record.translation_of is None:
                self.content[record.key] = content
            revisions.append(
                Revision(
                    content_type=content_type,
                    base_content_type=self.page_content_type,
                    object_id=str(page.pk),
                    object_str=page.title[:255],
                    content=content,
                    created_at=self.now,
                )
            )
        Revision.objects.bulk_create(revisions)
        for page, base, revision in zip(pages, base_rows, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
            base.latest_revision_id = base.live_revision_id = revision.pk
        _set_revisions([(page.pk, page.latest_revision_id) for page in pages])

    # --- wagtail-localize: which page is a translation of which ---------------------
    def _write_translation_links(self) -> None:
        translated = defaultdict(list)
        for record in self.plan.translations:
            translated[record.translation_of].append(record)
        if not translated:
            return
        keys = [key for key in self.plan.sources_by_key if key in translated]
        TranslatableObject.objects.bulk_create(
            [
                TranslatableObject(
                    translation_key=self.pages[key].translation_key, content_type=self.page_content_type
                )
                for key in keys
            ],
            ignore_conflicts=True,
        )
        schema_versions: dict[str, str] = {}
        sources = []
        for key in keys:
            page = self.pages[key]
            app_label = page._meta.app_label
            if app_label not in schema_versions:
                schema_versions[app_label] = get_schema_version(app_label)
            sources.append(
                TranslationSource(
                    object_id=page.translation_key,
                    specific_content_type_id=page.content_type_id,
                    locale_id=page.locale_id,
                    object_repr=str(page)[:200],
                    content_json=json.dumps(self.content[key], cls=DjangoJSONEncoder),
                    schema_version=schema_versions[app_label],
                    last_updated_at=self.now,
                )
            )
        for start in range(0, len(sources), self.batch_size):
            TranslationSource.objects.bulk_create(sources[start : start + self.batch_size])
        # Disabled: the imported text is the translation, edited in Wagtail's own editor. An
        # enabled Translation without string translations would let "Sync translated pages"
        # overwrite it with the source text.
        links = [
            Translation(
                source=source,
                target_locale=self.plan.locales[record.locale],
                translations_last_updated_at=self.now,
                destination_last_updated_at=self.now,
                enabled=False,
            )
            for key, source in zip(keys, sources, strict=True)
            for record in translated[key]
        ]
        for start in range(0, len(links), self.batch_size * 4):
            Translation.objects.bulk_create(links[start : start + self.batch_size * 4])
