from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import get_language
from wagtail import hooks

from home.admin_views import TranslatableSettingEditView


@hooks.register("before_serve_page")
def redirect_to_the_pages_own_locale(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the source tree when a locale has no live page at a
    path; send the reader to that page's own URL instead of serving English
    under /fr/ with French markup."""
    if page.locale.language_code != get_language():
        url = page.get_url(request)
        if url:
            return redirect(url)
    return None


@hooks.register("register_admin_urls", order=-1)
def register_translatable_settings_edit_view():
    # Same path as wagtailsettings:edit, registered first so it takes precedence.
    return [
        path(
            "settings/<slug:app_name>/<slug:model_name>/<int:pk>/",
            TranslatableSettingEditView.as_view(),
            name="alliance_translatable_setting_edit",
        )
    ]
