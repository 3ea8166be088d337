"""The reader site in a real browser (Debian's Chromium through Playwright).

Each page type in English, French and Ukrainian: visible text in the reader's language and
axe-core with no serious or critical violation; the language switcher; the members filter;
both forms, invalid then valid. Screenshots go to test-artifacts/screenshots/.

The site is built once for the module and committed, and served by a server thread of our
own, so the tests themselves run in rolled-back transactions and no flush rebuilds it.
"""

import re
from types import SimpleNamespace

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import cache
from django.db import connections
from django.test.testcases import LiveServerThread
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page, Site

from home.models import AllianceSettings
from news.models import Topic
from tests import factories
from tests.browser import browser, screenshot  # noqa: F401 (browser is a fixture)
from tests.database import restore_migrated_rows
from tests.reader_site import build_tree

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    "home",
    "standard",
    "news_index",
    "news",
    "event",
    "members_index",
    "member",
    "alliance",
    "glossary_index",
    "term",
    "join",
]
# Interface text every page shows in the reader's language (the terminology box's heading).
PLEASE_NOTE = {"en": "Please note", "fr": "Remarque", "uk": "Зверніть увагу"}
CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")


def _start_server() -> LiveServerThread:
    # SQLite's in-memory test database is only visible through the test's own connection.
    overrides = {
        alias: connections[alias]
        for alias in connections
        if connections[alias].vendor == "sqlite" and connections[alias].is_in_memory_db()
    }
    for connection in overrides.values():
        connection.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=overrides, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    return thread


def _remove_the_site() -> None:
    FormSubmission.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    Site.objects.all().delete()
    AllianceSettings.objects.all().delete()
    Topic.objects.all().delete()


@pytest.fixture(scope="module")
def served(django_db_setup, django_db_blocker, browser):  # noqa: F811
    with django_db_blocker.unblock():
        restore_migrated_rows()
        cache.clear()
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        root.refresh_from_db()
        home = factories.HomePageFactory(parent=root, locale=Locale.objects.get(language_code="en"))
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        tree = build_tree(home)
        server = _start_server()
        try:
            yield SimpleNamespace(url=f"http://127.0.0.1:{server.port}", tree=tree)
        finally:
            server.terminate()
            for connection in server.connections_override.values():
                connection.dec_thread_sharing()
            _remove_the_site()
            cache.clear()


@pytest.fixture
def tab(browser, served):  # noqa: F811
    context = browser.new_context(base_url=served.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def assert_accessible(tab, name: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab)
    serious = [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == [], name


def heading_of(page_object) -> str:
    return getattr(page_object, "term", None) or page_object.title


@pytest.mark.parametrize("code", ["en", "fr", "uk"])
def test_every_page_type_reads_in_the_readers_language_and_passes_axe(tab, served, code):
    for key in PAGE_TYPES:
        page_object = served.tree[key][code]
        response = tab.goto(page_object.url)
        assert response.status == 200, page_object.url
        assert tab.locator("html").get_attribute("lang") == code
        assert tab.locator("h1").inner_text() == heading_of(page_object)
        assert tab.get_by_role("heading", name=PLEASE_NOTE[code]).is_visible()
        if code == "uk" and key not in ("member",):  # "Strasbourg" keeps its Latin spelling in French
            assert CYRILLIC.search(tab.locator("h1").inner_text()), key
        assert_accessible(tab, f"{key}-{code}")
        screenshot(tab, f"{key}-{code}")


def test_the_switcher_takes_the_reader_to_the_same_page_in_another_language(tab, served):
    tab.goto(served.tree["news"]["en"].url)
    tab.get_by_role("navigation", name="Languages").get_by_role("link", name="Français").click()
    tab.wait_for_url(f"**{served.tree['news']['fr'].url}")
    assert tab.locator("h1").inner_text().startswith("Miranda Rira : « Associer")
    tab.get_by_role("navigation", name="Langues").get_by_role("link", name="Українська").click()
    tab.wait_for_url(f"**{served.tree['news']['uk'].url}")
    assert tab.locator("html").get_attribute("lang") == "uk"
    # Italian has no site: greyed, not a link.
    switcher = tab.get_by_role("navigation", name="Мови")
    assert switcher.get_by_role("link", name="italiano").count() == 0
    assert switcher.get_by_text("italiano", exact=True).is_visible()
    screenshot(tab, "switcher-uk")


def test_filtering_the_members_directory_by_country_and_kind(tab, served):
    tab.goto(served.tree["members_index"]["fr"].url)
    assert tab.locator("#member-count").inner_text() == "3 membres affichés"
    tab.get_by_label("Pays").select_option(label="France")
    tab.get_by_role("button", name="Filtrer").click()
    tab.wait_for_url("**country=FR**")
    assert tab.locator("#member-count").inner_text() == "2 membres affichés"
    tab.get_by_label("Type de collectivité").select_option(value="region")
    tab.get_by_role("button", name="Filtrer").click()
    tab.wait_for_url("**kind=region**")
    assert tab.locator("#member-count").inner_text() == "1 membre affiché"
    assert tab.get_by_role("link", name="Val-de-Marne").is_visible()
    assert_accessible(tab, "members-filtered")
    screenshot(tab, "members-filtered-fr")


def test_join_form_in_french_shows_errors_then_thanks(tab, served):
    form = served.tree["join"]["fr"]
    tab.goto(form.url)
    tab.get_by_role("button", name="Envoyer").click()
    alert = tab.get_by_role("alert")
    assert "Le formulaire n’a pas pu être envoyé" in alert.inner_text()
    assert "Pays" in alert.inner_text()
    assert_accessible(tab, "join-errors-fr")
    screenshot(tab, "join-errors-fr")

    tab.get_by_label("Nom de la collectivité locale ou régionale").fill("Ville de Strasbourg")
    tab.get_by_label("Pays").fill("France")
    tab.get_by_label("Type de collectivité").select_option(label="Ville")
    tab.get_by_label("Personne de contact").fill("Jeanne Martin")
    tab.get_by_label("Fonction").fill("Adjointe au maire")
    tab.get_by_label("Adresse électronique").fill("jeanne.martin@example.org")
    tab.get_by_label("Téléphone").fill("+33 3 88 00 00 00")
    tab.get_by_label("Message").fill("Nous menons un programme de médiation.")
    tab.get_by_label("J'accepte que les données transmises").check()
    tab.get_by_role("button", name="Envoyer").click()
    assert tab.get_by_text("Nous vous remercions de votre demande.").is_visible()
    assert FormSubmission.objects.get(page=form).get_data()["role"] == "Adjointe au maire"
    screenshot(tab, "join-thanks-fr")


def test_cooperation_form_in_ukrainian_shows_errors_then_thanks(tab, served):
    form = served.tree["cooperate"]["uk"]
    tab.goto(form.url)
    tab.get_by_label("Назва неурядової організації").fill("Ромська освітня ініціатива")
    tab.get_by_label("Адреса електронної пошти").fill("не-адреса")
    tab.get_by_role("button", name="Надіслати").click()
    assert "Форму не вдалося надіслати" in tab.get_by_role("alert").inner_text()
    assert tab.get_by_label("Назва неурядової організації").input_value() == "Ромська освітня ініціатива"
    assert_accessible(tab, "cooperate-errors-uk")
    screenshot(tab, "cooperate-errors-uk")

    tab.get_by_label("Країна").fill("Україна")
    tab.get_by_label("Сфера діяльності").fill("Освіта")
    tab.get_by_label("Контактна особа").fill("Олена Коваль")
    tab.get_by_label("Адреса електронної пошти").fill("olena@example.org")
    tab.get_by_label("Ваша пропозиція щодо співпраці").fill("Спільні семінари для шкіл.")
    tab.get_by_label("Я погоджуюся на зберігання даних").check()
    tab.get_by_role("button", name="Надіслати").click()
    assert tab.get_by_text("Дякуємо за вашу пропозицію.").is_visible()
    assert FormSubmission.objects.filter(page=form).count() == 1
    screenshot(tab, "cooperate-thanks-uk")
