"""Serializer fields of the API. Each says its own shape with `openapi_schema(model)`.

Content models use them in `api_fields` (`APIField("logo", serializer=ImageField())`);
the schema generator (`delivery/openapi.py`) calls `openapi_schema` on them.
"""

from typing import Any

from django.db import models
from django.utils import translation
from rest_framework import serializers
from rest_framework.fields import Field


def _representation():  # noqa: ANN202
    # Imported late: these fields are used in model modules, before the models are loaded.
    from delivery.api import representation

    return representation


def _links():  # noqa: ANN202
    from delivery.api import links

    return links


class RichTextHTMLField(serializers.CharField):
    """Rich text as HTML with internal links resolved (see `_representation().rich_text`)."""

    def to_representation(self, value: Any) -> str:
        return _representation().rich_text(str(value), self.context)

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {"type": "string", "description": "HTML; internal links resolved to public URLs"}


class StreamJSONField(Field):
    """A StreamField as typed JSON blocks: `{"type", "value", "id"}`."""

    def to_representation(self, value: Any) -> list[dict]:
        return _representation().stream(value, self.context)

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return _representation().stream_schema(model._meta.get_field(self.source).stream_block)


class ImageField(Field):
    """An image with alt text and renditions; null when absent or in a private collection.

    `alt_field` names the item's own (translated) field holding the alt text, so the text is
    in the item's language; without it, or when it is empty, the image's library text is used.
    """

    def __init__(self, *args: Any, alt_field: str | None = None, **kwargs: Any) -> None:
        self.alt_field = alt_field
        super().__init__(*args, **kwargs)

    def get_attribute(self, instance: Any) -> tuple[Any, str]:
        alt = getattr(instance, self.alt_field, "") if self.alt_field else ""
        return super().get_attribute(instance), alt

    def to_representation(self, value: tuple[Any, str]) -> dict | None:
        image, alt = value
        return _representation().image(image, self.context, alt=alt or None)

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {**_representation().IMAGE_SCHEMA, "nullable": True}


class PageLinkField(Field):
    """A link to a public page (null for drafts and private pages)."""

    def to_representation(self, value: Any) -> dict | None:
        return _representation().page_link(value, self.context)

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {**_representation().PAGE_LINK_SCHEMA, "nullable": True}


class PageLinkListField(Field):
    """Links to public pages; drafts and private pages are left out."""

    def to_representation(self, value: Any) -> list[dict]:
        links = (_representation().page_link(page, self.context) for page in value)
        return [link for link in links if link is not None]

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {"type": "array", "items": _representation().PAGE_LINK_SCHEMA}


class CountryNameField(Field):
    """A country as its ISO code and its name in the item's language."""

    def to_representation(self, value: Any) -> dict | None:
        if not value:
            return None
        return {"code": value.code, "name": str(value.name)}

    def get_attribute(self, instance: Any) -> Any:
        value = super().get_attribute(instance)
        # An empty CountryField is falsy but not None: show it as null.
        return value or None

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {
            "type": "object",
            "nullable": True,
            "properties": {"code": {"type": "string", "example": "FR"}, "name": {"type": "string"}},
            "required": ["code", "name"],
        }


class ChoiceLabelField(Field):
    """A choice as its stable value and its label in the item's language."""

    def to_representation(self, value: Any) -> dict | None:
        if value in (None, ""):
            return None
        labels = self.__dict__.get("_labels")
        if labels is None:  # once per request, not per item: flatchoices is rebuilt on each read
            model_field = self.parent.Meta.model._meta.get_field(self.source)
            labels = self._labels = dict(model_field.flatchoices)
        return {"value": value, "label": str(labels.get(value, value))}

    def openapi_schema(self, model: type[models.Model]) -> dict:
        model_field = model._meta.get_field(self.source)
        return {
            "type": "object",
            "nullable": True,
            "properties": {
                "value": {"type": "string", "enum": [value for value, _label in model_field.flatchoices]},
                "label": {"type": "string"},
            },
            "required": ["value", "label"],
        }


class TagListField(Field):
    """Tag names, sorted: as the viewset loaded them (`api_tags`), else from `tagged_items`."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, instance: Any) -> list[str]:
        tags = getattr(instance, "api_tags", None)
        if tags is None:
            tags = sorted(item.tag.name for item in instance.tagged_items.all())
        return tags

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {"type": "array", "items": {"type": "string"}}


class TranslationsField(Field):
    """`meta.translations`: every published, public translation of the item."""

    def get_attribute(self, instance: Any) -> Any:
        return instance

    def to_representation(self, page: Any) -> list[dict]:
        # (language code, PageRow) of public translations, loaded by the viewset in one query.
        translations = self.context.get("translations", {}).get(page.translation_key.hex, [])
        urls = _links().urls_for(self.context)
        return urls.translation_links(translations, page.pk, translation.get_language())

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "locale": {"type": "string"},
                    "id": {"type": "integer"},
                    "detail_url": {"type": "string", "format": "uri", "nullable": True},
                    "html_url": {"type": "string", "format": "uri", "nullable": True},
                },
                "required": ["locale", "id", "detail_url", "html_url"],
            },
        }


class IsFallbackField(Field):
    """`meta.is_fallback`: true when the item stands in for a missing translation."""

    def get_attribute(self, instance: Any) -> Any:
        return instance

    def to_representation(self, page: Any) -> bool:
        requested = self.context.get("requested_locale")
        return requested is not None and page.locale.language_code != requested

    def openapi_schema(self, model: type[models.Model]) -> dict:
        return {"type": "boolean"}
