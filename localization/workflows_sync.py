"""Sync: publishing the source marks its translations out of date.

When a source page is published, its translation source is refreshed from the
published content: changed and new texts become untranslated segments that the
translation editor offers to the translator (wagtail-localize's progress then
reads "Waiting for translations"). Synchronised fields (dates, images, links,
usage status) are copied from the source whenever a translation is saved, so
they follow the source in the draft the translator submits and the reviewer
publishes; readers keep the reviewed translation until then.
"""

from django.db.models import Model
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource


def refresh_translation_source(sender, instance: Model, **kwargs) -> None:
    """page_published receiver: update the source's segments when the source itself is published."""
    page = instance.specific if isinstance(instance, Page) else instance
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None or source.locale_id != page.locale_id:
        return
    if not source.translations.filter(enabled=True).exists():
        return
    source.update_from_db()


def out_of_date(translation: Translation) -> bool:
    """True while the source has texts that this translation has not translated yet."""
    total, translated = translation.get_progress()
    return translated < total
