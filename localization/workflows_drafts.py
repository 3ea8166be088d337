"""Draft translations stay drafts: readers keep seeing the published version.

wagtail-localize 1.14's `save_target(publish=False)` writes the translated fields
into the live page row as well as into a new revision, so an unreviewed draft
of a published translation would be served at once on the site and in the API.
Every caller (the review submission, importers, scripts) goes through
`Translation.save_target`, so the published content is put back there, once.
"""

from functools import wraps

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Page
from wagtail_localize.models import Translation

from localization.translate import keep_live_content


def keep_drafts_out_of_live_rows() -> None:
    """Wrap Translation.save_target so that a draft save never changes a live page's row."""
    original = Translation.save_target
    if getattr(original, "keeps_live_content", False):
        return

    @wraps(original)
    def save_target(self: Translation, user=None, publish: bool = True):
        if publish:
            return original(self, user=user, publish=publish)
        try:
            existing = self.get_target_instance()
        except ObjectDoesNotExist:
            existing = None
        was_live = isinstance(existing, Page) and existing.live
        result = original(self, user=user, publish=False)
        if was_live:
            keep_live_content(Page.objects.get(pk=existing.pk).specific)
        return result

    save_target.keeps_live_content = True
    Translation.save_target = save_target
