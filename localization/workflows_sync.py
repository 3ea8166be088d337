"""Sync: publishing the source marks its translations out of date.

When a source page is published, its translation source is refreshed from the
published content: changed and new texts become untranslated segments that the
translation editor offers to the translator (wagtail-localize's progress then
reads "Waiting for translations").

Synchronised fields (dates, images, links, usage status) follow the source at
once: each live translation gets a revision made from its *published* content
with the source's facts, and it is published, so readers see the new date in
every language while the translated texts stay the reviewed ones. A translation
in review is left alone (publishing would cancel the review); it is saved from
the current source when submitted, so it brings the facts when approved.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationSource


def refresh_translation_source(sender, instance: Model, **kwargs) -> None:
    """page_published receiver: update the source's segments when the source itself is published."""
    page = instance.specific if isinstance(instance, Page) else instance
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None or source.locale_id != page.locale_id:
        return
    translations = list(source.translations.filter(enabled=True).select_related("target_locale"))
    if not translations:
        return
    source.update_from_db()
    if isinstance(page, Page):
        publish_synchronised_fields(page, translations)


def publish_synchronised_fields(source_page: Page, translations: list[Translation]) -> list[Page]:
    """Publish the source's synchronised fields into each live translation not in review."""
    updated = []
    for translation in translations:
        try:
            target = translation.get_target_instance().specific
        except ObjectDoesNotExist:
            continue
        if not target.live or target.live_revision_id is None or target.current_workflow_state:
            continue
        # Start from what readers see now, not from an unreviewed draft.
        current = target.live_revision.as_object()
        copy_synchronised_fields(source_page, current)
        current.save_revision(clean=False).publish()
        updated.append(target)
    return updated


def out_of_date(translation: Translation) -> bool:
    """True while the source has texts that this translation has not translated yet."""
    total, translated = translation.get_progress()
    return translated < total
