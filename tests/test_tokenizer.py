from __future__ import annotations

import pytest

from arabicnews.stages.tokens import tokenize


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("35 غارة", [("35", "number"), ("غارة", "word")]),
        ("٣٥ غارة", [("٣٥", "number"), ("غارة", "word")]),
        ("۳۵", [("۳۵", "number")]),
        ("1,500 دولار", [("1,500", "number"), ("دولار", "word")]),
        ("١٬٥٠٠ دولار", [("١٬٥٠٠", "number"), ("دولار", "word")]),
        ("3.5 مليون", [("3.5", "number"), ("مليون", "word")]),
        ("٣٫٥ مليون", [("٣٫٥", "number"), ("مليون", "word")]),
        ("50%", [("50%", "number")]),
        ("٥٠٪", [("٥٠٪", "number")]),
        ("عام 2014.", [("عام", "word"), ("2014", "number"), (".", "punct")]),
        ("10-20", [("10", "number"), ("-", "punct"), ("20", "number")]),
    ],
)
def test_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«داعش»", ["«", "داعش", "»"]),
        ("سوريا، حلب؛ لماذا؟", ["سوريا", "،", "حلب", "؛", "لماذا", "؟"]),
        ("سوريا.. دى ميستورا", ["سوريا", "..", "دى", "ميستورا"]),
        ("انتهى...", ["انتهى", "..."]),
        ("لـ«الشروق»", ["لـ", "«", "الشروق", "»"]),
        ("(واشنطن)", ["(", "واشنطن", ")"]),
        ('قال: "لا"', ["قال", ":", '"', "لا", '"']),
    ],
)
def test_punctuation(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("https://www.shorouknews.com/news/view.aspx?cdate=01052016&id=1", "url"),
        ("www.example.org/path", "url"),
        ("info@example.com", "email"),
        ("#سوريا", "hashtag"),
        ("#Syria_now", "hashtag"),
        ("@AFP", "mention"),
        ("Reuters", "word"),
        ("COVID19", "word"),
        ("$", "symbol"),
        ("😀", "symbol"),
        ("\x00", "other"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    tokens = tokenize(text)
    assert [(t.text, t.kind) for t in tokens] == [(text, kind)]


def test_url_keeps_trailing_full_stop_out() -> None:
    assert [t.text for t in tokenize("انظر https://x.org/a.")] == ["انظر", "https://x.org/a", "."]


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("الأحياء", "الاحياء"),
        ("فى", "في"),
        ("مدينة", "مدينه"),
        ("مـصر", "مصر"),
        ("٣٥", "35"),
        ("١٬٥٠٠", "1,500"),
        ("٣٫٥٪", "3.5%"),
        ("ﻻ", "لا"),
    ],
)
def test_token_norm(text: str, norm: str) -> None:
    (tok,) = tokenize(text)
    assert tok.norm == norm


def test_egyptian_spellings_keep_one_token_each() -> None:
    text = "المسئولين الروس فى موسكو والتى هـ"
    assert [t.text for t in tokenize(text)] == ["المسئولين", "الروس", "فى", "موسكو", "والتى", "هـ"]


@pytest.mark.parametrize(
    ("text", "forms", "roles"),
    [
        ("و35", ["و", "35"], ["proclitic", "stem"]),
        ("ب٣٥", ["ب", "٣٥"], ["proclitic", "stem"]),
        ("وبـ١٥", ["و", "ب", "١٥"], ["proclitic", "proclitic", "stem"]),
        ("و٥٠٪", ["و", "٥٠", "٪"], ["proclitic", "stem", "suffix"]),
        ("50%", ["50", "%"], ["stem", "suffix"]),
    ],
)
def test_number_segments(text: str, forms: list[str], roles: list[str]) -> None:
    (tok,) = tokenize(text)
    assert tok.kind == "number"
    assert [s.form for s in tok.segments] == forms
    assert [s.role for s in tok.segments] == roles
    assert "".join(s.text for s in tok.segments) == tok.text


def test_digits_glued_to_a_word_are_not_a_proclitic() -> None:
    assert [t.text for t in tokenize("قبل5")] == ["قبل", "5"]


def test_bidi_marks_between_tokens_belong_to_no_token() -> None:
    text = "قال\u200f \u200fالمرصد"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قال", "المرصد"]


def test_a_joiner_inside_a_word_stays_in_it() -> None:
    assert [t.text for t in tokenize("می\u200cخواهم")] == ["می\u200cخواهم"]


def test_offsets_point_into_the_original(seed_text: str) -> None:
    for t in tokenize(seed_text):
        assert seed_text[t.start : t.end] == t.text
        assert t.segments[0].start == t.start and t.segments[-1].end == t.end


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير إن ٣٥ شخصا وصلوا. انظر https://x.org/a و www.spa.gov.sa.",
        "وب٣٥٪ من «المواطنين» #سوريا — Reuters COVID19 $ 😀 ... !!! و5 ٣,٥٠٠ ﷼",
        "محمد.علي_2015 e-mail: info.example.com ـ می\u200cخواهم",
    ],
)
def test_the_pattern_without_at_finds_the_same_tokens(text: str) -> None:
    # A text without «@» is searched without the e-mail and mention alternatives (they need one).
    from arabicnews.stages.tokens import _TOKEN, _TOKEN_NO_AT

    assert "@" not in text
    found = [(m.span(), m.lastgroup) for m in _TOKEN_NO_AT.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in _TOKEN.finditer(text)]
    assert len({group for _, group in found}) >= 3


def test_a_text_with_at_still_finds_emails_and_mentions() -> None:
    tokens = tokenize("راسلوا info@example.com أو @AFP")
    assert [(t.text, t.kind) for t in tokens] == [
        ("راسلوا", "word"),
        ("info@example.com", "email"),
        ("أو", "word"),
        ("@AFP", "mention"),
    ]
