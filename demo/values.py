"""Turn the demo data modules into field values and {source: translation} maps."""

from collections.abc import Iterable
from typing import Any

from django.utils.html import escape


def rich_text(paragraphs: Iterable[str | None] | None) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs or [] if text)


def body(blocks: Iterable[tuple] | None) -> list[dict]:
    """StreamField data for the BodyBlock from ("heading"|"paragraph"|"quote", ...) tuples."""
    stream = []
    for kind, *values in blocks or []:
        if kind == "heading":
            stream.append({"type": "heading", "value": {"text": values[0], "level": "h2"}})
        elif kind == "paragraph":
            stream.append({"type": "paragraph", "value": rich_text([values[0]])})
        elif kind == "quote":
            attribution = values[1] if len(values) > 1 else ""
            stream.append({"type": "quote", "value": {"quote": values[0], "attribution": attribution or ""}})
        else:
            raise ValueError(f"Unknown body block kind: {kind!r}")
    return stream


def pairs(source: Any, target: Any) -> dict[str, str]:
    """Match source texts with their translations, position by position.

    A missing or None translation is skipped: that string stays untranslated.
    """
    if source is None or target is None:
        return {}
    if isinstance(source, str):
        return {source: target} if isinstance(target, str) and target.strip() else {}
    if isinstance(source, list | tuple) and isinstance(target, list | tuple):
        matched: dict[str, str] = {}
        for source_item, target_item in zip(source, target, strict=False):
            matched.update(pairs(source_item, target_item))
        return matched
    return {}


def translation_map(source: dict, target: dict, keys: Iterable[str]) -> dict[str, str]:
    matched: dict[str, str] = {}
    for key in keys:
        source_value, target_value = source.get(key), target.get(key)
        if key == "variants" and source_value is not None and target_value:
            matched.update({"\n".join(source_value): "\n".join(target_value)})
        elif key == "body":
            # Blocks are ("kind", text, ...): match the texts, never the kinds.
            for source_block, target_block in zip(source_value or [], target_value or [], strict=False):
                matched.update(pairs(list(source_block[1:]), list(target_block[1:])))
        else:
            matched.update(pairs(source_value, target_value))
    return matched
