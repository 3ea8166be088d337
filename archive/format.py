"""The archive format read by `import_archive`: JSON Lines, one page per line.

A source page::

    {"key": "news-1", "type": "news.NewsPage", "locale": "en", "parent": "/home/news/",
     "title": "…", "slug": "…", "published_at": "2019-08-02T10:00:00+00:00",
     "fields": {"date": "2019-08-02", "intro": "…", "body": [{"type": "paragraph", "value": "<p>…</p>"}],
                "feed_image": 12, "feed_image_alt": "…"},
     "tags": ["roma", "housing"], "topics": ["education"]}

A translation of a page given earlier in the file (its type, parent, tags, topics and the
fields it does not give follow the source, as wagtail-localize synchronises them)::

    {"key": "news-1-fr", "translation_of": "news-1", "locale": "fr", "title": "…", "slug": "…",
     "fields": {"intro": "…", "body": […]}}

`parent` is a page id or a page's Wagtail `url_path`; a translation's parent is the source
parent's translation in its locale. Foreign keys (`feed_image`) are ids of existing rows.
Full reference: docs/archive-import.md.
"""

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.utils.dateparse import parse_datetime
from wagtail.models import Page

SOURCE_KEYS = {"key", "type", "locale", "parent", "title", "slug", "published_at", "fields", "tags", "topics"}
TRANSLATION_KEYS = {"key", "translation_of", "locale", "title", "slug", "published_at", "fields"}


class ArchiveError(ValueError):
    """Bad archive input; the message names the line and what is wrong."""


@dataclass
class Record:
    """One line of the archive, parsed but not yet checked against the database."""

    line: int
    key: str
    locale: str
    title: str
    slug: str
    fields: dict[str, Any]
    model: type[Page] | None = None
    parent: int | str | None = None
    translation_of: str | None = None
    published_at: datetime.datetime | None = None
    tags: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


def _text(value: Any, name: str, line: int, *, required: bool = True, max_length: int = 255) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ArchiveError(f"line {line}: '{name}' must be a non-empty string")
    if "\x00" in value:
        raise ArchiveError(f"line {line}: '{name}' contains a NUL character")
    if len(value) > max_length:
        raise ArchiveError(f"line {line}: '{name}' is longer than {max_length} characters")
    return value


def _string_list(value: Any, name: str, line: int) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ArchiveError(f"line {line}: '{name}' must be a list of non-empty strings")
    return [item.strip() for item in value]


def _page_model(label: Any, line: int) -> type[Page]:
    try:
        model = apps.get_model(label) if isinstance(label, str) else None
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, Page) or model is Page:
        raise ArchiveError(
            f"line {line}: 'type' {str(label)[:100]!r} is not a page type (e.g. news.NewsPage)"
        )
    return model


def parse_line(text: str, line: int) -> Record:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArchiveError(f"line {line}: not valid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise ArchiveError(f"line {line}: expected a JSON object")
    is_translation = "translation_of" in data
    allowed = TRANSLATION_KEYS if is_translation else SOURCE_KEYS
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ArchiveError(f"line {line}: unknown key '{unknown[0]}'")
    fields = data.get("fields", {})
    if not isinstance(fields, dict):
        raise ArchiveError(f"line {line}: 'fields' must be an object")
    published_at = None
    if data.get("published_at") is not None:
        published_at = (
            parse_datetime(str(data["published_at"])) if isinstance(data["published_at"], str) else None
        )
        if published_at is None or published_at.tzinfo is None:
            raise ArchiveError(f"line {line}: 'published_at' must be an ISO 8601 date-time with a time zone")
    record = Record(
        line=line,
        key=_text(data.get("key"), "key", line),
        locale=_text(data.get("locale"), "locale", line, max_length=100),
        title=_text(data.get("title"), "title", line),
        slug=_text(data.get("slug"), "slug", line) if not is_translation or "slug" in data else "",
        fields=fields,
        published_at=published_at,
    )
    if is_translation:
        record.translation_of = _text(data["translation_of"], "translation_of", line)
    else:
        record.model = _page_model(data.get("type"), line)
        parent = data.get("parent")
        if not (isinstance(parent, int) and not isinstance(parent, bool)) and not isinstance(parent, str):
            raise ArchiveError(f"line {line}: 'parent' must be a page id or a url_path such as /home/news/")
        record.parent = parent
        record.tags = _string_list(data.get("tags"), "tags", line)
        record.topics = _string_list(data.get("topics"), "topics", line)
    return record


def read_records(lines: Iterable[str]) -> list[Record]:
    """Parse every non-empty line; keys must be unique and translations follow their source."""
    records: list[Record] = []
    seen: dict[str, Record] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        record = parse_line(text, number)
        if record.key in seen:
            raise ArchiveError(
                f"line {number}: key {record.key!r} already used on line {seen[record.key].line}"
            )
        if record.translation_of is not None:
            source = seen.get(record.translation_of)
            if source is None or source.translation_of is not None:
                raise ArchiveError(
                    f"line {number}: 'translation_of' {record.translation_of!r} is not an earlier source page"
                )
            record.model = source.model
            record.slug = record.slug or source.slug
        seen[record.key] = record
        records.append(record)
    if not records:
        raise ArchiveError("the archive is empty")
    return records
