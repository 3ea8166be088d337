"""The OpenAPI 3 description of /api/v2/search/ and its autocomplete route."""

from typing import Any

ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
NULLABLE_STRING = {"type": "string", "nullable": True}
PAGE_REFERENCE = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "html_url": NULLABLE_STRING},
    "required": ["id", "title", "html_url"],
}
RESULT = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "type": {"type": "string", "description": "news, event, member or glossary, or page"},
        "title": {"type": "string"},
        "snippet": {"type": "string", "description": "HTML: the matched words in <mark>"},
        "meta": {
            "type": "object",
            "properties": {
                "type": {"type": "string"},
                "locale": {"type": "string"},
                "html_url": NULLABLE_STRING,
                "detail_url": {"type": "string"},
            },
        },
    },
    "required": ["id", "type", "title", "snippet", "meta"],
}
EXPLANATION = {
    "type": "object",
    "properties": {
        **PAGE_REFERENCE["properties"],
        "usage_status": {"type": "string"},
        "usage_note": {"type": "string"},
        "use_instead": {"type": "array", "items": PAGE_REFERENCE},
    },
}
SUGGESTION = {
    "type": "object",
    "properties": {**PAGE_REFERENCE["properties"], "type": {"type": "string"}},
    "required": [*PAGE_REFERENCE["required"], "type"],
}


def _listing(items: dict, **meta: dict) -> dict:
    return {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer"}, **meta},
                "required": ["total_count"],
            },
            "items": {"type": "array", "items": items},
        },
        "required": ["meta", "items"],
    }


def _operation(operation_id: str, summary: str, parameters: list, ok: dict) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "tags": ["search"],
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {"description": summary, "content": {"application/json": {"schema": ok}}},
                "400": {"description": "A query parameter is wrong; the message names it.", "content": ERROR},
            },
        }
    }


def openapi_path_items(viewset: type, base: str, name: str) -> dict:
    """Path items for the search listing and the autocomplete route of `viewset`."""
    parameters = viewset.query_parameters
    autocomplete_parameters = [p for p in parameters if p["name"] in viewset.autocomplete_query_parameters]
    listing = _listing(
        RESULT,
        locale={"type": "string"},
        glossary={"type": "array", "items": EXPLANATION, "description": "Glossary explanations"},
    )
    return {
        base: _operation(f"{name}_listing", (viewset.__doc__ or name).strip(), parameters, listing),
        f"{base}autocomplete/": _operation(
            f"{name}_autocomplete",
            "Glossary terms and member names starting with what was typed",
            autocomplete_parameters,
            _listing(SUGGESTION),
        ),
    }
