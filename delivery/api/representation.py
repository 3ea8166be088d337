"""How media, links, rich text and StreamField blocks look in the API, and their schemas.

Every function takes the serializer context, which the base viewset fills once per
request with `request`, `restricted_paths` (private page sections, all locales) and
`restricted_collections` (private media collections). Nothing here knows a content type.
"""

import functools
import re
from typing import Any

from django.conf import settings
from wagtail import blocks
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.utils import get_full_url
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.models import Page

from delivery.api import statements
from delivery.api.links import urls_for

# The renditions every image carries: a card thumbnail and two sizes for responsive srcset.
RENDITIONS = {"thumbnail": "fill-400x300", "medium": "max-800x800", "large": "max-1600x1600"}

RELATIVE_URL = re.compile(r'(href|src)="(/[^/"][^"]*)"')
PAGE_LINK = re.compile(r"<a\b[^>]*\blinktype=\"page\"[^>]*>")
LINK_ID = re.compile(r'\bid="(\d+)"')


def _nullable(schema: dict) -> dict:
    return {**schema, "nullable": True}


RENDITION_SCHEMA = {
    "type": "object",
    "properties": {
        "url": {"type": "string", "format": "uri"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
    },
    "required": ["url", "width", "height"],
}
IMAGE_SCHEMA = {
    "type": "object",
    "description": "An image with its alt text and a set of renditions.",
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "alt": {"type": "string"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "renditions": {
            "type": "object",
            "properties": dict.fromkeys(RENDITIONS, RENDITION_SCHEMA),
            "description": "; ".join(f"{name}: {spec}" for name, spec in RENDITIONS.items()),
        },
    },
    "required": ["id", "title", "alt", "width", "height", "renditions"],
}
DOCUMENT_SCHEMA = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
    },
    "required": ["id", "title", "url"],
}
PAGE_LINK_SCHEMA = {
    "type": "object",
    "description": "A link to a published page, in the item's locale where it is translated.",
    "properties": {
        "id": {"type": "integer"},
        "type": {"type": "string"},
        "title": {"type": "string"},
        "locale": {"type": "string"},
        "detail_url": {"type": "string", "format": "uri", "nullable": True},
        "html_url": {"type": "string", "format": "uri", "nullable": True},
    },
    "required": ["id", "type", "title", "locale", "detail_url", "html_url"],
}
EMBED_SCHEMA = {
    "type": "object",
    "properties": {
        "url": {"type": "string"},
        "html": {"type": "string", "nullable": True},
        "title": {"type": "string"},
        "provider_name": {"type": "string"},
        "thumbnail_url": {"type": "string"},
        "width": {"type": "integer", "nullable": True},
        "height": {"type": "integer", "nullable": True},
    },
    "required": ["url", "html"],
}


# --- Rich text --------------------------------------------------------------
def rich_text(source: str, context: dict) -> str:
    """Rich text with page and document links resolved to absolute public URLs.

    Wagtail's `html` format resolves `<a linktype=…>` in the active language (the
    serializer activates the item's locale); relative URLs are then made absolute.
    """
    rich_text_format = context.get("_wagtail_rich_text_format") or APIRichText.FORMAT_HTML
    rendered = APIRichText.serialize(_unlink_hidden_pages(source, context), format=rich_text_format) or ""
    request = context["request"]
    return RELATIVE_URL.sub(lambda match: f'{match[1]}="{get_full_url(request, match[2])}"', rendered)


def _unlink_hidden_pages(source: str, context: dict) -> str:
    """Links to drafts and private pages become plain `<a>`: their URLs are not public."""
    tags = PAGE_LINK.findall(source)
    if not tags:
        return source
    ids = {int(match[1]) for tag in tags if (match := LINK_ID.search(tag))}
    public = {
        page.pk
        for page in Page.objects.filter(pk__in=ids).only("pk", "path", "live")
        if is_public_page(page, context)
    }

    def unlink(match: re.Match) -> str:
        link_id = LINK_ID.search(match[0])
        return match[0] if link_id and int(link_id[1]) in public else "<a>"

    return PAGE_LINK.sub(unlink, source)


# --- Images, documents, pages, embeds ---------------------------------------
def prefetch_renditions(images: list) -> None:
    """Load the renditions of `images` in one query, as rows, so `image()` makes none.

    Images already loaded (a detail's body images, loaded with its feed image) are skipped."""
    images = [image for image in images if image is not None and not hasattr(image, "_api_renditions")]
    if not images:
        return
    found: dict[int, dict] = {}
    rows = statements.evaluate(
        ("renditions", get_image_model()),
        lambda slots: (
            get_image_model()
            .get_rendition_model()
            .objects.filter(image_id__any=slots["ids"], filter_spec__in=list(RENDITIONS.values()))
            .values_list("image_id", "filter_spec", "focal_point_key", "file", "width", "height")
        ),
        plan_once=True,
        ids=list({image.pk for image in images}),
    )
    for image_id, spec, focal_point_key, file, width, height in rows:
        found.setdefault(image_id, {})[(spec, focal_point_key)] = (file, width, height)
    for image in images:
        image._api_renditions = found.get(image.pk, {})


@functools.cache
def _filter(spec: str) -> Filter:
    """One Filter per rendition spec: parsing its operations is most of a rendition lookup's cost."""
    return Filter(spec=spec)


@functools.cache
def _rendition_file_field() -> Any:
    return get_image_model().get_rendition_model()._meta.get_field("file")


def _rendition_url(file: str) -> str:
    """`Rendition.full_url` of a rendition file, without the rendition instance."""
    storage = _rendition_file_field().storage
    admin_base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", None)
    if getattr(storage, "querystring_auth", False):  # signed URLs expire: never kept
        return _storage_url.__wrapped__(storage, None, admin_base_url, file)
    # Kept per file; the storage's base URL is part of the key, so a change of MEDIA_URL (tests
    # override it) is seen at once.
    return _storage_url(storage, getattr(storage, "base_url", None), admin_base_url, file)


@functools.lru_cache(maxsize=16384)
def _storage_url(storage: Any, base_url: str | None, admin_base_url: str | None, file: str) -> str:
    # A storage's url() joins and quotes on every call: most of a listing's rendition cost.
    url = storage.url(file)
    if admin_base_url is not None and url.startswith("/"):
        url = admin_base_url + url
    return url


def image(value: Any, context: dict, alt: str | None = None) -> dict | None:
    """An image and its renditions; `None` when it sits in a private collection."""
    if value is None or value.collection_id in context["restricted_collections"]:
        return None
    renditions = {}
    # Renditions loaded by prefetch_renditions() are used as they are: Image.get_rendition()
    # would also write each one to the cache (three cache round trips per image).
    prefetched = getattr(value, "_api_renditions", {})
    try:
        for name, spec in RENDITIONS.items():
            row = prefetched.get((spec, _filter(spec).get_cache_key(value)))
            if row:
                file, width, height = row
                renditions[name] = {"url": _rendition_url(file), "width": width, "height": height}
            else:
                rendition = value.get_rendition(spec)
                renditions[name] = {
                    "url": rendition.full_url,
                    "width": rendition.width,
                    "height": rendition.height,
                }
    except SourceImageIOError:
        renditions = {}
    return {
        "id": value.pk,
        "title": value.title,
        "alt": alt or value.default_alt_text,
        "width": value.width,
        "height": value.height,
        "renditions": renditions,
    }


def document(value: Any, context: dict) -> dict | None:
    if value is None or value.collection_id in context["restricted_collections"]:
        return None
    return {"id": value.pk, "title": value.title, "url": get_full_url(context["request"], value.url)}


def is_public_page(page: Page | None, context: dict) -> bool:
    return (
        page is not None
        and page.live
        and not any(page.path.startswith(path) for path in context["restricted_paths"])
    )


def page_link(page: Page | None, context: dict) -> dict | None:
    """A public page as a link; `None` for drafts and private pages."""
    if not is_public_page(page, context):
        return None
    return urls_for(context).link(page, page.locale.language_code)


def _prefetch_embeds(urls: list[str], context: dict) -> None:
    cached = context.setdefault("_embeds", {})
    missing = [url for url in urls if url not in cached]
    if missing:
        cached.update(dict.fromkeys(missing))
        cached.update({found.url: found for found in Embed.objects.filter(url__in=missing)})


def embed(url: str, context: dict) -> dict:
    """An embed from Wagtail's embed cache; the API never fetches from the provider itself."""
    _prefetch_embeds([url], context)
    found = context["_embeds"][url]
    if found is None:
        return {"url": url, "html": None}
    return {
        "url": url,
        "html": found.html,
        "title": found.title,
        "provider_name": found.provider_name,
        "thumbnail_url": found.thumbnail_url,
        "width": found.width,
        "height": found.height,
    }


# --- StreamField --------------------------------------------------------------
def stream(value: Any, context: dict) -> list[dict]:
    """A StreamField as typed JSON: `{"type", "value", "id"}` per block, media resolved."""
    if value is None:
        return []
    children = list(value)
    prefetch_renditions(_collect(children, ImageChooserBlock))
    _prefetch_embeds([value.url for value in _collect(children, EmbedBlock) if value], context)
    return [
        {"type": child.block.name, "value": block_value(child.block, child.value, context), "id": child.id}
        for child in children
    ]


def images_in_stream(value: Any) -> list:
    """The images chosen anywhere in a StreamField value (to load their renditions in bulk)."""
    return _collect(list(value), ImageChooserBlock) if value else []


def _collect(children: list, block_class: type) -> list:
    """Values of every `block_class` block nested in a stream, for bulk loading."""
    found = []

    def walk(block: blocks.Block, value: Any) -> None:
        if isinstance(block, block_class):
            found.append(value)
        elif isinstance(block, blocks.StructBlock):
            for name, child_block in block.child_blocks.items():
                walk(child_block, value.get(name))
        elif isinstance(block, blocks.ListBlock):
            for item in value or []:
                walk(block.child_block, item)
        elif isinstance(block, blocks.StreamBlock):
            for child in value or []:
                walk(child.block, child.value)

    for child in children:
        walk(child.block, child.value)
    return found


def block_value(block: blocks.Block, value: Any, context: dict) -> Any:
    if isinstance(block, blocks.StreamBlock):
        return stream(value, context)
    if isinstance(block, blocks.StructBlock):
        struct = {
            name: block_value(child, value.get(name), context) for name, child in block.child_blocks.items()
        }
        if isinstance(struct.get("image"), dict) and struct.get("alt"):
            # The block's own alt text is in the page's language: it wins over the library's.
            struct["image"] = {**struct["image"], "alt": struct["alt"]}
        return struct
    if isinstance(block, blocks.ListBlock):
        return [block_value(block.child_block, item, context) for item in value or []]
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "", context)
    if isinstance(block, ImageChooserBlock):
        return image(value, context)
    if isinstance(block, DocumentChooserBlock):
        return document(value, context)
    if isinstance(block, blocks.PageChooserBlock):
        return page_link(value.localized if value else None, context)
    if isinstance(block, EmbedBlock):
        return embed(value.url, context) if value else None
    return block.get_api_representation(value, context)


def block_schema(block: blocks.Block) -> dict:
    """The OpenAPI schema of a block's API value (mirrors `block_value`)."""
    if isinstance(block, blocks.StreamBlock):
        return stream_schema(block)
    if isinstance(block, blocks.StructBlock):
        return {
            "type": "object",
            "properties": {name: block_schema(child) for name, child in block.child_blocks.items()},
            "required": list(block.child_blocks),
        }
    if isinstance(block, blocks.ListBlock):
        return {"type": "array", "items": block_schema(block.child_block)}
    if isinstance(block, ImageChooserBlock):
        return _nullable(IMAGE_SCHEMA)
    if isinstance(block, DocumentChooserBlock):
        return _nullable(DOCUMENT_SCHEMA)
    if isinstance(block, blocks.PageChooserBlock):
        return _nullable(PAGE_LINK_SCHEMA)
    if isinstance(block, EmbedBlock):
        return _nullable(EMBED_SCHEMA)
    if isinstance(block, blocks.BooleanBlock):
        return {"type": "boolean"}
    if isinstance(block, blocks.IntegerBlock):
        return {"type": "integer", "nullable": True}
    if isinstance(block, blocks.FloatBlock | blocks.DecimalBlock):
        return {"type": "number", "nullable": True}
    if isinstance(block, blocks.FieldBlock):
        # Text, choice, URL, date blocks: a string, or null when left empty.
        return {"type": "string", "nullable": True}
    return {}


def stream_schema(block: blocks.StreamBlock) -> dict:
    variants = [
        {
            "type": "object",
            "title": name,
            "properties": {
                "type": {"type": "string", "enum": [name]},
                "value": block_schema(child),
                "id": {"type": "string"},
            },
            "required": ["type", "value", "id"],
        }
        for name, child in block.child_blocks.items()
    ]
    return {"type": "array", "items": {"oneOf": variants} if variants else {}}
