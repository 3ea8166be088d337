"""Advisory classes: private media through the API (GHSA-p5gm-92h4-6pv6: documents and images API
ignoring collection restrictions), private pages through the API, search, feeds and sitemap, and
preview leaks (Wagtail's admin preview and our headless preview)."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.security.test_uploads import png

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def private_media(db):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    child = private.add_child(name="Minutes")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Board")[0])
    document = Document.objects.create(
        title="Confidential minutes", file=SimpleUploadedFile("minutes.txt", b"secret"), collection=child
    )
    image = Image.objects.create(
        title="Confidential chart", file=SimpleUploadedFile("c.png", png()), collection=child
    )
    return document, image


def test_media_in_private_collections_and_their_children_never_appear_in_the_api(client, private_media):
    document, image = private_media
    for path in ("/api/v2/documents/", "/api/v2/images/", "/api/v2/documents/?search=Confidential"):
        assert b"Confidential" not in client.get(path).content, path
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    download = client.get(document.url)
    assert download.status_code in (302, 403, 404)
    assert b"secret" not in b"".join(getattr(download, "streaming_content", [download.content]))


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_restricted_pages_never_appear_in_api_search_feeds_or_sitemap(client, tree, restriction_type):
    """CVE-2020-11037 concerned timing on shared-password pages; here: their content never leaks."""
    news = tree["news"]
    news.title = "Restricted board decision"
    news.save_revision().publish()
    PageViewRestriction.objects.create(
        page=news, restriction_type=restriction_type, password="a-shared-password"
    )
    for path in (
        "/api/v2/pages/",
        "/api/v2/news/",
        f"/api/v2/pages/{news.pk}/",
        "/api/v2/search/?q=Restricted",
        "/api/v2/pages/?search=Restricted",
        "/en/search/?q=Restricted",
        "/en/feeds/news/rss/",
        "/sitemap.xml",
    ):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert b"Restricted board decision" not in response.content, path


def test_previews_need_a_session_or_a_valid_token(client, tree):
    news = tree["news"]
    news.title = "Unreviewed draft title"
    news.save_revision()
    for path in (f"/admin/pages/{news.pk}/edit/preview/", f"/admin/pages/{news.pk}/view_draft/"):
        response = client.get(path)
        assert response.status_code in (302, 403), path
        assert b"Unreviewed draft title" not in response.content
    assert b"Unreviewed" not in client.get("/api/v2/preview/?token=forged").content
    assert b"Unreviewed" not in client.get(f"/api/v2/pages/{news.pk}/").content
