"""Real-browser support: Debian's Chromium driven by Playwright against pytest-django's live server.

Import the fixtures in a test module's conftest with ``from tests.browser import browser, page``.
When Chromium is missing (and `make install-test` could not install it) the tests are skipped
with a printed reason; CI installs it.
"""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
# Screenshots the browser tests take are kept here (git-ignored) as test artifacts.
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


def _skip_reason() -> str | None:
    if not shutil.which(CHROMIUM):
        return f"{CHROMIUM} is missing: install Debian's chromium (make install-test does it as root)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: run make install-test"
    return None


# Module scope: every browser test module imports this fixture, and two Playwright sync
# sessions cannot run at once; each module's browser is closed before the next starts.
@pytest.fixture(scope="module")
def browser() -> Iterator:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Django refuses ORM calls from a thread with a running event loop; Playwright's sync API
    # runs one. Allowed only while the browser runs, so it never leaks into later tests or
    # into subprocesses they start (check --deploy reports it).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, live_server, migrated_rows) -> Iterator:
    context = browser.new_context(base_url=live_server.url)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def screenshot(page, name: str) -> Path:
    """Save a screenshot under test-artifacts/screenshots/ and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
