"""sitemap.xml lists every locale's pages with their hreflang alternates; robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_every_locale_with_hreflang_alternates_and_x_default(client, reader_site):
    entries = sitemap(client)
    news = {code: f"http://localhost{page.url}" for code, page in reader_site["news"].items()}
    for code in ("en", "fr", "uk"):
        assert news[code] in entries
        assert entries[news[code]] == {**news, "x-default": news["en"]}
    # Every page of this site exists in English and French: as many French URLs as English ones.
    assert len([url for url in entries if "/en/" in url]) == len([url for url in entries if "/fr/" in url])


def test_sitemap_leaves_out_drafts_and_private_pages(client, reader_site):
    from wagtail.models import PageViewRestriction

    reader_site["event"]["fr"].unpublish()
    PageViewRestriction.objects.create(
        page=reader_site["members_index"]["uk"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    urls = set(sitemap(client))
    assert f"http://localhost{reader_site['event']['fr'].url}" not in urls
    assert f"http://localhost{reader_site['event']['en'].url}" in urls
    assert not [
        url for url in urls if url.startswith(f"http://localhost{reader_site['members_index']['uk'].url}")
    ]


def test_sitemap_refuses_post(client, reader_site):
    assert client.post("/sitemap.xml").status_code == 405


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client, reader_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/static/favicon.svg")
