"""CDN purge: publish, unpublish, move and delete send every affected URL, in every locale, to a
real HTTP purge receiver on 127.0.0.1 through wagtail.contrib.frontend_cache's HTTP backend, from
one background task run by the real db_worker."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from localization.translate import translate
from tests import factories
from tests.delivery.test_webhooks import DATABASE_TASKS, run_worker

API = "http://127.0.0.1:8000/api/v2"  # WAGTAILAPI_BASE_URL in the test settings
SITE = "http://localhost"
LOCALES = ("en", "fr", "de")


class PurgeReceiver:
    def __init__(self) -> None:
        self.purged: list[str] = []
        self.methods: set[str] = set()
        self.location = ""

    @property
    def urls(self) -> set[str]:
        return set(self.purged)


@pytest.fixture(scope="module")
def purge_server() -> Iterator[PurgeReceiver]:
    state = PurgeReceiver()

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self) -> None:
            state.methods.add(self.command)
            state.purged.append(f"http://{self.headers['Host']}{self.path}")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.location = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def cdn(purge_server):
    purge_server.purged.clear()
    backends = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_server.location,
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends, TASKS=DATABASE_TASKS):
        yield purge_server


@pytest.fixture
def news_in_three_locales(tree, locales):
    """The news item in English, French (its own slug) and German, all live."""
    for code in ("fr", "de"):
        translate(tree["home"], locales[code], {})
        translate(tree["news_index"], locales[code], {})
    news = tree["news"]
    translate(
        news, locales["fr"], {news.title: "Miranda Rira à Strasbourg", news.slug: "miranda-rira-a-strasbourg"}
    )
    translate(news, locales["de"], {news.title: "Miranda Rira in Straßburg"})
    return {code: news.get_translation(locales[code]) for code in LOCALES}


def purge_tasks() -> int:
    return DBTaskResult.objects.filter(task_path="delivery.tasks.purge_cdn").count()


def assert_every_locale_purged(purged: set[str], versions: dict, index_slug: str = "news") -> None:
    for code, page in versions.items():
        assert page.get_full_url() in purged, code
        assert f"{SITE}/{code}/" in purged, f"{code} home page (latest news)"
        assert f"{SITE}/{code}/feeds/news/rss/" in purged
        assert f"{SITE}/{code}/feeds/events/atom/" in purged
        assert f"{API}/news/{page.pk}/" in purged
        assert f"{API}/pages/{page.pk}/" in purged
        assert f"{API}/news/?locale={code}" in purged
        assert f"{API}/news/?locale={code}&fallback=en" in purged
        assert f"{API}/pages/?type=news.NewsPage&locale={code}" in purged
    assert f"{SITE}/sitemap.xml" in purged
    assert f"{API}/news/?locale=uk&fallback=en" in purged, "fallback listings of other locales"


@pytest.mark.django_db
def test_publishing_purges_the_page_its_listings_feeds_sitemap_and_api_in_every_locale(
    cdn, news_in_three_locales, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        news_in_three_locales["en"].save_revision().publish()
    assert cdn.purged == [], "the editor's request purges nothing itself"
    assert purge_tasks() == 1

    run_worker()

    purged = cdn.urls
    assert len(purged) == len(cdn.purged), "each URL once"
    assert cdn.methods == {"PURGE"}
    assert_every_locale_purged(purged, news_in_three_locales)
    assert f"{SITE}/fr/news/miranda-rira-a-strasbourg/" in purged
    for code in LOCALES:
        assert f"{SITE}/{code}/news/" in purged
        assert f"{SITE}/{code}/news/?page=1" in purged
    # Nothing unrelated: no other section, no other endpoint.
    assert not any("/members/" in url or "/glossary/" in url for url in purged)


@pytest.mark.django_db
def test_unpublishing_purges_the_page_that_left_and_its_translations(
    cdn, news_in_three_locales, django_capture_on_commit_callbacks
):
    french = news_in_three_locales["fr"]
    with django_capture_on_commit_callbacks(execute=True):
        french.unpublish()
    run_worker()

    purged = cdn.urls
    assert f"{SITE}/fr/news/miranda-rira-a-strasbourg/" in purged
    assert f"{API}/news/{french.pk}/" in purged
    # Its translations' language switchers and API `translations` no longer list French.
    assert_every_locale_purged(purged, {"en": news_in_three_locales["en"], "de": news_in_three_locales["de"]})
    assert f"{SITE}/fr/news/" in purged and f"{API}/news/?locale=fr" in purged


@pytest.mark.django_db
def test_moving_purges_the_old_and_the_new_address_and_both_listings(
    cdn, tree, news_in_three_locales, django_capture_on_commit_callbacks
):
    archive = factories.NewsIndexPageFactory(parent=tree["home"], slug="archive")
    english = news_in_three_locales["en"]
    with django_capture_on_commit_callbacks(execute=True):
        english.move(archive, pos="last-child")
    run_worker()

    purged = cdn.urls
    assert f"{SITE}/en/news/miranda-rira/" in purged, "where it was"
    assert f"{SITE}/en/archive/miranda-rira/" in purged, "where it is"
    assert {f"{SITE}/en/news/", f"{SITE}/en/archive/", f"{SITE}/en/archive/?page=1"} <= purged
    english.refresh_from_db()
    assert_every_locale_purged(purged, {**news_in_three_locales, "en": english})


@pytest.mark.django_db
def test_deleting_purges_the_deleted_page_in_one_task(
    cdn, news_in_three_locales, django_capture_on_commit_callbacks
):
    german = news_in_three_locales["de"]
    german_url, german_id = german.get_full_url(), german.pk
    with django_capture_on_commit_callbacks(execute=True):
        german.delete()
    # Wagtail unpublishes, then deletes: two changes, one task.
    assert purge_tasks() == 1
    run_worker()

    purged = cdn.urls
    assert german_url in purged
    assert f"{API}/news/{german_id}/" in purged
    assert f"{SITE}/de/news/" in purged and f"{SITE}/de/feeds/news/rss/" in purged
    assert_every_locale_purged(purged, {"en": news_in_three_locales["en"], "fr": news_in_three_locales["fr"]})


@pytest.mark.django_db
def test_without_a_configured_cdn_nothing_is_queued(
    news_in_three_locales, django_capture_on_commit_callbacks
):
    with (
        override_settings(WAGTAILFRONTENDCACHE={}, TASKS=DATABASE_TASKS),
        django_capture_on_commit_callbacks(execute=True),
    ):
        news_in_three_locales["en"].save_revision().publish()
    assert purge_tasks() == 0
