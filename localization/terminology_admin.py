"""The terminology warning in the page editor and in wagtail-localize's translation editor."""

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist
from django.http import HttpRequest
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Page

from .terminology import TermUse, terminology_warnings


def field_label(page: Page, path: str) -> str:
    """ "full_definition" → "full definition": the field's name as the editor shows it."""
    name = path.split(".")[0]
    try:
        return str(page.specific_class._meta.get_field(name).verbose_name)
    except (FieldDoesNotExist, AttributeError):
        return name.replace("_", " ")


def warning_html(page: Page, uses: list[TermUse]) -> str:
    rows = format_html_join(
        "",
        "<li>“{}” ({}, {}) in <em>{}</em>: “{}”{}</li>",
        (
            (
                use.found,
                use.term.status_label.lower(),
                use.term.term,
                field_label(page, use.field),
                use.excerpt,
                format_html(" — {} “{}”", _("use"), use.term.preferred) if use.term.preferred else "",
            )
            for use in uses
        ),
    )
    heading = ngettext(
        "Terminology: %(count)d use of a term the glossary advises against.",
        "Terminology: %(count)d uses of terms the glossary advises against.",
        len(uses),
    ) % {"count": len(uses)}
    note = _("A warning only: keep the word where it is quoted or discussed as a word.")
    return format_html(
        '<div class="terminology-warnings" data-terminology-warnings><strong>{}</strong> {}<ul>{}</ul></div>',
        heading,
        note,
        rows,
    )


# Runs before wagtail-localize's hook, which answers with the translation
# editor for translations: the warning then shows there too.
@hooks.register("before_edit_page", order=-10)
def warn_about_avoided_terms(request: HttpRequest, page: Page) -> None:
    if request.method != "GET" or not page.permissions_for_user(request.user).can_edit():
        return
    uses = terminology_warnings(page)
    if uses:
        messages.warning(request, warning_html(page, uses))
