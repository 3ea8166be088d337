"""Highlighted snippets: the passage of a result that matches, query words in <mark>.

PostgreSQL's ts_headline picks the passage with the locale's configuration, so stems
and folded accents are marked too ("tsiganes" marks "Tsigane"). SQLite marks words that
start like a query word, accents folded.
"""

import re
import unicodedata
from collections.abc import Callable

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from modelsearch.conf import get_app_config
from wagtail.models import Page

from glossary.search_terms import normalize_form
from search.configuration import config_for_language

# Private-use characters: they never occur in content, and survive ts_headline and escaping.
START, STOP = "\ue000", "\ue001"
MAX_FRAGMENTS = 2
HEADLINE_OPTIONS = f"StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15, MaxFragments={MAX_FRAGMENTS}"
SNIPPET_WORDS = 40
# Characters kept before and after the first match for ts_headline (MaxWords=35 is ~250).
PASSAGE_BEFORE, PASSAGE_AFTER = 120, 260


def snippet_sources(pages: list[Page]) -> list[str]:
    """The plain text each result was indexed with, else its description.

    Full-text results carry it (`search_text`, read with their rank); the others' are read
    in one query."""
    missing = [page for page in pages if getattr(page, "search_text", None) is None]
    texts = {}
    if missing:
        index_entry = get_app_config().get_model("IndexEntry")
        text_field = "body_text" if connection.vendor == "postgresql" else "body"
        texts = dict(
            index_entry.objects.filter(
                content_type_id__in={page.content_type_id for page in missing},
                object_id__in=[str(page.pk) for page in missing],
            ).values_list("object_id", text_field)
        )
    return [
        getattr(page, "search_text", None) or texts.get(str(page.pk)) or page.search_description or ""
        for page in pages
    ]


def _as_html(marked: str) -> SafeString:
    return mark_safe(escape(marked).replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def _stems(words: list[str], normalize: Callable[[str], str] = str.lower) -> list[str]:
    """The beginnings of the query's words (normalised), longer than three letters.

    Short words ("and", "du") are mostly function words: PostgreSQL drops them as stop words."""
    stems = {part[:5] for word in words for part in normalize(word).split() if len(part) > 3}
    stems.discard("")
    return sorted(stems)


def passage(text: str, stems: list[str]) -> str:
    """The parts of `text` around the first word starting with each stem (at most
    `MAX_FRAGMENTS` of them), else the whole text.

    ts_headline parses and stems every word of what it is given (most of a search's time):
    given only these parts, it still marks every form its configuration matches there.
    """
    if len(text) <= PASSAGE_BEFORE + PASSAGE_AFTER:
        return text
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character changed length: positions would drift
        return text
    firsts = []
    for stem in stems:
        index = lowered.find(stem)
        while index > 0 and lowered[index - 1].isalnum():  # inside a word: not this one
            index = lowered.find(stem, index + 1)
        if index != -1:
            firsts.append(index)
    if not firsts:
        return text
    parts: list[list[int]] = []
    for first in sorted(firsts)[:MAX_FRAGMENTS]:
        start = text.rfind(" ", 0, first - PASSAGE_BEFORE) + 1 if first > PASSAGE_BEFORE else 0
        end = text.find(" ", first + PASSAGE_AFTER)
        end = len(text) if end == -1 else end
        if parts and start <= parts[-1][1]:
            parts[-1][1] = end
        else:
            parts.append([start, end])
    return "\n".join(text[start:end] for start, end in parts)


def _postgres_headlines(texts: list[str], words: list[str], language_code: str) -> list[str]:
    config = config_for_language(language_code)
    stems = _stems(words)
    texts = [passage(text, stems) for text in texts]
    query = " or ".join(f'"{word}"' if " " in word else word for word in words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(%s::regconfig, t, websearch_to_tsquery(%s::regconfig, %s), %s) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS texts(t, n) ORDER BY n",
            [config, config, query, HEADLINE_OPTIONS, texts],
        )
        return [row[0] for row in cursor.fetchall()]


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _python_headline(text: str, words: list[str]) -> str:
    stems = _stems(words, normalize_form)
    text = Truncator(text).words(SNIPPET_WORDS)
    return re.sub(
        r"\w+",
        lambda match: (
            f"{START}{match[0]}{STOP}"
            if any(_fold(match[0]).startswith(stem) for stem in stems)
            else match[0]
        ),
        text,
    )


def highlighted_snippets(pages: list[Page], words: list[str], language_code: str) -> list[SafeString]:
    """One escaped, highlighted snippet per page, in one database query on PostgreSQL."""
    texts = snippet_sources(pages) if pages else []
    if not texts or not words:
        return [escape(Truncator(text).words(SNIPPET_WORDS)) for text in texts]
    if connection.vendor == "postgresql":
        marked = _postgres_headlines(texts, words, language_code)
    else:
        marked = [_python_headline(text, words) for text in texts]
    return [_as_html(text) for text in marked]
