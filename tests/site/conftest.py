"""One reader site per test module (built once, rolled back at the end): pages in English,
French and Ukrainian, the two forms, the settings."""

import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Locale, Page, Site

from tests import factories
from tests.database import restore_migrated_rows
from tests.reader_site import build_tree


@pytest.fixture(scope="module")
def reader_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        restore_migrated_rows()
        cache.clear()
        with transaction.atomic():
            root = Page.get_first_root_node()
            Page.objects.filter(depth=2).delete()
            root.refresh_from_db()
            home = factories.HomePageFactory(parent=root, locale=Locale.objects.get(language_code="en"))
            Site.objects.all().delete()
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
            yield build_tree(home)
            transaction.set_rollback(True)
        cache.clear()
