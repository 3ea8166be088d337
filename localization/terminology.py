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

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from glossary.terminology import AvoidedTerm, avoided_terms

# Fields whose text is not prose a reader takes as the page's wording.
SKIPPED_PATHS = frozenset({"slug"})
CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
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
