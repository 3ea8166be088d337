"""Settings shared by every environment. The environment is read here, once."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "operations",  # health, readiness, metrics, request ids (issue 9)
    "localization",
    "delivery",
    "demo",
    "home",
    "news",
    "members",
    "glossary",
    "search",
    "archive",  # bulk import of an existing archive (manage.py import_archive)
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "rest_framework",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # --- Operations (issue 9): outermost, so its request id, access log and metrics cover every
    # response, and /healthz, /readyz, /metrics answer before host checks and redirects.
    "operations.middleware.OperationsMiddleware",
    # --- end operations
    "django.middleware.security.SecurityMiddleware",
    # Before sessions, locale and users: the API is the same for everyone, and a cached answer
    # returns from here (it negotiates the language itself, part of the cache key).
    "delivery.middleware.APIDeliveryMiddleware",
    # Public HTML for readers without a session, kept until the next publish (delivery/page_cache.py).
    "delivery.page_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # No redirect of API 404s to /en/api/...: cms/urls.py never serves /<lang>/api/... as a page.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # --- CDN (issue 9): after authentication (a signed-in user's page is private), so its
    # Cache-Control/Surrogate-Key are set before sessions and CSRF add their own headers.
    "delivery.cache_headers.PageCacheHeadersMiddleware",
    # --- end CDN
    "django.contrib.messages.middleware.MessageMiddleware",
    # Locale checks for wagtail-localize's admin views (translators stay in their languages).
    "localization.permissions_guard.LocalePermissionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the zero-set-up default; PostgreSQL is the real database (DATABASE_URL).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A persistent connection cut by a database restart is replaced before the next request
        # uses it, instead of failing that request (tests/reliability/test_postgres_restart.py).
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same backend, with a health check that asks the server only when it sent something,
    # and the API's lookups by ids prepared once per connection (off behind a pooler that
    # shares server sessions between transactions, such as PgBouncer's transaction mode).
    DATABASES["default"]["ENGINE"] = "operations.postgresql"
    DATABASES["default"]["PREPARED_STATEMENTS"] = (
        os.environ.get("DATABASE_PREPARED_STATEMENTS", "true").lower() == "true"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Shared state: cache, sessions, rate-limit counters (issue 9) ---------------------------
# With REDIS_URL, every app server shares one cache (API responses, django-ratelimit's counters,
# sessions). operations.cache.FallbackRedisCache answers from the process's own memory while
# Redis is down (rate limits then count per process) and goes back to Redis when it returns;
# sessions are cached_db, so they survive Redis being down or flushed.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "operations.cache.FallbackRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "alliance",
            "OPTIONS": {
                # A dead Redis must cost a request milliseconds, not seconds.
                "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "RETRY_AFTER": float(os.environ.get("REDIS_RETRY_AFTER", "5")),
            },
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# --- end shared state

# Background tasks (webhooks; Wagtail's own) wait in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Django knows no Romani; register it so i18n_patterns, get_language_info and
# the admin's locale names work for /rom/.
LANG_INFO.setdefault(
    "rom",
    {"bidi": False, "code": "rom", "name": "Romani", "name_local": "romani ćhib"},
)

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "French"),
    ("de", "German"),
    ("it", "Italian"),
    ("es", "Spanish"),
    ("ro", "Romanian"),
    ("bg", "Bulgarian"),
    ("hu", "Hungarian"),
    ("sk", "Slovak"),
    ("uk", "Ukrainian"),
    ("rom", "Romani"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Django only activates a language that has a message catalogue; ours ships one
# for every content language, Romani included.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

# Translations are drafts until a reviewer publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation (DeepL, with the glossary's approved terms) is offered in
# the translation editor only when a key is set.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "localization.machine_translation.GlossaryDeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": DEEPL_API_KEY,
            "SERVER_URL": os.environ.get("DEEPL_SERVER_URL", ""),
            "FORMALITY": os.environ.get("DEEPL_FORMALITY", ""),
        },
    }

# --- Static and media ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Media on S3-compatible object storage (issue 9) ---------------------------------------
# With a bucket, images, renditions and documents go to it (django-storages + boto3), so no app
# server keeps uploads; without one, they stay in MEDIA_ROOT (one machine only).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # Any S3-compatible service (MinIO, Ceph, Scaleway, OVH...); empty: AWS itself.
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            # Unset keys: boto3's own chain (instance role, ~/.aws, ...).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # e.g. the CDN's media host; URLs then are https://<domain>/<key>.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            # Image URLs land in cached API responses and pages: plain URLs, not signed ones
            # that expire (the bucket policy makes images public, see docs/deployment.md).
            "querystring_auth": os.environ.get("AWS_QUERYSTRING_AUTH", "false").lower() == "true",
            # Two servers uploading "logo.png" at once must get two objects, not one.
            "file_overwrite": False,
            "default_acl": None,
        },
    }
# Documents are always served through Django's view, which checks private collections and
# counts downloads, then streams the file from the storage (local or bucket): document objects
# never need to be public.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# --- end media storage
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "European Alliance of Cities and Regions for Roma Inclusion"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# One text search configuration per locale on PostgreSQL (search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

# --- Delivery to channels (delivery/) -----------------------------------------
# Requests per client under /api/v2/: by IP address, or by channel for a Bearer token.
ALLIANCE_API_RATE_LIMIT = os.environ.get("ALLIANCE_API_RATE_LIMIT", "300/m")
ALLIANCE_API_CHANNEL_RATE_LIMIT = os.environ.get("ALLIANCE_API_CHANNEL_RATE_LIMIT", "3000/m")
# Seconds clients may reuse a response without revalidating its ETag (0: always revalidate).
ALLIANCE_API_MAX_AGE = int(os.environ.get("ALLIANCE_API_MAX_AGE", "0"))
ALLIANCE_API_CACHE_TIMEOUT = 3600
# Bytes of cached API answers each process keeps in memory beside the shared Redis cache,
# served only while the shared generation matches (delivery/near_cache.py; 0: off).
ALLIANCE_API_NEAR_CACHE_BYTES = int(os.environ.get("ALLIANCE_API_NEAR_CACHE_BYTES", str(32 * 1024 * 1024)))
# Seconds a public page's HTML is kept for readers without a session (0: no page cache).
ALLIANCE_PAGE_CACHE_TIMEOUT = int(os.environ.get("ALLIANCE_PAGE_CACHE_TIMEOUT", "3600"))
# Seconds between a failed webhook attempt and the next; one retry per entry.
ALLIANCE_WEBHOOK_RETRY_DELAYS = [
    int(seconds) for seconds in env_list("ALLIANCE_WEBHOOK_RETRY_DELAYS", "30,120,600,3600")
]
# Seconds a headless preview token stays valid.
ALLIANCE_PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("ALLIANCE_PREVIEW_TOKEN_MAX_AGE", "3600"))
# The channel front-end's preview page; `{token}` is replaced (empty: show the API URL only).
ALLIANCE_PREVIEW_CLIENT_URL = os.environ.get("ALLIANCE_PREVIEW_CLIENT_URL", "")

# --- CDN purge and cache headers (issue 9) ---------------------------------------------------
# wagtail.contrib.frontend_cache's backends, chosen by the environment; delivery/cdn.py purges
# every affected URL, every locale, from one background task. Its app is not installed: its own
# signal handlers would purge a second time, outside the publish path.
WAGTAILFRONTENDCACHE = {}
_cdn_hostnames = env_list("CDN_HOSTNAMES")
if os.environ.get("CDN_PURGE_URL"):  # Varnish, nginx proxy_cache_purge, Fastly-style PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["CDN_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if _cdn_hostnames:
    for _backend in WAGTAILFRONTENDCACHE.values():
        _backend["HOSTNAMES"] = _cdn_hostnames
# delivery/cdn.py lists each locale's real URL itself (translated slugs differ): no rewriting
# of /en/ into every language by Wagtail.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Seconds a CDN (shared cache) may serve a public page or API response without asking us
# (s-maxage; browsers still revalidate). 0: the CDN revalidates each time (cheap, with ETags).
ALLIANCE_CDN_MAX_AGE = int(os.environ.get("ALLIANCE_CDN_MAX_AGE", "0"))
# --- end CDN

ALLIANCE_TASK_FORCE_EMAIL = os.environ.get("ALLIANCE_TASK_FORCE_EMAIL", "alliance@coe.int")
# POSTs to the public forms allowed per client address (django-ratelimit rate, counted in the cache).
ALLIANCE_FORM_RATE_LIMIT = os.environ.get("ALLIANCE_FORM_RATE_LIMIT", "10/m")
# Behind a reverse proxy, the request header that carries the client's address (e.g.
# HTTP_X_REAL_IP); by default django-ratelimit counts REMOTE_ADDR.
if os.environ.get("RATELIMIT_IP_META_KEY"):
    RATELIMIT_IP_META_KEY = os.environ["RATELIMIT_IP_META_KEY"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@roma-alliance.org")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))

# --- Reliability (operations/): stuck tasks, e-mail retries ---------------------
# A background task RUNNING longer than this (seconds) was left by a worker that died: re-run it.
ALLIANCE_TASK_STALE_AFTER = int(os.environ.get("ALLIANCE_TASK_STALE_AFTER", "900"))
# Seconds between failed attempts at e-mailing a form submission; one retry per entry.
ALLIANCE_EMAIL_RETRY_DELAYS = [
    int(seconds) for seconds in env_list("ALLIANCE_EMAIL_RETRY_DELAYS", "60,300,1800,7200")
]

# --- Logs (issue 9) ---------------------------------------------------------------------------
# To stdout only (nothing written to local disk): JSON lines with the request id in production
# (LOG_FORMAT=json), plain text in development.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.request_context.RequestIdLogFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.orjson.OrjsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",  # ISO 8601, UTC
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task and page save drowns real messages.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        # One line per request (operations.middleware); WARNING silences them.
        "alliance.requests": {"level": os.environ.get("ACCESS_LOG_LEVEL", "INFO")},
        # Django's own request logger repeats every 4xx/5xx that the access log already has.
        "django.request": {"level": "ERROR"},
    },
}

# --- Operations (issue 9) --------------------------------------------------------------------
# Addresses (or networks) allowed to read /metrics; everyone else gets a 404.
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", "127.0.0.1,::1")
# --- end operations
# --- Security hardening (issue 10, parts 4 and 5; app `security/`) ---------------------
# Kept in one block, appended after everything else, so it merges beside other additions.
INSTALLED_APPS += [  # noqa: F405 (defined above)
    "security",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]
# Content-Security-Policy on the reader site and the API (django-csp), the admin excluded.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "security.csp.CSPMiddleware"
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "security.headers.SecurityHeadersMiddleware",
)
# TOTP verification for the admin, right after the user is known (django-otp).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "security.two_factor.AdminTwoFactorMiddleware",
)
# The admin's search boxes refuse what the reader search refuses (a 2,000-word query was a 500).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "security.admin_search.AdminSearchLimitMiddleware",
)
# django-axes must come last: it turns a lockout raised by its backend into the response.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    "security.lockout.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Brute-force lockout (django-axes): failures counted per user name AND client address,
# stored in the database; a successful login resets the count.
AXES_ENABLED = os.environ.get("ALLIANCE_LOGIN_LOCKOUT", "true").lower() == "true"
AXES_FAILURE_LIMIT = int(os.environ.get("ALLIANCE_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("ALLIANCE_LOGIN_COOLOFF_HOURS", "1"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False  # no banner on every manage.py command; lockouts are still logged as warnings
if os.environ.get("RATELIMIT_IP_META_KEY"):  # behind a proxy, the same header as the rate limits
    AXES_IPWARE_META_PRECEDENCE_ORDER = [os.environ["RATELIMIT_IP_META_KEY"], "REMOTE_ADDR"]

# Two-factor (TOTP) for the admin: optional for every staff member, required for superusers
# where ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS is true (the production default).
# (wagtail-2fa 1.8 imports wagtail.users.widgets, gone in Wagtail 8: django-otp directly.)
OTP_TOTP_ISSUER = "Alliance CMS"
ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS = (
    os.environ.get("ALLIANCE_2FA_REQUIRED_FOR_SUPERUSERS", "false").lower() == "true"
)

# Passwords: Django's four validators, at least 12 characters.
AUTH_PASSWORD_VALIDATORS[1]["OPTIONS"] = {  # noqa: F405
    "min_length": int(os.environ.get("ALLIANCE_PASSWORD_MIN_LENGTH", "12"))
}

# Cookies: never readable from scripts, not sent on cross-site sub-requests (Secure in production).
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("ALLIANCE_SESSION_COOKIE_AGE", str(60 * 60 * 12)))

# Headers on every response (the CSP on everything but the admin, which runs inline scripts).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # the admin previews pages in a same-origin iframe
ALLIANCE_PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Embedded videos in page bodies (wagtail.embeds): the providers' players only.
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    },
}

# Uploads: images (size, pixels, no SVG) and documents (allow-list, size), served as attachments.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry scripts
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # through Django, so the headers below always apply
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every document is a download, never rendered by the browser
