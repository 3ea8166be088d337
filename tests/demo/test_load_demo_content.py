"""The demo loader: real counts, every locale, through wagtail-localize, idempotent."""

import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from demo.content import glossary_a, glossary_b, members
from glossary.models import GlossaryTermPage
from home.models import FormPage, HomePage
from members.models import MemberPage, NationalAlliancePage
from news.models import EventPage, NewsPage

ALL_TERMS = [*glossary_a.TERMS, *glossary_b.TERMS]
LOCALES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


@pytest.fixture
def loaded(db):
    out = StringIO()
    call_command("load_demo_content", locales="en,fr,uk,rom", stdout=out)
    return out.getvalue()


def test_demo_data_has_a_glossary_term_name_in_every_locale():
    assert len(ALL_TERMS) >= 40
    missing = [
        (term["key"], code)
        for term in ALL_TERMS
        for code in LOCALES
        if code != "rom" and not term.get(code, {}).get("term")
    ]
    assert missing == []
    for term in ALL_TERMS:
        assert all(term["en"].get(key) for key in ("term", "short", "full", "note")), term["key"]
        assert all(term["fr"].get(key) for key in ("term", "short", "full", "note")), term["key"]
        assert len(term["fr"]["full"]) == len(term["en"]["full"]), term["key"]
        for code in ("de", "it", "es"):
            assert term[code].get("short"), (term["key"], code)


def test_demo_members_come_from_at_least_ten_countries_and_are_marked():
    assert len(members.MEMBERS) >= 25
    assert len({member["country"] for member in members.MEMBERS}) >= 10
    assert {member["membership"] for member in members.MEMBERS} == {"confirmed", "unconfirmed"}


@pytest.mark.django_db
def test_loader_builds_the_english_and_french_sites_and_reports_it(loaded, locales, client):
    en, fr = locales["en"], locales["fr"]
    assert f"Created {len(ALL_TERMS)} × glossary term" in loaded
    assert GlossaryTermPage.objects.filter(locale=en).count() == len(ALL_TERMS)
    assert GlossaryTermPage.objects.live().filter(locale=fr).count() == len(ALL_TERMS)
    assert MemberPage.objects.filter(locale=en).count() == len(members.MEMBERS)
    assert MemberPage.objects.live().filter(locale=fr).count() == len(members.MEMBERS)
    assert NationalAlliancePage.objects.filter(locale=en).count() == 1
    assert NewsPage.objects.filter(locale=en).count() + EventPage.objects.filter(locale=en).count() >= 5
    assert FormPage.objects.filter(locale=fr).count() == 2
    assert HomePage.objects.live().filter(locale=fr).get().title.startswith("Alliance européenne")
    # French texts are French, not copies of the English.
    french_gypsy = GlossaryTermPage.objects.get(locale=fr, slug="gypsy")
    english_gypsy = GlossaryTermPage.objects.get(locale=en, slug="gypsy")
    assert french_gypsy.short_definition != english_gypsy.short_definition
    assert french_gypsy.usage_status == english_gypsy.usage_status == "avoid"  # synchronised
    assert "Demo login (dev only): editor / " in loaded
    assert "Demo login (dev only): translator / " in loaded
    check_translations_are_wagtail_localize_translations_not_copies(locales)
    check_ukrainian_members_have_ukrainian_names(locales)
    check_every_locale_has_its_home_as_a_translation_job(locales)
    check_every_live_page_renders_in_its_language(client)


def check_every_live_page_renders_in_its_language(client):
    assert all(not problems for problems in Page.find_problems())  # the tree is consistent
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale").specific()
    assert pages.count() > 200
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        code = page.locale.language_code
        assert f'<html lang="{code}"' in response.content.decode(), page.url


def check_translations_are_wagtail_localize_translations_not_copies(locales):
    term = GlossaryTermPage.objects.get(locale=locales["en"], slug="roma-and-travellers")
    translation = Translation.objects.get(source__object_id=term.translation_key, target_locale=locales["fr"])
    progress = translation.get_progress()
    assert progress[0] > 0 and progress[1] == progress[0]  # French is complete
    rom = Translation.objects.filter(source__object_id=term.translation_key, target_locale=locales["rom"])
    if rom.exists():  # Romani translations exist only where a term name could be written correctly
        total, done = rom.get().get_progress()
        assert done < total  # realistic: work left for translators


def check_every_locale_has_its_home_as_a_translation_job(locales):
    home = HomePage.objects.get(locale=locales["en"])
    for code in ("fr", "uk", "rom"):
        job = Translation.objects.get(source__object_id=home.translation_key, target_locale=locales[code])
        total, done = job.get_progress()
        assert total > 0
        if code == "fr":
            assert done == total


def check_ukrainian_members_have_ukrainian_names(locales):
    lviv = MemberPage.objects.get(locale=locales["uk"], slug="lviv")
    assert lviv.title == "Львів"


@pytest.mark.django_db
def test_second_run_changes_nothing_and_says_so(loaded):
    pages_before = Page.objects.count()
    revisions_before = list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id"))
    out = StringIO()
    call_command("load_demo_content", locales="en,fr,uk,rom", stdout=out)
    assert out.getvalue().strip() == "Demo content already loaded: nothing changed."
    assert "Demo login" not in out.getvalue()  # passwords are printed once, when set
    assert Page.objects.count() == pages_before
    assert list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")) == revisions_before


def test_unknown_option_exits_non_zero_with_one_line():
    result = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "manage.py", "load_demo_content", "--no-such-option"],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
    )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "unrecognized arguments: --no-such-option" in lines[0]


@pytest.mark.django_db
def test_unknown_locale_is_refused_with_a_message(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Unknown locale code"):
        call_command("load_demo_content", locales="en,xx")
    assert not Locale.objects.filter(language_code="xx").exists()
    assert not HomePage.objects.exists()


@pytest.mark.django_db
def test_no_demo_accounts_outside_development_settings(settings, django_user_model):
    settings.ALLIANCE_DEMO_ACCOUNTS = False  # as in cms.settings.production
    out = StringIO()
    call_command("load_demo_content", locales="en", stdout=out)
    assert "Demo login" not in out.getvalue()
    assert not django_user_model.objects.exists()
    assert HomePage.objects.filter(locale__language_code="en").exists()
