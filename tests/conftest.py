import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Locale, Page, Site

from delivery.near_cache import near_cache
from tests import factories
from tests.database import restore_migrated_rows

# Test packages whose tests share processes started once for the package: pytest-xdist hands
# each to one worker whole, the rest file by file (`--dist loadfile`).
PROCESS_SUITES = ("tests/multiprocess/",)


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class FileOrProcessSuiteScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return next((suite for suite in PROCESS_SUITES if path.startswith(suite)), path)

    return FileOrProcessSuiteScheduling(config, log)


DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "migrated_rows"}


@pytest.fixture(autouse=True)
def migrated_rows_present(request, django_db_blocker):
    """Every database test starts with the rows migrations made (locales, root page, ...).

    A transactional test's flush removes them; under pytest-xdist any test may come next on
    that worker, so each test puts them back (a few indexed lookups) instead of relying on order.
    """
    if request.node.get_closest_marker("django_db") or DATABASE_FIXTURES & set(request.fixturenames):
        with django_db_blocker.unblock():
            restore_migrated_rows()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no cached API response and no rate-limit count from another test."""
    cache.clear()
    near_cache().clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fresh_content_types():
    """A transactional test's flush re-creates content types under new ids: forget cached ones
    (Django's, and Wagtail's list of form page types)."""
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()
    yield


@pytest.fixture(autouse=True)
def reset_language():
    yield
    translation.activate("en")


@pytest.fixture
def migrated_rows(transactional_db) -> None:
    """For transactional tests: the rows that migrations create (locales, root page, ...).

    A transactional test's flush empties every table; post_migrate brings content types and
    permissions back, but not the data migrations' rows.
    """
    restore_migrated_rows()


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    """Every content locale (created by a migration)."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_page(locales):
    """An English home page as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = factories.HomePageFactory(parent=root, locale=locales["en"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def site(home_page) -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def tree(home_page):
    """One page of every type under the English home page."""
    news_index = factories.NewsIndexPageFactory(parent=home_page)
    members_index = factories.MembersIndexPageFactory(parent=home_page)
    glossary_index = factories.GlossaryIndexPageFactory(parent=home_page)
    alliance = factories.NationalAlliancePageFactory(parent=members_index, slug="ukrainian-alliance")
    member = factories.MemberPageFactory(parent=members_index, slug="strasbourg", national_alliance=alliance)
    return {
        "home": home_page,
        "standard": factories.StandardPageFactory(parent=home_page, slug="about"),
        "form": factories.FormPageFactory(parent=home_page, slug="join-the-alliance"),
        "news_index": news_index,
        "news": factories.NewsPageFactory(parent=news_index, slug="miranda-rira"),
        "event": factories.EventPageFactory(parent=news_index, slug="lviv-meeting"),
        "members_index": members_index,
        "member": member,
        "alliance": alliance,
        "glossary_index": glossary_index,
        "term": factories.GlossaryTermPageFactory(parent=glossary_index, slug="roma-and-travellers"),
    }
