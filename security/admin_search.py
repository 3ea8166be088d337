"""The admin's search boxes get the reader search's limits.

Wagtail's admin searches (pages, images, documents, snippets, users) hand `q` to the search
backend as is: 2,000 words made modelsearch's PostgreSQL query builder recurse until Python's
limit (a 500). Queries the reader search would refuse (NUL, over 200 characters or 24 words)
are answered here with a 400 naming the problem.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest

from search.query import SearchInputError, parse_query


class AdminSearchLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/admin/") and "q" in request.GET:
            try:
                parse_query(request.GET["q"])
            except SearchInputError as error:
                return HttpResponseBadRequest(
                    f"Search: {error.message}", content_type="text/plain; charset=utf-8"
                )
        return self.get_response(request)
