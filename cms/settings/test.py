"""Test settings: fast hashing, local-memory cache, PostgreSQL when DATABASE_URL is set."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ALLIANCE_DEMO_ACCOUNTS = True
# One folder per pytest-xdist worker: parallel tests never share (or clean up) each other's files.
MEDIA_ROOT = BASE_DIR / "media-test" / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
# The suite sends many requests from one address; tests of the limits set their own.
ALLIANCE_API_RATE_LIMIT = ALLIANCE_API_CHANNEL_RATE_LIMIT = "100000/m"
# Tests never reach the real DeepL, whatever the environment says: the machine
# translation tests point the translator at a fake server on 127.0.0.1.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# One connection for the whole run: an in-process worker or request cycle must never close it
# for its age in the middle of a test's transaction (CONN_MAX_AGE=60 would, on a long run).
DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405
# Pages render afresh in tests (a test changes things no publish announces); the page cache's
# own tests turn it on.
ALLIANCE_PAGE_CACHE_TIMEOUT = 0
