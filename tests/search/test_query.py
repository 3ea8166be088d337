"""Reading the reader's query: operators neutralised, over-long input refused."""

import pytest

from search.query import MAX_QUERY_LENGTH, SearchInputError, parse_query


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("Roma & !Travellers", ("Roma", "Travellers")),
        ("& | ! : * ( ) ' \"", ()),
        ("'); DROP TABLE x; --", ("DROP", "TABLE", "x")),
        ("l'Europe Z-Wort", ("l'Europe", "Z-Wort")),
        ("🙂 Košice Ужгород", ("Košice", "Ужгород")),
        ("  Gyp*  ", ("Gyp",)),
        (None, ()),
    ],
)
def test_operators_and_symbols_become_spaces(raw, words):
    assert parse_query(raw).words == words


def test_an_over_long_query_is_refused_with_a_message():
    with pytest.raises(SearchInputError) as error:
        parse_query("x" * (MAX_QUERY_LENGTH + 1))
    assert error.value.parameter == "q"
    assert str(MAX_QUERY_LENGTH) in error.value.message


def test_a_query_of_many_short_words_is_refused():
    with pytest.raises(SearchInputError, match="too many words"):
        parse_query("a " * 60)


def test_a_nul_character_is_refused():
    with pytest.raises(SearchInputError, match="NUL"):
        parse_query("Roma\x00")
