"""wagtail-localize's "Translate with DeepL" action, with DeepL's failures told to the translator.

wagtail-localize's view has no error path: a refused key or an unreachable
DeepL would be a server error. This view answers at the same URL (its hook runs
first, so its pattern comes first) and delegates to wagtail-localize's view,
keeping its permission checks.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.views.edit_translation import machine_translate

from .machine_translation import MachineTranslationFailed


@require_POST
def machine_translate_or_explain(request, translation_id: int):
    try:
        return machine_translate(request, translation_id)
    except MachineTranslationFailed as error:
        messages.error(request, _("%(reason)s. Nothing was translated.") % {"reason": error})
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


@hooks.register("register_admin_urls", order=-100)
def machine_translation_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate_or_explain,
            name="localization_machine_translate",
        )
    ]
