"""Rich text is cleaned before it is written, whichever way it comes in.

The admin's editor (Draftail) only ever produces the whitelisted database format, but rich
text also arrives from code (the demo loader, scripts), from translations (PO files, machine
translation, the translation editor, wagtail-localize's sync) and from imports. Every one of
them ends in a model save or a revision save; these receivers clean rich text there with the
editor's allow-list (database-format tags and attributes, http/https/mailto/tel links), so no
`<script>`, `javascript:` link or event attribute reaches readers, the API or the preview.
"""

import json
import re
from functools import cache
from typing import Any

import nh3
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision

# Wagtail's database format for the features the models enable (bold, italic, links, lists,
# headings...), with its own `linktype`/`embedtype` references resolved at render time.
ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "em", "embed", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "li", "ol", "p", "s", "strong", "sub", "sup", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
    "*": {"data-block-key"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
SELF_CLOSING = re.compile(r"\s*/>")


def clean_rich_text(html: str) -> str:
    """`html` with every tag, attribute and URL scheme outside the allow-list removed."""
    if not html:
        return html
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    # Keep the stored text byte for byte when nothing was removed, only re-serialised.
    return html if SELF_CLOSING.sub(">", html) == cleaned else cleaned


def _clean_block_data(block: blocks.Block, data: Any) -> Any:
    """Clean the rich text inside the raw (JSON) data of `block`."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_rich_text(data) if isinstance(data, str) else data
    if isinstance(block, blocks.StreamBlock) and isinstance(data, list):
        for item in data:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                item["value"] = _clean_block_data(child, item.get("value"))
        return data
    if isinstance(block, blocks.StructBlock) and isinstance(data, dict):
        for name, child in block.child_blocks.items():
            if name in data:
                data[name] = _clean_block_data(child, data[name])
        return data
    if isinstance(block, blocks.ListBlock) and isinstance(data, list):
        return [
            {**item, "value": _clean_block_data(block.child_block, item["value"])}
            if isinstance(item, dict) and "value" in item and "type" in item
            else _clean_block_data(block.child_block, item)
            for item in data
        ]
    return data


@cache
def _rich_text_fields(model) -> list:
    return [f for f in model._meta.concrete_fields if isinstance(f, RichTextField | StreamField)]


def clean_instance(instance) -> None:
    """Clean every rich text field and every rich text block of `instance` in place."""
    for field in _rich_text_fields(type(instance)):
        value = getattr(instance, field.attname)
        if isinstance(field, RichTextField):
            if isinstance(value, str):
                setattr(instance, field.attname, clean_rich_text(value))
        elif value is not None and _may_hold_rich_text(field):
            raw = field.stream_block.get_prep_value(value) if not isinstance(value, list | str) else value
            if isinstance(raw, str):
                raw = json.loads(raw or "[]")
            before = json.dumps(raw, sort_keys=True)
            cleaned = _clean_block_data(field.stream_block, raw)
            if json.dumps(cleaned, sort_keys=True) != before:
                setattr(instance, field.attname, cleaned)


def _may_hold_rich_text(field: StreamField) -> bool:
    def walk(block: blocks.Block) -> bool:
        if isinstance(block, blocks.RichTextBlock):
            return True
        if isinstance(block, blocks.ListBlock):
            return walk(block.child_block)
        return any(walk(child) for child in getattr(block, "child_blocks", {}).values())

    return walk(field.stream_block)


@receiver(pre_save)
def clean_rich_text_before_save(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw or sender is Revision or not _rich_text_fields(sender):
        return
    clean_instance(instance)


@receiver(pre_save, sender=Revision)
def clean_revision_before_save(sender, instance: Revision, raw: bool = False, **kwargs) -> None:
    """Drafts (what preview and the headless preview show) are cleaned like live content."""
    if raw or not isinstance(instance.content, dict):
        return
    model = instance.content_type.model_class() if instance.content_type_id else None
    if model is None:
        return
    for field in _rich_text_fields(model):
        value = instance.content.get(field.attname)
        if isinstance(field, RichTextField):
            if isinstance(value, str):
                instance.content[field.attname] = clean_rich_text(value)
        elif isinstance(value, str) and value and _may_hold_rich_text(field):
            raw_data = json.loads(value)
            before = json.dumps(raw_data)
            cleaned = _clean_block_data(field.stream_block, raw_data)
            if json.dumps(cleaned) != before:
                instance.content[field.attname] = json.dumps(cleaned)
