"""The translation status dashboard: an admin page and its JSON twin at /api/v2/translation-status/."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from .status import translation_status

ALLOWED_PARAMETERS = frozenset({"locale"})


def can_read_translation_status(request: HttpRequest) -> bool:
    """Who may read the status: people with access to the admin (session) and API channels.

    `request.channel` is the active channel whose bearer token `delivery`'s middleware checked.
    """
    if getattr(request, "channel", None) is not None:
        return True
    user = getattr(request, "user", None)
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"))
    )


def json_error(status: int, detail: str) -> JsonResponse:
    response = JsonResponse({"detail": detail}, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def translation_status_json(request: HttpRequest) -> JsonResponse:
    """GET /api/v2/translation-status/[?locale=fr]: per-locale status for staff, never cached for others."""
    if request.method not in ("GET", "HEAD"):
        response = json_error(405, f"Method {request.method} not allowed: this endpoint is read-only")
        response["Allow"] = "GET, HEAD"
        return response
    if not can_read_translation_status(request):
        return json_error(403, "Translation status is for staff: log in to the admin first")
    unknown = sorted(set(request.GET) - ALLOWED_PARAMETERS)
    if unknown:
        return json_error(400, f"Unknown query parameter: {unknown[0]!r} (allowed: locale)")
    locales = None
    if "locale" in request.GET:
        code = request.GET["locale"]
        # Check against the configured languages before any query: PostgreSQL
        # refuses a NUL in a string with an error, not an empty result.
        known = code in dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        default = Locale.get_default()
        locale = Locale.objects.filter(language_code=code).exclude(pk=default.pk).first() if known else None
        if locale is None:
            return json_error(400, f"locale {code!r} is not a translation locale of this site")
        locales = [locale]
    response = JsonResponse(translation_status(locales).as_dict(), json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    return response


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Admin page: per locale what is translated, what to do next, and pages with terminology warnings."""

    template_name = "localization/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_read_translation_status(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status"] = translation_status()
        return context
