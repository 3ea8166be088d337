import pytest

from tests.browser import browser, page, screenshot  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def test_english_home_page_renders_in_a_real_browser(page, home_page):  # noqa: F811
    from wagtail.models import Site

    Site.objects.update(hostname="127.0.0.1", port=80)
    response = page.goto("/en/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.title()
    screenshot(page, "home-en")
