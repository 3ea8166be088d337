"""Admin URL and Reports menu entry of the translation status dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .status_views import TranslationStatusView, can_read_translation_status


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_read_translation_status(request)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("translation-status/", TranslationStatusView.as_view(), name="localization_translation_status")
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("localization_translation_status"), icon_name="site", order=50
    )
