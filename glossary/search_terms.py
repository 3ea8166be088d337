"""What the glossary tells search: which words lead to which term, and how to use it.

Search imports this module; the glossary knows nothing of search. A term is found by
its own name (each part of "Tsiganes / Zigeuner / cigány"), by its variants and
endonyms, and, for an avoided or pejorative term, points to the terms to use instead.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from wagtail.models import Locale

from delivery.kept import KeptUntilChange
from glossary.models import GlossaryRelatedTerm, GlossaryTermPage

# Statuses whose usage note is a warning the reader should see before the results.
CAUTION_STATUSES = frozenset(
    {
        GlossaryTermPage.UsageStatus.AVOID,
        GlossaryTermPage.UsageStatus.PEJORATIVE,
        GlossaryTermPage.UsageStatus.HISTORICAL,
        GlossaryTermPage.UsageStatus.SELF_DESIGNATION,
    }
)


def normalize_form(text: str) -> str:
    """Case, accents, quotes and punctuation folded away: "«Țigani»" → "tigani"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", stripped.casefold()).split())


@dataclass
class GlossaryTerm:
    """One live term of a locale, with every form that leads to it."""

    page: GlossaryTermPage
    forms: list[str]
    use_instead: list[GlossaryTermPage] = field(default_factory=list)

    @property
    def usage_note(self) -> str:
        return self.page.usage_note

    @property
    def needs_caution(self) -> bool:
        return self.page.usage_status in CAUTION_STATUSES


@dataclass
class GlossaryForms:
    """A locale's terms and the normalised form → terms mapping."""

    terms: list[GlossaryTerm]
    by_form: dict[str, list[GlossaryTerm]]


def term_names(term: str) -> list[str]:
    """ "Tsiganes / Zigeuner / cigány" names three forms of one term."""
    return [part.strip() for part in term.split("/") if part.strip()]


# Every search reads them, and they change only when content does.
_kept_forms: KeptUntilChange[GlossaryForms] = KeptUntilChange()


def glossary_forms(locale: Locale) -> GlossaryForms:
    """Every live, public term of `locale`, reachable by name, variant or endonym.

    Kept in this process until the next content change (`delivery.kept`): building them reads
    and folds a few hundred terms, most of a search's work.
    """
    return _kept_forms.get(locale.pk, lambda: load_glossary_forms(locale))


def load_glossary_forms(locale: Locale) -> GlossaryForms:
    """`glossary_forms` read from the database (two queries)."""
    pages = list(
        GlossaryTermPage.objects.live()
        .public()
        .filter(locale=locale)
        .only("id", "title", "url_path", "term", "variants", "usage_status", "usage_note", "translation_key")
    )
    by_key = {page.translation_key: page for page in pages}
    # Cross-references are synchronised from the source, so they may point at another
    # locale's pages: match both ends by translation key.
    links = GlossaryRelatedTerm.objects.filter(
        page__translation_key__in=by_key,
        relation__in=[GlossaryRelatedTerm.Relation.USE_INSTEAD, GlossaryRelatedTerm.Relation.AVOIDED_FORM],
    ).values_list("page__translation_key", "term__translation_key", "relation")
    use_instead: dict = defaultdict(list)
    for page_key, term_key, relation in set(links):
        avoided, preferred = (
            (page_key, term_key)
            if relation == GlossaryRelatedTerm.Relation.USE_INSTEAD
            else (term_key, page_key)
        )
        if preferred in by_key and by_key[preferred] not in use_instead[avoided]:
            use_instead[avoided].append(by_key[preferred])

    terms = []
    by_form: dict[str, list[GlossaryTerm]] = defaultdict(list)
    for page in pages:
        forms = [*term_names(page.term), *page.variant_list]
        term = GlossaryTerm(page, forms, use_instead.get(page.translation_key, []))
        terms.append(term)
        for form in {normalize_form(form) for form in forms} - {""}:
            by_form[form].append(term)
    return GlossaryForms(terms, dict(by_form))
