"""Reader-site views outside the page tree: sitemap, robots.txt and the error pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from home.sitemap import sitemap_entries


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    """Every live public page of every locale, each with its hreflang alternates and x-default
    (Wagtail's own sitemap has no alternates: wagtail issue 1196)."""
    return render(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "400.html", status=400)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """404 in the reader's language (set from the URL's locale prefix) and in the site's layout."""
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """500 in the reader's language, with a template that needs neither the database nor settings
    rows: whatever failed may fail again."""
    return render(request, "500.html", status=500)
