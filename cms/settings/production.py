"""Production: refuses to start without its secrets, passes `check --deploy`."""

import logging
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if not os.environ.get("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")

ALLIANCE_DEMO_ACCOUNTS = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail overrides this for its own preview iframe

# --- Stateless serving (issue 9) -------------------------------------------------------------
# Static files from whitenoise, with hashed names (cached for ever by browsers and the CDN) and
# gzip/brotli copies made at collectstatic, not at run time.
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
# A connection kept for DB_CONN_MAX_AGE is checked before reuse: a restarted or failed-over
# PostgreSQL costs no request an error.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# JSON log lines unless LOG_FORMAT says otherwise.
if "LOG_FORMAT" not in os.environ:
    LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
# Python warnings (e.g. whitenoise's "No directory at: STATIC_ROOT") become log records too, so
# every line a process writes is one JSON object a log collector can parse.
logging.captureWarnings(True)
# Load balancers probe over plain HTTP by address.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
# Plain HTTP on loopback (`make serve` sets it): cookies without the Secure flag, or a browser
# would not send the session and CSRF cookies back and the admin login would fail.
if os.environ.get("SECURE_COOKIES", "true").lower() == "false":
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
# --- end stateless serving

# --- Security hardening (issue 10, part 4) -----------------------------------------------
# Superusers must set up and use TOTP two-factor (set the variable to false to opt out).
ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS = (
    os.environ.get("ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS", "true").lower() == "true"
)
