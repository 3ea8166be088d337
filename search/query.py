"""Reader input for search: validated once, for the page and the API alike."""

import re
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 24

# Letters, digits, apostrophes and hyphens inside words survive; full-text operators
# (& | ! : * ( ) " and the like), emoji and symbols become spaces. The engines quote
# what they get anyway; this keeps SQLite's FTS syntax and PostgreSQL's equally calm.
_NOT_A_WORD_CHARACTER = re.compile(r"[^\w'’-]+|_+")
_EDGE_PUNCTUATION = re.compile(r"(?<!\w)['’-]+|['’-]+(?!\w)")


class SearchInputError(ValueError):
    """Input a reader can correct; `parameter` names the query parameter at fault."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class SearchQuery:
    """What the reader typed (tidied) and the words the engines may see."""

    text: str
    words: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def engine_text(self) -> str:
        return " ".join(self.words)


def parse_query(raw: str | None) -> SearchQuery:
    """Validate `q`: NUL and over-long input are refused, operators are neutralised."""
    raw = raw or ""
    if "\x00" in raw:
        raise SearchInputError("q", "q must not contain NUL characters.")
    text = " ".join(raw.split())
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchInputError("q", f"q is too long: at most {MAX_QUERY_LENGTH} characters, got {len(text)}.")
    words = tuple(_EDGE_PUNCTUATION.sub(" ", _NOT_A_WORD_CHARACTER.sub(" ", text)).split())
    if len(words) > MAX_QUERY_WORDS:
        raise SearchInputError("q", f"q has too many words: at most {MAX_QUERY_WORDS}, got {len(words)}.")
    return SearchQuery(text, words)
