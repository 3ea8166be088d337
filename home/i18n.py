"""Translation lookups shared by the content apps."""

from collections.abc import Sequence

from wagtail.models import DraftStateMixin, TranslatableMixin


def in_locale(objects: Sequence[TranslatableMixin], locale_id: int) -> list[TranslatableMixin]:
    """Each object's translation in `locale_id` (live, for pages and other drafts), else the object.

    Like Wagtail's `.localized`, but for a given locale rather than the active
    language, and in one query per list instead of one per object.
    """
    if not objects:
        return []
    model = type(objects[0])
    translations = model.objects.filter(
        translation_key__in={obj.translation_key for obj in objects}, locale_id=locale_id
    )
    if issubclass(model, DraftStateMixin):
        translations = translations.filter(live=True)
    by_key = {obj.translation_key: obj for obj in translations}
    return [by_key.get(obj.translation_key, obj) for obj in objects]
