"""Run in a child process against another database: `restore` a backup, or read the API and site.

Usage: DATABASE_URL=... python -m tests.operations.django_child MEDIA_ROOT restore DIR [--force]
       DATABASE_URL=... python -m tests.operations.django_child MEDIA_ROOT read URLS_JSON
       python -m tests.operations.django_child MEDIA_ROOT new-generation REDIS_URL
The test settings pin MEDIA_ROOT, so the child points it at the folder it is given first.
"""

import json
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django
    from django.conf import settings

    media_root, action, *rest = sys.argv[1:]
    settings.MEDIA_ROOT = media_root
    if action == "new-generation":  # what a publish on another server does to the shared cache
        from tests.operations.conftest import fallback_cache_settings

        settings.CACHES = fallback_cache_settings(rest[0])
        django.setup()
        from delivery.cache import start_new_generation

        start_new_generation()
        return
    django.setup()
    if action == "restore":
        from django.core.management import execute_from_command_line

        execute_from_command_line(["manage.py", action, *rest])  # errors as manage.py prints them
        return
    from django.test import Client

    client = Client()
    responses = {}
    for url in json.loads(rest[0]):
        response = client.get(url)
        responses[url] = [response.status_code, response.content.decode()]
    json.dump(responses, sys.stdout)


if __name__ == "__main__":
    main()
