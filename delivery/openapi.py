"""The OpenAPI 3 schema of the headless API, generated from the endpoint code.

`build_schema(router)` walks every endpoint registered on the Wagtail API router. For each
it reads the viewset's `query_parameters` (and `detail_query_parameters`), which are OpenAPI
3 parameter objects, and builds the item schema from the serializer that Wagtail builds for
the model (`api_fields`, `body_fields`, `meta_fields`): a serializer field with an
`openapi_schema(model)` method describes itself, DRF's own fields are mapped by type. An
endpoint added to the router (e.g. `search`) appears here without any edit. An endpoint that
serves no single model (search, preview) describes its own paths instead, with a classmethod
`openapi_path_items(path: str, name: str) -> dict` returning OpenAPI path items keyed by path.
"""

from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import HttpRequest, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe
from rest_framework import serializers
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.models import Page

ERROR_SCHEMA = {
    "type": "object",
    "properties": {"message": {"type": "string"}},
    "required": ["message"],
}
JSON_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}

DRF_TYPES: list[tuple[type, dict]] = [
    (serializers.BooleanField, {"type": "boolean"}),
    (serializers.IntegerField, {"type": "integer"}),
    (serializers.FloatField, {"type": "number"}),
    (serializers.DecimalField, {"type": "string", "format": "decimal"}),
    (serializers.DateTimeField, {"type": "string", "format": "date-time"}),
    (serializers.DateField, {"type": "string", "format": "date"}),
    (serializers.URLField, {"type": "string"}),
    (serializers.CharField, {"type": "string"}),
    (serializers.ChoiceField, {"type": "string"}),
]


def field_schema(field: serializers.Field, model: type[models.Model]) -> dict:
    """The schema of one serializer field's output."""
    if hasattr(field, "openapi_schema"):
        return field.openapi_schema(model)
    if isinstance(field, serializers.ListSerializer):
        return {"type": "array", "items": field_schema(field.child, model)}
    if isinstance(field, serializers.Serializer):
        return {
            "type": "object",
            "properties": {name: field_schema(child, model) for name, child in field.fields.items()},
            "required": list(field.fields),
        }
    if isinstance(field, serializers.ListField):
        return {"type": "array", "items": field_schema(field.child, model)}
    for field_class, schema in DRF_TYPES:
        if isinstance(field, field_class):
            return {**schema, "nullable": _nullable(field, model)}
    return {"description": "Any JSON value"}


def _nullable(field: serializers.Field, model: type[models.Model]) -> bool:
    try:
        return model._meta.get_field(field.source).null
    except (FieldDoesNotExist, AttributeError):
        return True


META_SCHEMAS: dict[str, dict] = {
    "type": {"type": "string", "example": "news.NewsPage"},
    "detail_url": {"type": "string", "format": "uri"},
    "html_url": {"type": "string", "nullable": True},
    "slug": {"type": "string"},
    "show_in_menus": {"type": "boolean"},
    "seo_title": {"type": "string"},
    "search_description": {"type": "string"},
    "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
    "alias_of": {"type": "object", "nullable": True},
    "parent": {"type": "object", "nullable": True},
    "locale": {"type": "string"},
    "download_url": {"type": "string"},
    "tags": {"type": "array", "items": {"type": "string"}},
}


def item_schema(viewset: type, router: WagtailAPIRouter, *, detail: bool) -> dict:
    """The schema of one item of `viewset`, built from the serializer Wagtail would use."""
    model = viewset.model
    serializer_class = viewset._get_serializer_class(router, model, [("*", False, None)], show_details=detail)
    fields = serializer_class().fields
    meta_names = set(serializer_class.meta_fields)
    meta = {}
    body = {}
    for name, field in fields.items():
        if name in meta_names:
            meta[name] = (
                field.openapi_schema(model)
                if hasattr(field, "openapi_schema")
                else META_SCHEMAS.get(name, {})
            )
        else:
            body[name] = {"type": "integer"} if name == "id" else field_schema(field, model)
    body["meta"] = {"type": "object", "properties": meta}
    schema = {"type": "object", "properties": body, "required": ["id", "meta"]}
    if model is Page or not issubclass(model, Page):
        # `fields=*` on the generic pages endpoint adds each page type's own fields.
        schema["additionalProperties"] = True
    return schema


def _responses(ok_schema: dict, description: str, *, not_found: bool) -> dict:
    responses = {
        "200": {"description": description, "content": {"application/json": {"schema": ok_schema}}},
        "400": {"description": "A query parameter is wrong; the message names it.", "content": JSON_ERROR},
    }
    if not_found:
        responses["404"] = {"description": "No public item with this id.", "content": JSON_ERROR}
    return responses


def build_schema(router: WagtailAPIRouter, base_path: str = "/api/v2") -> dict:
    """The OpenAPI 3.0 document for every endpoint registered on `router`."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"Error": ERROR_SCHEMA}
    default_detail_parameters = []
    for name, viewset in router._endpoints.items():
        if hasattr(viewset, "openapi_path_items"):
            paths.update(viewset.openapi_path_items(f"{base_path}/{name}/", name))
            continue
        component = "".join(part.capitalize() for part in name.replace("-", "_").split("_"))
        schemas[f"{component}Item"] = item_schema(viewset, router, detail=False)
        schemas[f"{component}Detail"] = item_schema(viewset, router, detail=True)
        listing = {
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "properties": {"total_count": {"type": "integer"}},
                    "required": ["total_count"],
                },
                "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{component}Item"}},
            },
            "required": ["meta", "items"],
        }
        summary = (viewset.__doc__ or name).strip().splitlines()[0]
        paths[f"{base_path}/{name}/"] = {
            "get": {
                "operationId": f"{name}_listing",
                "tags": [name],
                "summary": summary,
                "parameters": list(getattr(viewset, "query_parameters", [])),
                "responses": _responses(listing, f"A page of {name}", not_found=True),
            }
        }
        paths[f"{base_path}/{name}/{{id}}/"] = {
            "get": {
                "operationId": f"{name}_detail",
                "tags": [name],
                "summary": f"One item of {name}",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
                    },
                    *getattr(viewset, "detail_query_parameters", default_detail_parameters),
                ],
                "responses": _responses(
                    {"$ref": f"#/components/schemas/{component}Detail"}, "The item", not_found=True
                ),
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Alliance CMS headless API",
            "version": "2",
            "description": "Published content of the European Alliance of Cities and Regions for Roma "
            "Inclusion, in every language (Wagtail API v2 conventions). Read-only and public: "
            "the same answer for everyone.",
        },
        "paths": paths,
        "components": {"schemas": schemas},
    }


@require_safe
def schema_view(request: HttpRequest) -> JsonResponse:
    from cms.api import api_router

    return JsonResponse(build_schema(api_router), json_dumps_params={"indent": 2})


@require_safe
def docs_view(request: HttpRequest):  # noqa: ANN201
    """A browsable page listing every endpoint, parameter and field, rendered from the schema."""
    from cms.api import api_router

    schema = build_schema(api_router)
    endpoints = []
    for path, operations in schema["paths"].items():
        operation = operations["get"]
        ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
        item = _documented_item(schema, ok)
        endpoints.append(
            {
                "path": path,
                "summary": operation["summary"],
                "parameters": operation["parameters"],
                "fields": sorted(
                    (name, field.get("type", "object"), field.get("description", ""))
                    for name, field in item.get("properties", {}).items()
                ),
            }
        )
    return render(request, "delivery/api_docs.html", {"schema": schema, "endpoints": endpoints})


def _documented_item(schema: dict, response: dict) -> dict:
    """The item schema a 200 response describes: the detail itself or a listing's items."""
    components = schema["components"]["schemas"]
    if "$ref" in response:
        return components[response["$ref"].rsplit("/", 1)[1]]
    items = response.get("properties", {}).get("items", {}).get("items", {})
    if "$ref" in items:
        return components[items["$ref"].rsplit("/", 1)[1]]
    return items or response
