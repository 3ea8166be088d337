"""Query parameters declared as OpenAPI 3 parameter objects, and validated from them.

Each viewset lists its parameters in `query_parameters` (plain OpenAPI dicts). The same
list drives the request validation here and the generated schema (`delivery/openapi.py`),
so the documentation cannot drift from what the endpoint accepts.
"""

import datetime
import re
from typing import Any

from django.conf import settings
from django.http import QueryDict
from wagtail.api.v2.utils import BadRequestError

INTEGER = re.compile(r"-?\d{1,20}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Wider than any real listing, small enough for every database's integers.
MAX_OFFSET = 100_000


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def parameter(
    name: str, description: str, schema: dict, *, required: bool = False, example: Any = None
) -> dict:
    """An OpenAPI 3 query parameter object."""
    declared = {
        "name": name,
        "in": "query",
        "description": description,
        "required": required,
        "schema": schema,
    }
    if example is not None:
        declared["example"] = example
    return declared


def pagination_parameters() -> list[dict]:
    limit_max = settings.WAGTAILAPI_LIMIT_MAX
    return [
        parameter(
            "limit",
            f"How many items to return (1 to {limit_max}, default 20).",
            {"type": "integer", "minimum": 1, "maximum": limit_max, "default": 20},
        ),
        parameter(
            "offset",
            f"How many items to skip (0 to {MAX_OFFSET}).",
            {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
        ),
    ]


def fields_parameter() -> dict:
    return parameter(
        "fields",
        "Comma-separated fields to add to the default ones; `-name` removes one, `*` starts from "
        "all fields, `_` from none (Wagtail API v2 syntax). An unknown field answers 400.",
        {"type": "string", "maxLength": 1000},
        example="-html_url",
    )


def locale_parameters() -> list[dict]:
    codes = content_language_codes()
    return [
        parameter(
            "locale",
            "Language code: only items in this locale.",
            {"type": "string", "enum": codes},
            example="fr",
        ),
        parameter(
            "fallback",
            "With `locale`: items with no published translation in `locale` come in this locale "
            "instead, marked `meta.is_fallback: true`, so the listing is complete.",
            {"type": "string", "enum": codes},
            example="en",
        ),
    ]


def order_parameter(orderings: list[str], default: str) -> dict:
    values = sorted({*orderings, *(f"-{name}" for name in orderings)})
    return parameter(
        "order",
        f"Sort order; a leading `-` reverses it (default `{default}`).",
        {"type": "string", "enum": values, "default": default},
    )


def rich_text_format_parameter() -> dict:
    return parameter(
        "rich_text_format",
        "Rich text as `html` (default; internal links and documents resolved to public URLs) or `markdown`.",
        {"type": "string", "enum": ["html", "markdown"], "default": "html"},
    )


def boolean_parameter(name: str, description: str) -> dict:
    return parameter(name, description, {"type": "string", "enum": ["true", "false"]})


def date_parameter(name: str, description: str) -> dict:
    return parameter(name, description, {"type": "string", "format": "date"}, example="2019-01-31")


def validate_query_parameters(query: QueryDict, parameters: list[dict]) -> dict[str, Any]:
    """Check every query parameter against its declaration; return the converted values.

    Raises `BadRequestError` (answered as 400) with a message naming the parameter: unknown
    parameters, NUL characters, values of the wrong type or outside the declared range.
    """
    declared = {param["name"]: param for param in parameters}
    unknown = sorted(name for name in query if name not in declared)
    if unknown:
        raise BadRequestError(
            f"unknown query parameter: {', '.join(unknown)} (allowed: {', '.join(sorted(declared))})"
        )
    values = {}
    for name, raw in query.items():
        if "\x00" in raw:
            raise BadRequestError(f"{name}: null characters are not allowed")
        values[name] = _convert(name, raw, declared[name]["schema"])
    return values


def _convert(name: str, raw: str, schema: dict) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        if (
            not INTEGER.fullmatch(raw)
            or (low is not None and int(raw) < low)
            or (high is not None and int(raw) > high)
        ):
            raise BadRequestError(f"{name}: must be an integer from {low} to {high}, got {raw[:40]!r}")
        return int(raw)
    if "enum" in schema and raw not in schema["enum"]:
        allowed = ", ".join(str(value) for value in schema["enum"])
        raise BadRequestError(f"{name}: {raw[:40]!r} is not one of {allowed}")
    if schema.get("maxLength") is not None and len(raw) > schema["maxLength"]:
        raise BadRequestError(f"{name}: longer than {schema['maxLength']} characters")
    # OpenAPI patterns are unanchored (ECMA-262 `search`); ours anchor themselves where needed.
    if schema.get("pattern") and not re.search(schema["pattern"], raw):
        raise BadRequestError(f"{name}: {raw[:40]!r} does not match {schema['pattern']}")
    if schema.get("format") == "date":
        try:
            if not DATE.fullmatch(raw):
                raise ValueError
            return datetime.date.fromisoformat(raw)
        except ValueError:
            raise BadRequestError(f"{name}: {raw[:40]!r} is not a date (YYYY-MM-DD)") from None
    if schema.get("enum") == ["true", "false"]:
        return raw == "true"
    return raw
