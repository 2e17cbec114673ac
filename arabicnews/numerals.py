"""Old import path, kept working: the names now live in :mod:`arabicnews.arabic.numerals`."""

from arabicnews.arabic.numerals import (
    MAX_DIGITS as MAX_DIGITS,
    Lexicon as Lexicon,
    NumberWord as NumberWord,
    Numeral as Numeral,
    VagueWord as VagueWord,
    Word as Word,
    exact as exact,
    lexicon as lexicon,
    parse_digits as parse_digits,
    parse_numeral as parse_numeral,
    split_words as split_words,
)
from arabicnews.model.quantity import (
    Number as Number,
)

__all__ = [
    "MAX_DIGITS",
    "Lexicon",
    "Number",
    "NumberWord",
    "Numeral",
    "VagueWord",
    "Word",
    "exact",
    "lexicon",
    "parse_digits",
    "parse_numeral",
    "split_words",
]
