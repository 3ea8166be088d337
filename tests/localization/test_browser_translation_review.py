"""In real Chromium: a French translator translates and submits, a French reviewer approves, readers see it.

The same translator is refused the German translation and the English source.
"""

import datetime

import pytest
from wagtail.models import Page, Site

from tests.browser import browser, page, screenshot  # noqa: F401
from tests.localization.roles_fixtures import *  # noqa: F403

pytestmark = pytest.mark.django_db(transaction=True)
NEW_INTRO = "The city signed the charter and hosts the next Alliance meeting."
NEW_INTRO_FR = "La ville a signé la charte et accueille la prochaine réunion de l'Alliance."


def log_in(tab, username: str) -> None:
    tab.context.clear_cookies()
    tab.goto("/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", "pw")
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url("**/admin/")


def test_french_translator_and_reviewer_publish_a_french_news_page_in_chromium(
    page,  # noqa: F811
    role_user,
    multilingual,
):
    Site.objects.update(hostname="127.0.0.1", port=80)
    translator = role_user("Translators — French", username="traductrice")
    role_user("Reviewers — French", username="relecteur")
    pages = multilingual["pages"]
    source = Page.objects.get(pk=pages["en"].pk).specific
    source.intro = NEW_INTRO
    source.date = datetime.date(2020, 3, 4)
    source.save_revision().publish()

    # The translator fills the changed segment in wagtail-localize's editor and submits it.
    log_in(page, translator.username)
    page.goto(f"/admin/pages/{pages['fr'].pk}/edit/")
    page.get_by_text("Out of date").wait_for()
    row = (
        page.locator("li").filter(has_text=NEW_INTRO).filter(has=page.get_by_role("button", name="Translate"))
    )
    row.last.get_by_role("button", name="Translate").click()
    page.locator("textarea").last.fill(NEW_INTRO_FR)
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text(NEW_INTRO_FR).first.wait_for()
    screenshot(page, "translation-editor-fr-filled")
    page.get_by_role("button", name="Submit for review").click()
    page.get_by_text("waiting for a reviewer").wait_for()
    screenshot(page, "translation-editor-fr-submitted")

    # Readers still see the reviewed French version.
    french_url = f"/fr/news/{pages['fr'].slug}/"
    assert "La ville a signé la charte de l" in page.goto(french_url).text()

    # The French reviewer approves from the dashboard.
    log_in(page, "relecteur")
    awaiting = page.locator("tr").filter(has_text="Miranda de Ebro rejoint")
    awaiting.get_by_role("button", name="Actions").click()
    screenshot(page, "reviewer-dashboard")
    awaiting.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_load_state("networkidle")
    screenshot(page, "reviewer-approved")
    live = Page.objects.get(pk=pages["fr"].pk).specific
    assert live.intro == NEW_INTRO_FR and live.date == datetime.date(2020, 3, 4)

    response = page.goto(french_url)
    assert response.status == 200
    assert NEW_INTRO_FR in page.content().replace("&#x27;", "'")
    api = page.request.get("/api/v2/pages/?locale=fr&type=news.NewsPage&fields=intro").json()
    assert [item["intro"] for item in api["items"]] == [NEW_INTRO_FR]

    # The translator is refused the German translation and the English source.
    log_in(page, translator.username)
    for other in (pages["de"], pages["en"]):
        response = page.goto(f"/admin/pages/{other.pk}/edit/")
        assert f"/admin/pages/{other.pk}/edit/" not in page.url or response.status == 403
        assert "permission" in page.content().lower()
    screenshot(page, "translator-refused")
