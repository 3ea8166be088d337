"""The admin's two-factor screens: set up a TOTP device, enter its code after signing in."""

from base64 import b32encode

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice


class TokenForm(forms.Form):
    token = forms.RegexField(
        regex=r"^\d{6}$",
        label=gettext_lazy("Six-digit code from your authenticator app"),
        error_messages={"invalid": gettext_lazy("Enter the six digits shown by your authenticator app.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "wagtailadmin_home"


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    """After the password: the code of one of the user's confirmed devices."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None and device.confirmed:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("This code is not valid. Codes change every 30 seconds."))
    return TemplateResponse(
        request, "security/two_factor_verify.html", {"form": form, "next": request.GET.get("next", "")}
    )


@never_cache
@sensitive_post_parameters("token")
def setup(request):
    """Add an authenticator app: show its key, confirm it with a first code."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    if (
        request.user.is_verified() is False
        and TOTPDevice.objects.filter(user=request.user, confirmed=True).exists()
    ):
        # A second device is added only after proving the first.
        return redirect("security_2fa_verify")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="Authenticator app", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-factor authentication is on for your account."))
            return redirect(_next_url(request))
        form.add_error("token", _("This code is not valid. Check the time on your phone and try again."))
    context = {
        "form": form,
        "secret": b32encode(device.bin_key).decode(),
        "otpauth_url": device.config_url,
        "next": request.GET.get("next", ""),
    }
    return TemplateResponse(request, "security/two_factor_setup.html", context)
