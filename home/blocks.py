"""Content blocks shared by every page type that has a body."""

from typing import Any

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading inside a body; level 2 or 3 keeps the outline sane."""

    text = blocks.CharBlock(max_length=255)
    level = blocks.ChoiceBlock(choices=[("h2", "Level 2"), ("h3", "Level 3")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image with a caption and a photo credit, as on the Alliance's news items."""

    image = ImageChooserBlock()
    alt = blocks.CharBlock(
        required=False,
        max_length=255,
        label="Image description",
        help_text="What the image shows, for readers who cannot see it; translated with the page",
    )
    caption = blocks.CharBlock(required=False, max_length=255)
    credit = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        image = value.get("image")
        return {
            "image": image.pk if image else None,
            "alt": value.get("alt", ""),
            "caption": value.get("caption", ""),
            "credit": value.get("credit", ""),
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation with the speaker it is attributed to."""

    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document in the library (a report, a declaration)."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=255, help_text="Defaults to the document title")

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        document = value.get("document")
        return {
            "document": document.pk if document else None,
            "title": value.get("title") or (document.title if document else ""),
            "url": document.url if document else None,
        }


class BodyBlock(blocks.StreamBlock):
    """The body of news, events and standard pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(icon="media", template="blocks/embed_block.html")
    document = DocumentLinkBlock()


class CallToActionBlock(blocks.StructBlock):
    """A box inviting readers to act, e.g. "Join the Alliance"."""

    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    page = blocks.PageChooserBlock(required=False)
    link_text = blocks.CharBlock(max_length=60)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"

    def get_api_representation(self, value: Any, context: Any = None) -> dict:
        page = value.get("page")
        return {
            "title": value.get("title"),
            "text": value.get("text"),
            "link_text": value.get("link_text"),
            "page": page.pk if page else None,
        }


class SourceBlock(blocks.StructBlock):
    """A bibliographic source: a title and, where public, a link."""

    title = blocks.CharBlock(max_length=500)
    url = blocks.URLBlock(required=False)

    class Meta:
        icon = "link"
        template = "blocks/source_block.html"
