"""Server-side locale checks for wagtail-localize's admin views.

wagtail-localize checks only model-level rights in several views: a snippet
translation's segment API asks "may this user edit topics?", the submit view
asks only for `submit_translation` (GHSA-jm5p-837g-rv8g was this class of bug:
copying what one may not edit), "Sync translated pages" may publish every
translation at once. This middleware asks the locale-scoped policies before
each of those views runs and answers 403 when the user may not act.
"""

from collections.abc import Callable

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from localization.permissions import user_can_change, user_can_publish

# Views that act on one translation's target (segments, overrides, PO files, MT, preview, stop).
TARGET_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
    "stop_translation",
}


class LocalePermissionMiddleware:
    """Refuses wagtail-localize actions on objects outside the user's locales."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        if user is None or not user.is_authenticated or user.is_superuser:
            return None  # the view itself sends anonymous users to the login page
        reason = refusal(match.url_name, request, view_kwargs)
        if reason:
            return HttpResponseForbidden(reason, content_type="text/plain; charset=utf-8")
        return None


def refusal(view_name: str, request: HttpRequest, kwargs: dict) -> str | None:
    """Why the user may not use this wagtail-localize view on this object, or None."""
    user = request.user
    if view_name in TARGET_VIEWS:
        target = _translation_target(kwargs["translation_id"])
        if target is not None and not user_can_change(user, target):
            return "You may not edit this translation: it is not in one of your languages."
    elif view_name == "submit_page_translation":
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        if page is not None and not user_can_change(user, page.specific):
            return "You may not translate a page you cannot edit."
    elif view_name == "submit_snippet_translation":
        instance = _snippet(kwargs["app_label"], kwargs["model_name"], kwargs["pk"])
        if instance is not None and not user_can_change(user, instance):
            return "You may not translate an item you cannot edit."
    elif view_name == "update_translations":
        return _update_refusal(request, kwargs["translation_source_id"])
    elif view_name == "convert_to_alias":
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        # An alias shows the source's live content at once: that is publishing.
        if page is not None and not user_can_publish(user, page.specific):
            return "You may not replace this translation with the source: that would publish it."
    return None


def _update_refusal(request: HttpRequest, source_id: int) -> str | None:
    source = TranslationSource.objects.filter(pk=source_id).first()
    if source is None:
        return None
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return None
    if not user_can_change(request.user, instance):
        return "You may not sync translations of an item you cannot edit."
    if request.method == "POST" and request.POST.get("publish_translations"):
        for translation in source.translations.filter(enabled=True):
            target = _target_of(translation)
            if target is not None and not user_can_publish(request.user, target):
                return (
                    f"You may not publish the {translation.target_locale.get_display_name()} "
                    "translation: it must be reviewed first."
                )
    return None


def _translation_target(translation_id: int) -> Model | None:
    translation = Translation.objects.filter(pk=translation_id).select_related("source").first()
    return _target_of(translation) if translation else None


def _target_of(translation: Translation) -> Model | None:
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    return target.specific if isinstance(target, Page) else target


def _snippet(app_label: str, model_name: str, pk: str) -> Model | None:
    try:
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
    except ContentType.DoesNotExist:
        return None
    if model not in get_snippet_models():
        return None
    try:
        return model._default_manager.filter(pk=unquote(pk)).first()
    except (ValueError, ValidationError):
        return None  # a malformed key: the view answers 404 itself
