"""The search page in a real browser: the explanation first, suggestions as the reader types."""

import pytest

from tests.browser import browser, page, screenshot  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_sees_the_explanation_and_gets_suggestions_while_typing(page, migrated_rows, small_site):  # noqa: F811
    from wagtail.models import Site

    Site.objects.update(hostname="127.0.0.1", port=80)
    response = page.goto("/en/search/?q=Gypsies")
    assert response.status == 200
    explanation = page.locator(".search-explanation")
    assert "pejorative" in explanation.inner_text()
    assert page.locator(".search-group--glossary a").first.inner_text() == "Gypsy / Gypsies"

    page.fill("#search-q", "")
    page.locator("#search-q").press_sequentially("Kos", delay=50)
    # Locator waits rather than page.wait_for_function: the page's CSP (script-src 'self') forbids eval.
    options = page.locator("#search-suggestions option")
    options.first.wait_for(state="attached")
    suggestions = [option.text_content() for option in options.all()]
    assert suggestions == ["Košice"]
    screenshot(page, "search-en-gypsies")
