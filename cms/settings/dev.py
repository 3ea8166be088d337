"""Local development: DEBUG on, console e-mail, an obviously dev-only key."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Demo accounts (editor, translator) are created by load_demo_content only here.
ALLIANCE_DEMO_ACCOUNTS = True
