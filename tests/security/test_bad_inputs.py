"""The bad-input sweep: every row of docs/bad-inputs.md (the shared catalogue) against the app.

Each case names the catalogue row it covers (its first cell, or its section for the lists
outside tables); `test_every_catalogue_row_has_a_case` fails when a row is added without one.
Every answer: no 500, a 4xx with a message (or the documented 200), and no row stored or changed
(a snapshot of the tables a request could write, taken before and compared after).
Server-level inputs (a Host header, NUL and invalid UTF-8 in the raw request line, an oversized
body) go through a real HTTP server, in one test so the database is flushed once.
"""

import http.client
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from delivery.preview import make_token
from tests.home.test_public_forms import JOIN
from tests.reader_site import build_form
from tests.security.test_uploads import SVG, png_claiming, upload_document, upload_image

CATALOGUE = Path(settings.BASE_DIR) / "docs" / "bad-inputs.md"
LONG_SEARCH = " ".join(["roma"] * 2000)


@dataclass
class Case:
    row: str  # the catalogue row's first cell
    path: str
    method: str = "get"
    data: dict = field(default_factory=dict)
    statuses: tuple[int, ...] = (400,)
    headers: dict = field(default_factory=dict)


API_CASES = [
    *(
        Case("`limit` above the maximum, `limit=abc`, `limit=-1`, `offset=-1`", f"/api/v2/pages/?{q}")
        for q in ("limit=101", "limit=abc", "limit=-1", "offset=-1")
    ),
    Case("`offset=99999999999999999999999`", "/api/v2/pages/?offset=99999999999999999999999"),
    *(
        Case(
            "a date filter with `notadate` or `2020-13-45` (`date_from`, `first_published_at`, "
            "any date field)",
            f"/api/v2/{path}",
        )
        for path in (
            "news/?date_from=notadate",
            "news/?date_to=2020-13-45",
            "pages/?first_published_at=notadate",
            "events/?date_from=2020-13-45",
        )
    ),
    *(
        Case("`title=%00`, `locale=%00`, NUL anywhere", f"/api/v2/{path}")
        for path in ("pages/?title=%00", "pages/?locale=%00", "news/?topic=a%00b", "pages/?search=%00")
    ),
    *(
        Case("`locale=xx`, `fallback=xx`", f"/api/v2/{path}", statuses=(400, 404))
        for path in ("pages/?locale=xx", "news/?locale=fr&fallback=xx")
    ),
    Case("`search=` with 2,000 space-separated terms", f"/api/v2/pages/?search={LONG_SEARCH}"),
    Case(
        "`search=` with 50,000 characters and no space",
        "/api/v2/pages/?search=" + "a" * 50_000,
        statuses=(200, 400),
    ),
    Case("`search_operator=xor`", "/api/v2/pages/?search=roma&search_operator=xor"),
    Case("`/api/v2/pages/find/?id=abc`", "/api/v2/pages/find/?id=abc", statuses=(400, 404)),
    *(
        Case("`fields=owner`, a field not in `api_fields`, `fields=title(foo)`", f"/api/v2/pages/?fields={f}")
        for f in ("owner", "password", "title(foo)")
    ),
    *(
        Case("filtering or ordering on a field not in the API, `order=;drop`", f"/api/v2/pages/?{q}")
        for q in ("owner=1", "order=owner", "order=;drop", "news_submissions=1")
    ),
    *(
        Case("`type=auth.User`, `type=foo.Bar`", f"/api/v2/pages/?type={t}")
        for t in ("auth.User", "foo.Bar", "wagtailcore")
    ),
    *(
        Case(
            "`child_of=abc`, `translation_of=abc`, `child_of=999999`",
            f"/api/v2/pages/?{q}",
            statuses=(400, 404),
        )
        for q in ("child_of=abc", "translation_of=abc", "child_of=999999")
    ),
    Case("unknown query parameter", "/api/v2/pages/?debug=1"),
    Case("`Host: evil.example.com`", "/api/v2/pages/", headers={"HTTP_HOST": "evil.example.com"}),
    *(
        Case("POST, PUT, PATCH, DELETE on read endpoints", "/api/v2/pages/", method=m, statuses=(405,))
        for m in ("post", "put", "patch", "delete")
    ),
]

PREVIEW_CASES = [
    Case("Headless preview", "/api/v2/preview/"),
    Case("Headless preview", "/api/v2/preview/?token=garbage", statuses=(404,)),
    Case("Headless preview", "/api/v2/preview/?token=" + "x" * 5000, statuses=(404,)),
    Case("Headless preview", "/api/v2/preview/?token=%00", statuses=(400, 404)),
    Case("Headless preview", "/api/v2/preview/?token=abc&content_type=news", statuses=(400, 404)),
]

READER_CASES = [
    Case("reader URLs `/de/%ff/`, a 300-character slug, `..%2f`", path, statuses=(404,))
    for path in ("/de/%ff/", "/en/%ff/", "/en/" + "a" * 300 + "/", "/en/..%2f..%2fetc/passwd/", "/en/%2e%2e/")
]


def written_rows() -> dict[str, int]:
    """Row counts of everything a request could write."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "submissions": FormSubmission.objects.count(),
        "translations": StringTranslation.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def assert_clear_refusal(response, case: Case) -> None:
    assert response.status_code != 500
    assert response.status_code in case.statuses, (
        f"{case.method.upper()} {case.path[:120]}: {response.status_code}"
    )
    if response.status_code >= 400:
        body = response.content.decode(errors="replace")
        assert body.strip(), "an empty error answer"
        assert "Traceback" not in body
        if response["Content-Type"].startswith("application/json"):
            payload = response.json()
            assert payload.get("message") or payload.get("detail"), body[:200]


@pytest.mark.parametrize(
    "cases", [API_CASES, PREVIEW_CASES, READER_CASES], ids=["api", "headless-preview", "reader-urls"]
)
def test_bad_requests_are_refused_clearly_and_change_nothing(client, tree, cases):
    # One test per section, so the page tree is built three times rather than once per case.
    before = written_rows()
    for case in cases:
        response = getattr(client, case.method)(case.path, **case.headers)
        assert_clear_refusal(response, case)
    assert written_rows() == before


def test_a_valid_preview_token_for_a_deleted_page_or_tampered_or_expired_is_refused(client, tree, settings):
    token = make_token(tree["news"])
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.get("/api/v2/preview/", {"token": tampered}).status_code == 404
    other_salt = signing.dumps({"page": tree["news"].pk}, salt="something-else")
    assert client.get("/api/v2/preview/", {"token": other_salt}).status_code == 404
    settings.ALLIANCE_PREVIEW_TOKEN_MAX_AGE = -1
    expired = client.get("/api/v2/preview/", {"token": token})
    assert expired.status_code == 404
    assert "expired" in expired.json()["message"]
    settings.ALLIANCE_PREVIEW_TOKEN_MAX_AGE = 3600
    ok = client.get("/api/v2/preview/", {"token": token})
    assert ok["Cache-Control"] == "no-store"
    assert ok["Referrer-Policy"] == "no-referrer"
    assert ok["X-Robots-Tag"] == "noindex"


# --- Public forms -------------------------------------------------------------------------
FORM_ROWS = {
    "POST without a CSRF token": ({}, 403),
    "body over 2.5 MB, more than 1,000 fields": ({"message": "x" * 3_000_000}, 400),
    "2 MB in a multiline field": ({"message": "x" * 2_000_000}, 200),
    "NUL in a field; CR/LF with `Bcc:` in an e-mail field; an invalid choice; a `javascript:` URL": (
        {"authority_name": "a\x00b", "email": "a@example.org\r\nBcc: v@example.org", "kind": "Republic"},
        200,
    ),
    "honeypot filled, or submitted faster than a person could; 20 posts a minute from one address": (
        {"your_website": "http://spam.example"},
        200,
    ),
}


@pytest.fixture
def join_form(home_page):
    return build_form(home_page, "join", ())["en"]


@pytest.mark.parametrize("row", FORM_ROWS, ids=range(len(FORM_ROWS)))
def test_bad_form_posts_store_nothing(client, join_form, row):
    from django.test import Client

    data, status = FORM_ROWS[row]
    poster = Client(enforce_csrf_checks=True) if status == 403 else client
    response = poster.post(join_form.url, {**JOIN, **data})
    assert response.status_code == status
    if status == 200 and "your_website" not in data:
        assert 'class="errorlist"' in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_more_than_a_thousand_fields_and_twenty_posts_a_minute_are_refused(client, join_form, settings):
    many = {f"f{number}": "x" for number in range(1001)}
    assert client.post(join_form.url, {**JOIN, **many}).status_code == 400
    assert not FormSubmission.objects.exists()
    from django.core.cache import cache

    cache.clear()
    statuses = [client.post(join_form.url, {**JOIN, "message": f"post {n}"}).status_code for n in range(20)]
    assert 429 in statuses
    assert FormSubmission.objects.count() == statuses.count(200)


def test_extra_fields_are_ignored_and_markup_is_stored_as_text(client, join_form):
    client.post(join_form.url, {**JOIN, "is_admin": "1", "contact_person": "<script>alert(1)</script>"})
    data = FormSubmission.objects.get().get_data()
    assert "is_admin" not in data
    assert data["contact_person"] == "<script>alert(1)</script>"  # text; escaped where shown


# --- Admin, uploads, rich text ------------------------------------------------------------
@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("sweep", "sweep@example.org", "a-long-enough-passphrase")
    client.force_login(user)
    return client


def test_refused_uploads_store_nothing(admin_client):
    before = written_rows()
    assert upload_image(admin_client, "bomb.png", png_claiming(30000, 30000)).status_code == 200
    assert upload_image(admin_client, "x.svg", SVG, "image/svg+xml").status_code == 200
    assert (
        upload_document(admin_client, "page.html", b"<script>alert(1)</script>", "text/html").status_code
        == 200
    )
    assert written_rows() == before


ADMIN_SEARCH_ROW = (
    "an admin search (`/admin/pages/search/?q=`, images, documents, snippets) with 2,000 words, "
    "NUL or over 200 characters"
)


def test_bad_admin_searches_are_a_400_naming_q(admin_client, home_page):
    for path in (
        "/admin/pages/search/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/news/topic/",
    ):
        for query in (" ".join(["roma"] * 2000), "a\x00b", "x" * 201):
            response = admin_client.get(path, {"q": query})
            assert response.status_code == 400, (path, query[:10])
            assert "q" in response.content.decode()


def test_a_wrong_or_malformed_totp_code_verifies_nothing(client, db, settings):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    user = get_user_model().objects.create_superuser("totp", "totp@example.org", "a-long-enough-passphrase")
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.force_login(user)
    for token in ("", "12345", "abcdef", "1234567", "12\x0034"):
        response = client.post("/admin/two-factor/verify/", {"token": token})
        assert response.status_code == 200
        assert response.context["form"].errors["token"]
    assert client.get("/admin/").status_code == 302


def test_ten_bad_admin_logins_lock_out(client, db):
    get_user_model().objects.create_superuser("target", "t@example.org", "a-long-enough-passphrase")
    statuses = [
        client.post("/admin/login/", {"username": "target", "password": f"guess{n}"}).status_code
        for n in range(10)
    ]
    assert statuses[-1] == 429
    locked = client.post("/admin/login/", {"username": "target", "password": "a-long-enough-passphrase"})
    assert locked.status_code == 429


UPLOADS_ROW = (
    "image over the upload limit; a small PNG claiming 30000×30000 px; SVG with `<script>`; an `.html` "
    "document; a document over its limit (`WAGTAILDOCS_MAX_UPLOAD_SIZE` is unlimited by default)"
)
# Rows whose behaviour has its own focused tests; the sweep checks they exist and run.
ROWS_COVERED_ELSEWHERE = {
    ADMIN_SEARCH_ROW: ["tests/security/test_bad_inputs.py::test_bad_admin_searches_are_a_400_naming_q"],
    "a machine translation service answering with `<script>`, `onerror` or a `javascript:` link": [
        "tests/security/test_hostile_rich_text.py::test_machine_translation_with_hostile_markup_is_stored_as_text"
    ],
    "a TOTP code that is not six digits, or a wrong one": [
        "tests/security/test_bad_inputs.py::test_a_wrong_or_malformed_totp_code_verifies_nothing"
    ],
    "a raw HTTP request with `Host: evil.example.com`, NUL or `%ff` in the request line": [
        "tests/security/test_bad_inputs.py::test_server_level_bad_inputs_over_real_http"
    ],
    "a rendition spec such as `fill-99999x99999` or 50 chained operations": [
        "tests/security/test_uploads.py::test_no_dynamic_rendition_url_is_mounted",
        "tests/security/test_uploads.py::test_the_api_takes_no_client_rendition_specs",
    ],
    "a translator without permission POSTing wagtail-localize's submit, translate, copy or sync endpoints": [
        "tests/security/test_translator_permissions.py::test_a_french_translator_posting_other_locales_actions_is_refused_and_nothing_changes",
    ],
    "a page title `<img src=x onerror=…>` shown in admin and translation screens": [
        "tests/security/test_stored_xss.py::test_a_hostile_page_title_is_escaped_in_admin_and_translation_screens",
    ],
    'rich text imported from code or a PO file with `<script>`, `href="javascript:"`, `onerror`': [
        "tests/security/test_hostile_rich_text.py::test_rich_text_written_by_code_is_clean_on_the_site_and_in_the_api",
        "tests/security/test_hostile_rich_text.py::test_a_po_import_with_hostile_markup_is_refused_and_changes_nothing",
    ],
    "an extra field such as `is_admin=1`": [
        "tests/security/test_bad_inputs.py::test_extra_fields_are_ignored_and_markup_is_stored_as_text"
    ],
    "`<script>` in a name": [
        "tests/security/test_bad_inputs.py::test_extra_fields_are_ignored_and_markup_is_stored_as_text",
        "tests/home/test_public_forms.py::test_csv_export_neutralises_formulas_and_the_admin_escapes_markup",
    ],
    UPLOADS_ROW: [
        "tests/security/test_bad_inputs.py::test_refused_uploads_store_nothing",
        "tests/security/test_uploads.py::test_an_image_over_the_upload_limit_is_a_form_error",
        "tests/security/test_uploads.py::test_a_document_over_its_limit_is_a_form_error",
    ],
    "10 bad admin logins": ["tests/security/test_bad_inputs.py::test_ten_bad_admin_logins_lock_out"],
    "What the API must never show": ["tests/api/test_never_leaks.py"],
}


def catalogue_rows() -> set[str]:
    rows = set()
    for line in CATALOGUE.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] not in ("Input", "") and not set(cells[0]) <= {"-"}:
            rows.add(cells[0])
    return rows


def test_every_catalogue_row_has_a_case():
    covered = {case.row for case in API_CASES} | set(FORM_ROWS) | set(ROWS_COVERED_ELSEWHERE)
    covered |= {case.row for case in READER_CASES}
    missing = catalogue_rows() - covered
    assert not missing, f"catalogue rows without a case: {missing}"
    for nodes in ROWS_COVERED_ELSEWHERE.values():
        for node in nodes:
            path, _sep, name = node.partition("::")
            source = (Path(settings.BASE_DIR) / path).read_text()
            assert not name or f"def {name}(" in source, node


# --- At the HTTP server level ---------------------------------------------------------------
def raw_request(base_url: str, request: bytes) -> tuple[int, bytes]:
    host, port = urlsplit(base_url).hostname, urlsplit(base_url).port
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.connect()
    connection.sock.sendall(request)
    response = http.client.HTTPResponse(connection.sock, method="GET")
    response.begin()
    body = response.read()
    connection.close()
    return response.status, body


def test_server_level_bad_inputs_over_real_http(live_server, migrated_rows, tree):
    base = live_server.url
    host = urlsplit(base).netloc
    checks = [
        (
            b"GET /api/v2/pages/ HTTP/1.1\r\nHost: evil.example.com\r\nConnection: close\r\n\r\n",
            (400,),
        ),
        (
            f"GET /api/v2/pages/?title=%00 HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode(),
            (400,),
        ),
        (f"GET /de/%ff/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode(), (404,)),
        (f"GET /en/..%2f..%2f HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode(), (404,)),
        (f"DELETE /api/v2/pages/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode(), (405,)),
    ]
    before = written_rows()
    for request, statuses in checks:
        status, body = raw_request(base, request)
        assert status in statuses, (request[:60], status, body[:200])
        assert b"Traceback" not in body
    assert written_rows() == before
    assert re.search(r"\d", str(before["pages"]))
