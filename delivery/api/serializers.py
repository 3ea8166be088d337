"""The page serializer of the public API: rich text as HTML, typed StreamField JSON, meta in
the item's own language."""

from collections import OrderedDict
from typing import Any

from django.urls import NoReverseMatch
from django.utils import translation
from wagtail import fields as wagtail_fields
from wagtail.api.v2.serializers import PageHtmlUrlField, PageParentField, PageSerializer

from delivery.api.fields import IsFallbackField, RichTextHTMLField, StreamJSONField, TranslationsField


class PrefetchedParentField(PageParentField):
    """The parent as the viewset loaded it with the translations (None when not public)."""

    def get_attribute(self, instance: Any) -> Any:
        parents = self.context.get("parents", {})
        if instance.pk in parents:
            return parents[instance.pk]
        return super().get_attribute(instance)


class RequestHtmlUrlField(PageHtmlUrlField):
    """`meta.html_url`, with the site root paths looked up once per request, not once per item."""

    def to_representation(self, page: Any) -> str | None:
        try:
            return page.get_full_url(self.context.get("request"))
        except NoReverseMatch:
            return None


class LocalizedPageSerializer(PageSerializer):
    """Serializes each page with its own locale active, so labels, country names and the
    targets of internal links come in the page's language."""

    serializer_field_mapping = PageSerializer.serializer_field_mapping.copy()
    serializer_field_mapping.update(
        {wagtail_fields.StreamField: StreamJSONField, wagtail_fields.RichTextField: RichTextHTMLField}
    )
    translations = TranslationsField(read_only=True)
    parent = PrefetchedParentField(read_only=True)
    html_url = RequestHtmlUrlField(read_only=True)
    is_fallback = IsFallbackField(read_only=True)

    def to_representation(self, instance: Any) -> OrderedDict:
        with translation.override(instance.locale.language_code):
            return super().to_representation(instance)
