"""Security headers and the Content Security Policy on the public pages and the API."""

import re

import pytest

from tests import factories

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@pytest.fixture
def pages(home_page):
    return {"home": home_page, "about": factories.StandardPageFactory(parent=home_page, slug="about")}


@pytest.mark.parametrize(
    "path", ["/en/", "/en/about/", "/en/search/?q=roma", "/api/v2/pages/", "/api/v2/docs/"]
)
def test_public_pages_and_the_api_carry_the_security_headers_and_a_strict_csp(client, pages, path):
    response = client.get(path)
    assert response.status_code == 200
    for name, value in COMMON_HEADERS.items():
        assert response[name] == value, name
    assert response["X-Frame-Options"] in ("SAMEORIGIN", "DENY")
    assert "camera=()" in response["Permissions-Policy"]
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'self'" in policy


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/en/search/?q=roma", "/api/v2/docs/"])
def test_public_pages_have_no_inline_scripts_or_styles_the_policy_would_block(client, pages, path):
    html = client.get(path).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script>"
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_the_admin_is_excluded_from_the_public_policy_but_keeps_the_other_headers(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] in ("SAMEORIGIN", "DENY")


def test_session_and_csrf_cookies_are_httponly_and_same_site(client, settings, db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("c", "c@example.org", "a-long-enough-passphrase")
    response = client.post("/admin/login/", {"username": "c", "password": "a-long-enough-passphrase"})
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["httponly"]
    assert session["samesite"] == "Lax"
    assert settings.CSRF_COOKIE_SAMESITE == "Lax"
