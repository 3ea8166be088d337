"""Terminology checks: uses of terms the glossary marks "avoid" or "pejorative".

A warning for the writer, never a block: a quotation or a text about the word
itself may need it. Matching is done in the page's own language, on whole
words, whatever the case, with the inflections the glossary lists as variants
("Zigeuner", "Zigeunern"). Romanian is written with comma-below letters but
often typed with cedillas (ţ for ț): both are matched.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.db.models import Q
from wagtail.models import Locale, Page
from wagtail_localize.models import String, StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from glossary.terminology import AvoidedTerm, avoided_terms, avoided_terms_by_locale

# Fields whose text is not prose a reader takes as the page's wording.
SKIPPED_PATHS = frozenset({"slug"})
CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
COMMA_TO_CEDILLA = str.maketrans({"ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ"})
EXCERPT_RADIUS = 40


@dataclass(frozen=True)
class TermUse:
    """One use of an avoided term in a page: where, the words found, and what to say instead."""

    term: AvoidedTerm
    found: str
    field: str
    excerpt: str


def normalise(text: str, language_code: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if language_code.startswith("ro"):
        text = text.translate(CEDILLA_TO_COMMA)
    return text


@lru_cache(maxsize=512)
def pattern_for(forms: tuple[str, ...], language_code: str) -> re.Pattern:
    """One pattern for all forms of a term, longest first, on word boundaries."""
    alternatives = sorted({normalise(form, language_code) for form in forms}, key=len, reverse=True)
    body = "|".join(re.escape(form) for form in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def find_uses(
    texts: Iterable[tuple[str, str]], terms: list[AvoidedTerm], language_code: str
) -> list[TermUse]:
    """Uses of `terms` in (field path, plain text) pairs written in `language_code`."""
    uses = []
    texts = [(path, normalise(text, language_code)) for path, text in texts]
    for term in terms:
        pattern = pattern_for(term.forms, language_code)
        for path, text in texts:
            for match in pattern.finditer(text):
                start = max(match.start() - EXCERPT_RADIUS, 0)
                end = min(match.end() + EXCERPT_RADIUS, len(text))
                excerpt = ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
                uses.append(TermUse(term, match.group(0), path, excerpt))
    return uses


def page_texts(page: Page) -> list[tuple[str, str]]:
    """The page's translatable text in its own language, as (field path, plain text).

    For a translation, that is what the translator has entered in translation
    memory (saved or not into the page yet); for any other page, its latest
    revision, which is what the editor shows.
    """
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    if translation is not None:
        segments = StringSegment.objects.filter(source=translation.source).values_list(
            "string_id", "context_id", "context__path"
        )
        paths = {(string_id, context_id): path for string_id, context_id, path in segments}
        translated = StringTranslation.objects.filter(
            locale_id=page.locale_id,
            translation_of_id__in={string_id for string_id, _context, _path in segments},
            has_error=False,
        ).values_list("translation_of_id", "context_id", "data")
        texts = []
        for string_id, context_id, data in translated:
            path = paths.get((string_id, context_id))
            if path is not None and path not in SKIPPED_PATHS:
                texts.append((path, StringValue(data).render_text()))
        return texts
    latest = page.get_latest_revision_as_object() if page.latest_revision_id else page
    return [
        (segment.path, segment.string.render_text())
        for segment in extract_segments(latest)
        if isinstance(segment, StringSegmentValue) and segment.path not in SKIPPED_PATHS
    ]


def terminology_warnings(page: Page) -> list[TermUse]:
    """Uses of avoided terms in the page, in its own language.

    A glossary entry is not warned about its own term: it is the page about the word.
    """
    locale: Locale = page.locale
    terms = [term for term in avoided_terms(locale) if term.translation_key != str(page.translation_key)]
    if not terms:
        return []
    return find_uses(page_texts(page.specific), terms, locale.language_code)


@dataclass(frozen=True)
class PageWarning:
    """A page of one locale whose text uses avoided terms, for the status dashboard."""

    page_id: int
    title: str
    locale_id: int
    found: tuple[str, ...]


def _prefilter(field: str, terms_by_locale: dict[int, list[AvoidedTerm]]) -> Q:
    condition = Q(pk__in=[])
    for locale_id, terms in terms_by_locale.items():
        forms = {form for term in terms for form in term.forms}
        # The database's case-insensitive match knows no cedillas: ask for both spellings.
        forms |= {form.translate(COMMA_TO_CEDILLA) for form in forms}
        for form in forms:
            condition |= Q(locale_id=locale_id, **{f"{field}__icontains": form})
    return condition


def pages_with_warnings(locales: list[Locale]) -> dict[int, list[PageWarning]]:
    """{locale id: pages using avoided terms}, from translation memory, in a fixed number of queries.

    Source text is read from wagtail-localize's source strings, translations
    from its string translations: a page never submitted for translation is
    not in memory and is checked only in its editor. The database narrows the
    rows with a plain substring match; the language-aware match decides.
    """
    terms_by_locale = avoided_terms_by_locale(locales)
    if not terms_by_locale:
        return {}
    codes = {locale.pk: locale.language_code for locale in locales}
    hits: dict[tuple[str, int], set[str]] = {}

    def check(locale_id: int, translation_key, data: str) -> None:
        key = str(translation_key)
        terms = [term for term in terms_by_locale[locale_id] if term.translation_key != key]
        uses = find_uses([("", StringValue(data).render_text())], terms, codes[locale_id])
        if uses:
            hits.setdefault((key, locale_id), set()).update(use.found for use in uses)

    sources = StringSegment.objects.filter(
        string__in=String.objects.filter(_prefilter("data", terms_by_locale)),
        source__locale_id__in=list(terms_by_locale),
    ).values_list("source__locale_id", "source__object_id", "string__data")
    for locale_id, translation_key, data in sources:
        check(locale_id, translation_key, data)
    translated = StringTranslation.objects.filter(
        _prefilter("data", terms_by_locale), has_error=False
    ).values_list("locale_id", "context__object_id", "data")
    for locale_id, translation_key, data in translated:
        check(locale_id, translation_key, data)
    if not hits:
        return {}
    pages = Page.objects.filter(
        translation_key__in={key for key, _locale in hits}, locale_id__in=list(terms_by_locale)
    ).values_list("id", "title", "translation_key", "locale_id")
    result: dict[int, list[PageWarning]] = {}
    for page_id, title, translation_key, locale_id in pages.order_by("path"):
        found = hits.get((str(translation_key), locale_id))
        if found:
            result.setdefault(locale_id, []).append(
                PageWarning(page_id, title, locale_id, tuple(sorted(found)))
            )
    return result
