"""Template tags for the reader site: the glossary entry behind the terminology note."""

from django import template

from glossary.models import GlossaryTermPage

register = template.Library()

# The source (English) slug of the term the "Please note" box explains.
TERMINOLOGY_NOTE_SLUG = "roma-and-travellers"


@register.simple_tag
def terminology_term(locale_id: int) -> GlossaryTermPage | None:
    """The live "Roma and Travellers" entry in the reader's locale, if the glossary has one."""
    source_keys = GlossaryTermPage.objects.filter(slug=TERMINOLOGY_NOTE_SLUG).values("translation_key")
    return (
        GlossaryTermPage.objects.live()
        .public()
        .filter(locale_id=locale_id, translation_key__in=source_keys)
        .first()
    )
