from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from security import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/verify/", views.verify, name="security_2fa_verify"),
        path("two-factor/setup/", views.setup, name="security_2fa_setup"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("security_2fa_setup"),
        "label": _("Two-factor authentication"),
        "help_text": _("Add an authenticator app: after your password, the admin asks for its code."),
    }
