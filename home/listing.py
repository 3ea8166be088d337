"""Filters and pagination for the index pages (news, members): shared by the content apps."""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as PaginatorPage
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _


class ListingFilterMixin:
    """An index page whose listing is filtered by a form read from the query string.

    `get_context` puts the bound form in the context as `filter_form`; a value the
    form rejects (an unknown topic, `year=abc`) answers 400 with the form's errors
    shown in the page, in the reader's language, instead of silently showing everything.
    """

    def serve(self, request: HttpRequest, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", None) and response.context_data.get("filter_form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400
        return response


class ListingForm(forms.Form):
    """Base of the filter forms (every filter optional), rendered by home/includes/filter_form.html."""


def choice_field(label: str, choices: list[tuple[str, str]], empty_label: str) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, required=False, choices=[("", empty_label), *choices])


def paginate(request: HttpRequest, items, per_page: int) -> PaginatorPage:
    """One page of `items`; a page number that is not a number or out of range is a 404."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(_("There is no such page in this list.")) from error
