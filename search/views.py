"""The reader's search page: /<lang>/search/?q=…&type=…&page=…"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from search.engine import RESULT_TYPES, result_type_of, search
from search.query import MAX_QUERY_LENGTH, SearchInputError, parse_query
from search.snippets import highlighted_snippets

RESULTS_PER_PAGE = 10
RESULTS_PER_GROUP = 5


def result_type_labels() -> dict[str, str]:
    return {
        "glossary": _("Glossary"),
        "members": _("Members"),
        "news": _("News"),
        "events": _("Events"),
        "pages": _("Pages"),
    }


def _with_snippets(pages: list, outcome, language_code: str) -> list[dict]:
    snippets = highlighted_snippets(pages, outcome.highlight_words, language_code)
    return [
        {"page": page, "type": result_type_of(page), "snippet": snippet}
        for page, snippet in zip(pages, snippets, strict=True)
    ]


def search_view(request: HttpRequest) -> TemplateResponse:
    locale = Locale.get_active()
    labels = result_type_labels()
    context: dict = {"search_query": "", "result_type": None, "type_labels": labels}
    status = 200
    result_type = request.GET.get("type") or None
    try:
        query = parse_query(request.GET.get("q"))
        if result_type is not None and result_type not in RESULT_TYPES:
            raise SearchInputError("type", _("There is no such kind of result; showing all of them."))
    except SearchInputError as error:
        status = 400
        if error.parameter == "q":
            context["error"] = _(
                "Your search is too long or contains characters we cannot search for. "
                "Please use at most %(limit)s characters."
            ) % {"limit": MAX_QUERY_LENGTH}
            return TemplateResponse(request, "search/search.html", context, status=status)
        context["error"] = error.message
        result_type = None

    context.update(search_query=query.text, result_type=result_type)
    if not query:
        return TemplateResponse(request, "search/search.html", context, status=status)

    outcome = search(query, locale)
    counts = outcome.counts()
    context.update(
        outcome=outcome,
        explanations=outcome.explanations,
        counts=[(name, labels[name], count) for name, count in counts.items()],
        total=sum(counts.values()),
    )
    if result_type:
        paginator = Paginator(outcome.results(result_type), RESULTS_PER_PAGE)
        try:
            page_of_results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_of_results = paginator.page(1)
        except EmptyPage:
            page_of_results = paginator.page(paginator.num_pages)
        context["page_of_results"] = page_of_results
        context["results"] = _with_snippets(list(page_of_results), outcome, locale.language_code)
    else:
        groups = []
        for name, count in counts.items():
            if count:
                pages = list(outcome.results(name)[:RESULTS_PER_GROUP])
                groups.append(
                    {
                        "type": name,
                        "label": labels[name],
                        "count": count,
                        "results": _with_snippets(pages, outcome, locale.language_code),
                    }
                )
        context["groups"] = groups
    return TemplateResponse(request, "search/search.html", context, status=status)
