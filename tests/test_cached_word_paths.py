"""The per-word paths that keep what they made (speed20u, issue 20, session 16) give what they gave
made afresh: the quantity cursor's words by position, and the cached word normaliser."""

from __future__ import annotations

import regex

from arabicnews.core.normalize import normalize, normalize_word
from arabicnews.stages.quantities.cursor import Cursor, Word

_AFTER_GAP = regex.compile(r"[^\S\n\r]+(\p{L}+)(?![\p{L}\p{N}])")


def test_word_at_reads_the_word_after_the_gap() -> None:
    cursor = Cursor("قال  الوزير إن 35 شخصا")
    assert cursor.word_at(3) == Word("الوزير", 5, 11)
    assert cursor.word_at(4) == Word("الوزير", 5, 11)
    assert cursor.word_at(11) == Word("إن", 12, 14)
    assert cursor.word_at(0) is None  # no gap before the first word
    assert cursor.word_at(14) is None  # digits after the gap


def test_word_at_asked_again_gives_the_same_words_in_any_order() -> None:
    text = "قال الوزير إن 35 شخصا، وصلوا\nأمس. «عشرة» آلاف  و20 مليون"
    positions = range(len(text) + 1)
    fresh = []
    for p in positions:
        m = _AFTER_GAP.match(text, p)
        fresh.append(Word(m.group(1), m.start(1), m.end(1)) if m else None)
    cursor = Cursor(text)
    backwards = [cursor.word_at(p) for p in reversed(positions)][::-1]
    assert backwards == fresh
    assert [cursor.word_at(p) for p in positions] == fresh
    cursor.floor = 20  # the floor bounds the words before a position, never the word at one
    assert [cursor.word_at(p) for p in positions] == fresh


def test_normalize_word_is_normalize() -> None:
    words = ["أحمد", "إلى", "مدرسةٌ", "ﻻ", "الــوزير", "مسؤول", "فى", "أحمد"]
    assert [normalize_word(w) for w in words] == [normalize(w) for w in words]
    assert normalize_word("مدرسةٌ") == "مدرسه"
