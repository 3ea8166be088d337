import pytest

from tests.browser import browser, page, screenshot  # noqa: F401

# serialized_rollback: an earlier transactional test may have flushed the migrations' locales and root page.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_english_home_page_renders_in_a_real_browser(page, home_page):  # noqa: F811
    from wagtail.models import Site

    Site.objects.update(hostname="127.0.0.1", port=80)
    response = page.goto("/en/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.title()
    screenshot(page, "home-en")
