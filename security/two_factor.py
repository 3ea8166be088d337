"""Two-factor (TOTP) sign-in for the admin, on django-otp.

Optional for every staff member: whoever has confirmed a device (Account › Two-factor
authentication) must enter its code after the password. Required for superusers when
`ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS` is true (the production default): until they have a
device, the admin only lets them set one up. (wagtail-2fa 1.8 does not import on Wagtail 8.)
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device
from django_otp.middleware import OTPMiddleware

# Where an unverified user may still go: signing in and out, and the two-factor screens.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_2fa_verify",
    "security_2fa_setup",
}


def two_factor_required(user) -> bool:
    return bool(settings.ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS and user.is_superuser)


class AdminTwoFactorMiddleware(OTPMiddleware):
    """django-otp's `request.user.is_verified()`, enforced on the admin's URLs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        super().__init__(get_response)
        self.admin_prefix = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        # Only the admin looks at devices: the reader site and the API keep their query budgets.
        if request.path.startswith(self.admin_prefix) and getattr(request, "user", None) is not None:
            request.user = self._verify_user_sync(request, request.user)  # adds user.is_verified()
            response = self._check(request)
            if response is not None:
                return response
        return self.get_response(request)

    def _check(self, request: HttpRequest) -> HttpResponse | None:
        user = request.user
        if not user.is_authenticated:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        if match.url_name in OPEN_URL_NAMES or user.is_verified():
            return None
        if user_has_device(user, confirmed=True):
            return redirect_to_login(request.get_full_path(), login_url=reverse("security_2fa_verify"))
        if two_factor_required(user):
            return redirect_to_login(request.get_full_path(), login_url=reverse("security_2fa_setup"))
        return None
