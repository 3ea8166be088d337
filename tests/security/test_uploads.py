"""Uploads: image size, pixels and format; documents: allow-list, size, served as downloads."""

import io
import struct
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

Image = get_image_model()
Document = get_document_model()
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


def png(width: int = 4, height: int = 4) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), "red").save(out, "PNG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A few hundred bytes whose header announces `width` × `height` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def admin_client(client, db):
    client.force_login(
        get_user_model().objects.create_superuser("up", "up@example.org", "a-long-enough-passphrase")
    )
    return client


def upload_image(client, name: str, content: bytes, content_type: str = "image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, name: str, content: bytes, content_type: str = "application/octet-stream"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def form_errors(response) -> str:
    assert response.status_code == 200, response.status_code  # the form again, not a redirect
    return " ".join(str(error) for errors in response.context["form"].errors.values() for error in errors)


def test_a_small_png_is_accepted(admin_client):
    assert upload_image(admin_client, "ok.png", png()).status_code == 302
    assert Image.objects.filter(title="ok.png").exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        ("bomb.png", png_claiming(30000, 30000), "image/png", "pixels"),
        ("script.svg", SVG, "image/svg+xml", "not a supported image format"),
        ("script.png", SVG, "image/png", "image"),  # an SVG renamed: not an image Wagtail can read
    ],
)
def test_refused_images_are_a_form_error_and_nothing_is_stored(
    admin_client, name, content, content_type, message
):
    before = Image.objects.count()
    errors = form_errors(upload_image(admin_client, name, content, content_type))
    assert message.lower() in errors.lower()
    assert Image.objects.count() == before


def test_an_image_over_the_upload_limit_is_a_form_error(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    before = Image.objects.count()
    errors = form_errors(upload_image(admin_client, "big.png", png(400, 400) + b"\0" * 2048))
    assert "too big" in errors.lower()
    assert Image.objects.count() == before


@pytest.mark.parametrize(
    "name", ["page.html", "page.htm", "script.js", "drawing.svg", "run.exe", "noextension"]
)
def test_documents_outside_the_allow_list_are_refused(admin_client, name):
    before = Document.objects.count()
    errors = form_errors(upload_document(admin_client, name, b"<script>alert(1)</script>", "text/html"))
    assert "extension" in errors.lower()
    assert Document.objects.count() == before


def test_a_document_over_its_limit_is_a_form_error(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    before = Document.objects.count()
    errors = form_errors(upload_document(admin_client, "report.pdf", b"%PDF-1.4\n" + b"0" * 4096))
    assert "too big" in errors.lower()
    assert Document.objects.count() == before


def test_documents_are_served_as_attachments_with_nosniff_also_from_the_api(admin_client, client, home_page):
    assert (
        upload_document(
            admin_client, "notes.txt", b"<html><script>alert(1)</script></html>", "text/plain"
        ).status_code
        == 302
    )
    document = Document.objects.get(title="notes.txt")
    detail = client.get(f"/api/v2/documents/{document.pk}/").json()
    download_url = detail["meta"]["download_url"]
    path = download_url.split("://", 1)[-1].split("/", 1)[-1]
    response = client.get("/" + path)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_dynamic_rendition_url_is_mounted(client, db):
    image = Image.objects.create(title="x", file=SimpleUploadedFile("x.png", png()))
    for spec in ("fill-99999x99999", "|".join(["fill-10x10"] * 50), "width-5000"):
        # Wagtail's dynamic serve view is not in cms/urls.py: only the fixed API renditions exist.
        assert client.get(f"/images/anysignature/{image.pk}/{spec}/", follow=True).status_code == 404


@pytest.mark.parametrize(
    "param", ["rendition=fill-99999x99999", "fields=renditions(fill-99999x99999)", "fill=99999"]
)
def test_the_api_takes_no_client_rendition_specs(client, db, param):
    Image.objects.create(title="x", file=SimpleUploadedFile("x.png", png()))
    response = client.get(f"/api/v2/images/?{param}")
    assert response.status_code == 400
    assert "message" in response.json()
