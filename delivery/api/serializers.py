"""The page serializer of the public API: rich text as HTML, typed StreamField JSON, meta in
the item's own language."""

import copy
from collections import OrderedDict
from typing import Any

from django.utils import translation
from rest_framework.fields import Field, SkipField
from rest_framework.serializers import BaseSerializer
from wagtail import fields as wagtail_fields
from wagtail.api.v2.serializers import DetailUrlField, PageHtmlUrlField, PageParentField, PageSerializer

from delivery.api.fields import IsFallbackField, RichTextHTMLField, StreamJSONField, TranslationsField
from delivery.api.links import PageRow, urls_for


class PrefetchedParentField(PageParentField):
    """The parent as the viewset loaded it with the translations (None when not public)."""

    def get_attribute(self, instance: Any) -> Any:
        parents = self.context.get("parents", {})
        if instance.pk in parents:
            return parents[instance.pk]
        return super().get_attribute(instance)

    def to_representation(self, value: Any) -> dict:
        if not isinstance(value, PageRow):
            return super().to_representation(value)
        # The shape of Wagtail's own parent field, built from the row.
        urls = urls_for(self.context)
        model = urls.model(value)
        return {
            "id": value.pk,
            "meta": {
                "type": f"{model._meta.app_label}.{model.__name__}",
                "detail_url": urls.detail_url(model, value.pk),
                "html_url": urls.html_url(value.url_path),
            },
            "title": value.title,
        }


class RequestDetailUrlField(DetailUrlField):
    """`meta.detail_url`, from the router's path reversed once per page type and request."""

    def get_attribute(self, instance: Any) -> str:
        url = urls_for(self.context).detail_url(type(instance), instance.pk)
        if not url:
            raise SkipField  # as Wagtail: no detail_url for a type without an endpoint
        return url


class RequestHtmlUrlField(PageHtmlUrlField):
    """`meta.html_url`, built by the request's URL builder (no reverse() per item)."""

    def to_representation(self, page: Any) -> str | None:
        return urls_for(self.context).html_url(page.url_path)


def _unbound_copy(field: Field) -> Field:
    """A copy of a template field that binding to a serializer leaves the template unchanged.

    DRF deep-copies declared fields, which builds each one again from its arguments; a field
    with no field inside it only needs its own attributes (binding sets its name, parent and
    source on the copy). Fields holding others (a nested serializer, a list's child) are
    bound to their parent at construction: those are deep-copied as DRF does.
    """
    if isinstance(field, BaseSerializer) or hasattr(field, "child") or hasattr(field, "child_relation"):
        return copy.deepcopy(field)
    return copy.copy(field)


class LocalizedPageSerializer(PageSerializer):
    """Serializes each page with its own locale active, so labels, country names and the
    targets of internal links come in the page's language."""

    serializer_field_mapping = PageSerializer.serializer_field_mapping.copy()
    serializer_field_mapping.update(
        {wagtail_fields.StreamField: StreamJSONField, wagtail_fields.RichTextField: RichTextHTMLField}
    )
    translations = TranslationsField(read_only=True)
    parent = PrefetchedParentField(read_only=True)
    detail_url = RequestDetailUrlField(read_only=True)
    html_url = RequestHtmlUrlField(read_only=True)
    is_fallback = IsFallbackField(read_only=True)

    def get_fields(self) -> dict:
        # DRF introspects the model and builds every field for each serializer it makes (one
        # per request and per nested item); built once per class here, then copied.
        template = type(self).__dict__.get("_fields_template")
        if template is None:
            template = super().get_fields()
            type(self)._fields_template = template
        return {name: _unbound_copy(field) for name, field in template.items()}

    def to_representation(self, instance: Any) -> OrderedDict:
        language = instance.locale.language_code
        if translation.get_language() == language:  # most listings are in one language
            return self._represent(instance)
        with translation.override(language):
            return self._represent(instance)

    def _represent(self, instance: Any) -> OrderedDict:
        """Wagtail's BaseSerializer.to_representation, with the fields split into meta and
        core once per serializer instead of once per item."""
        plan = self.__dict__.get("_plan")
        if plan is None:
            fields = [field for field in self.fields.values() if not field.write_only]
            plan = self._plan = (
                [field for field in fields if field.field_name in self.meta_fields],
                [field for field in fields if field.field_name not in self.meta_fields],
            )
        meta_fields, core_fields = plan
        data = OrderedDict()
        if any(field.field_name == "id" for field in core_fields):
            data["id"] = None  # id first, as Wagtail orders it
        meta = OrderedDict()
        for field in meta_fields:
            try:
                attribute = field.get_attribute(instance)
            except SkipField:
                continue
            meta[field.field_name] = None if attribute is None else field.to_representation(attribute)
        if meta:
            data["meta"] = meta
        for field in core_fields:
            try:
                source = instance.specific_deferred if field.field_name == "admin_display_title" else instance
                attribute = field.get_attribute(source)
            except SkipField:
                continue
            data[field.field_name] = None if attribute is None else field.to_representation(attribute)
        return data
