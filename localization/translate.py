"""Write translations through wagtail-localize's own objects.

Used by the demo loader and importers: strings land in translation memory
(`StringTranslation`), so the translation editor, sync and status see exactly
what a translator would have typed.
"""

from collections.abc import Mapping

from django.db import transaction
from django.db.models import Model
from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


def source_for(instance: Model) -> TranslationSource:
    """The instance's translation source, refreshed from its current content."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    return source


@transaction.atomic
def translate(
    instance: Model,
    locale: Locale,
    strings: Mapping[str, str],
    *,
    publish: bool = True,
    user=None,
) -> tuple[Model, int, int]:
    """Translate `instance` into `locale` from a {source text: translated text} map.

    Source segments missing from `strings` stay untranslated (the target shows
    the source text) and count as work left in the translation's progress.
    Returns the target instance, the number of segments and of translated ones.
    """
    source = source_for(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    plain = {StringValue.from_plaintext(text).data: value for text, value in strings.items()}
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    total = translated = 0
    for segment in segments:
        total += 1
        value = plain.get(segment.string.data)
        if not value:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(value).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
        translated += 1
    if isinstance(instance, DraftStateMixin):
        # wagtail-localize would publish on commit, from the page as it was when
        # translated: inside a longer transaction that overwrites tree fields
        # (numchild) changed since. Save a draft, then publish it now.
        existing = instance.get_translation_or_none(locale)
        was_live = existing is not None and existing.live
        translation.save_target(user=user, publish=False)
        target = instance.get_translation(locale)
        if publish:
            target.get_latest_revision().publish(user=user)
            target.refresh_from_db()
        elif was_live:
            target = keep_live_content(target)
    else:
        translation.save_target(user=user, publish=True)
        target = instance.get_translation(locale)
    return target, total, translated


def keep_live_content(page: Model) -> Model:
    """Put the published content back after a draft was saved into a live object.

    wagtail-localize's draft save writes the translated fields into the live
    row as well as into a revision, so readers would see an unreviewed draft.
    The draft stays as the latest revision, marked as unpublished changes.
    """
    draft = page.get_latest_revision()
    if page.live_revision_id is None or draft.pk == page.live_revision_id:
        return page
    restored = page.live_revision.as_object()
    restored.latest_revision = draft
    restored.has_unpublished_changes = True
    restored.save(clean=False)
    return restored
