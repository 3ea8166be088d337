"""django-csp's middleware, with the settings' policies built once instead of per response.

django-csp builds both policy strings (enforced and report-only) from the settings on every
response: a tenth of the time of a cached API answer. Only a response with a nonce or a policy
of its own (`@csp_update`, `@csp_replace`, `@csp`) needs that; every other response gets the
same strings, kept here until the settings change (tests override them).
"""

import http.client
from functools import cache

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase

PER_RESPONSE_POLICY = tuple(
    name + suffix for name in ("_csp_config", "_csp_update", "_csp_replace") for suffix in ("", "_ro")
)
HEADERS = (
    (HEADER, "CONTENT_SECURITY_POLICY", "_csp_exempt", False),
    (HEADER_REPORT_ONLY, "CONTENT_SECURITY_POLICY_REPORT_ONLY", "_csp_exempt_ro", True),
)


@cache
def settings_policy(report_only: bool) -> str:
    return build_policy(report_only=report_only)


@receiver(setting_changed)
def _forget_policies(setting: str, **kwargs) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        settings_policy.cache_clear()


class CSPMiddleware(DjangoCSPMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        own_policy = any(
            hasattr(response, name + suffix) for name in PER_RESPONSE_POLICY for suffix in ("", "_ro")
        )
        if own_policy or getattr(request, "_csp_nonce", None) is not None:
            return super().process_response(request, response)
        # The same rules as django-csp's, with the policy strings built once.
        debug_page = response.status_code in (http.client.INTERNAL_SERVER_ERROR, http.client.NOT_FOUND)
        if debug_page and settings.DEBUG:
            return response
        for header, setting, exempt, report_only in HEADERS:
            policy = settings_policy(report_only)
            excluded = tuple((getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())
            if (
                policy
                and header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(excluded)
            ):
                response[header] = policy
        # As django-csp: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
