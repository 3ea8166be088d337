"""The glossary's terminology, as data for the translation path.

Machine translation asks for the approved term translations of a language pair;
terminology checks ask for the forms to avoid in a language and the term to
use instead. Only published terms count: an unreviewed draft is not the
Alliance's word yet. This module knows nothing of who uses it.
"""

from dataclasses import dataclass

from wagtail.models import Locale

from .models import GlossaryRelatedTerm, GlossaryTermPage

Status = GlossaryTermPage.UsageStatus

APPROVED_STATUSES = (Status.PREFERRED, Status.ACCEPTABLE, Status.SELF_DESIGNATION)
AVOIDED_STATUSES = (Status.AVOID, Status.PEJORATIVE)


@dataclass(frozen=True)
class AvoidedTerm:
    """A term to avoid in one language: every written form of it, and what to say instead."""

    term: str
    forms: tuple[str, ...]
    status: str
    preferred: str
    usage_note: str
    translation_key: str

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)


def term_forms(term: str) -> list[str]:
    """The forms a term field names: "Gypsy / Gypsies" is two forms."""
    return [form.strip() for form in term.split(" / ") if form.strip()]


def _live_terms(locale: Locale):
    return GlossaryTermPage.objects.live().filter(locale=locale)


def approved_translations(source_locale: Locale, target_locale: Locale) -> dict[str, str]:
    """{source term: target term} for every approved term published in both languages.

    A term written in several forms ("Sinti / Manush") is paired form by form
    when both sides have as many forms, otherwise every source form points at
    the first target form.
    """
    if source_locale.pk == target_locale.pk:
        return {}
    sources = _live_terms(source_locale).filter(usage_status__in=APPROVED_STATUSES)
    source_terms = dict(sources.values_list("translation_key", "term"))
    target_terms = dict(
        _live_terms(target_locale)
        .filter(translation_key__in=source_terms)
        .values_list("translation_key", "term")
    )
    entries: dict[str, str] = {}
    for key, source_term in sorted(source_terms.items(), key=lambda item: item[1]):
        if key not in target_terms:
            continue
        source_forms = term_forms(source_term)
        target_forms = term_forms(target_terms[key])
        if not source_forms or not target_forms:
            continue
        if len(source_forms) == len(target_forms):
            pairs = zip(source_forms, target_forms, strict=True)
        else:
            pairs = ((form, target_forms[0]) for form in source_forms)
        for source_form, target_form in pairs:
            entries.setdefault(source_form, target_form)
    return entries


def avoided_terms(locale: Locale) -> list[AvoidedTerm]:
    """The terms marked "avoid" or "pejorative" as published in `locale`."""
    return avoided_terms_by_locale([locale]).get(locale.pk, [])


def avoided_terms_by_locale(locales) -> dict[int, list[AvoidedTerm]]:
    """{locale id: avoided terms} for many locales in three queries.

    Forms are the term's own forms and its variants (spellings and inflections
    listed by the glossary's editors). The preferred term is the "use instead"
    cross-reference, in the same locale when it is translated, else as in the
    source.
    """
    locale_ids = [locale.pk for locale in locales]
    pages = list(
        GlossaryTermPage.objects.live()
        .filter(locale_id__in=locale_ids, usage_status__in=AVOIDED_STATUSES)
        .order_by("term")
        .only("term", "variants", "usage_status", "usage_note", "translation_key", "locale_id")
    )
    if not pages:
        return {}
    # Cross-references are synchronised from the source, so they point at the
    # source's pages: match both sides by translation key.
    links = GlossaryRelatedTerm.objects.filter(
        page__translation_key__in={page.translation_key for page in pages},
        relation=GlossaryRelatedTerm.Relation.USE_INSTEAD,
    ).select_related("term", "page")
    instead: dict = {}
    for link in links.order_by("sort_order", "pk"):
        instead.setdefault(link.page.translation_key, link.term)
    localized = {
        (translation_key, locale_id): term
        for translation_key, locale_id, term in GlossaryTermPage.objects.live()
        .filter(
            locale_id__in=locale_ids,
            translation_key__in={term.translation_key for term in instead.values()},
        )
        .values_list("translation_key", "locale_id", "term")
    }
    result: dict[int, list[AvoidedTerm]] = {}
    for page in pages:
        preferred_page = instead.get(page.translation_key)
        preferred = ""
        if preferred_page is not None:
            preferred = localized.get((preferred_page.translation_key, page.locale_id), preferred_page.term)
        forms = tuple(dict.fromkeys(term_forms(page.term) + page.variant_list))
        result.setdefault(page.locale_id, []).append(
            AvoidedTerm(
                term=page.term,
                forms=forms,
                status=page.usage_status,
                preferred=preferred,
                usage_note=page.usage_note,
                translation_key=str(page.translation_key),
            )
        )
    return result
