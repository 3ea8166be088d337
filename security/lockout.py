"""Login brute-force lockout (django-axes), answered on Wagtail's own sign-in page."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.forms.auth import LoginForm


class LoginLockoutBackend(AxesStandaloneBackend):
    """Refuses sign-ins from a locked-out (user name, address) pair.

    Every sign-in through the web passes its request; `authenticate()` without one comes from
    code (management commands, the test client's `login()`), which has no address to count.
    """

    def authenticate(self, request: HttpRequest | None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """Wagtail's sign-in page with the reason, as 429 Too Many Requests."""
    hours = settings.AXES_COOLOFF_TIME
    form = LoginForm(request=request, initial={"username": (credentials or {}).get("username", "")})
    message = _(
        "Too many failed sign-in attempts for this account from your address. "
        "Sign-in is locked for %(hours)s hour(s); try again later or ask an administrator."
    ) % {"hours": f"{hours:g}"}
    response = TemplateResponse(
        request,
        "wagtailadmin/login.html",
        {
            "form": form,
            "lockout_message": message,
            "messages": [message],
            "next": request.GET.get("next", ""),
        },
        status=429,
    )
    return response.render()  # axes answers from a middleware: nothing else would render it
