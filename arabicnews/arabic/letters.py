"""Letters that several stages reason about: proclitics, pronoun enclitics, and the article after ل.

All in normalised letters (see :func:`arabicnews.core.normalize.normalize`).
"""

from __future__ import annotations

from collections.abc import Container

PROCLITIC_LETTERS = "وفبلك"
"""The one-letter proclitics: the conjunctions و and ف, the prepositions ب, ل and ك."""

CONJUNCTIONS = "وف"
"""The conjunction proclitics, which may come before a preposition («وب», «فل»)."""

PREPOSITIONS = "بلك"
"""The preposition proclitics: the one-letter proclitics that are not conjunctions."""

PRONOUN_ENCLITICS: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "ني", "نا")
"""The pronoun enclitics."""


def without_proclitic(word: str, table: Container[str]) -> str:
    """``word`` without a one-letter proclitic when only the word without it is in ``table``."""
    if word not in table and word[:1] in PROCLITIC_LETTERS and word[1:] in table:
        return word[1:]
    return word


def restore_article(rest: str) -> str:
    """The word as it is written without a ل proclitic: after ل the article loses its alef
    («للمرصد» is ل + «لمرصد», which is «المرصد»), so a ``rest`` starting with ل gets it back."""
    return "ا" + rest if rest.startswith("ل") else rest


__all__ = [
    "CONJUNCTIONS",
    "PREPOSITIONS",
    "PROCLITIC_LETTERS",
    "PRONOUN_ENCLITICS",
    "restore_article",
    "without_proclitic",
]
