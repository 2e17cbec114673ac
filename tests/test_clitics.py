"""The clitic segmenter: splits, words it must leave whole, offsets, restored forms, its data files."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from arabicnews.arabic.clitics import (
    ENCLITICS,
    NO_SPLIT,
    PROCLITIC_SEQUENCES,
    CliticModel,
    analyse,
    default_segmenter,
    load_model,
)
from arabicnews.core.resources import data_path
from arabicnews.stages.tokens import tokenize

Seg = tuple[str, str, str]  # text, role, form


def _segs(word: str, start: int = 0) -> list[Seg]:
    return [(s.text, s.role, s.form) for s in default_segmenter().segment(word, start)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والحكومة", [("و", "proclitic", "و"), ("الحكومة", "stem", "الحكومة")]),
        ("للأحياء", [("ل", "proclitic", "ل"), ("لأحياء", "stem", "الأحياء")]),
        ("للسلطة", [("ل", "proclitic", "ل"), ("لسلطة", "stem", "السلطة")]),
        ("لـلبنان", [("لـ", "proclitic", "ل"), ("لبنان", "stem", "لبنان")]),
        ("بِالنسبة", [("بِ", "proclitic", "ب"), ("النسبة", "stem", "النسبة")]),
        ("حكومته", [("حكومت", "stem", "حكومة"), ("ه", "enclitic", "ه")]),
        ("نشرتها", [("نشرت", "stem", "نشرت"), ("ها", "enclitic", "ها")]),
        ("مستواه", [("مستوا", "stem", "مستوى"), ("ه", "enclitic", "ه")]),
        ("عليه", [("علي", "stem", "علي"), ("ه", "enclitic", "ه")]),
        ("له", [("ل", "stem", "ل"), ("ه", "enclitic", "ه")]),
        ("ولها", [("و", "proclitic", "و"), ("ل", "stem", "ل"), ("ها", "enclitic", "ها")]),
        ("لأنها", [("ل", "proclitic", "ل"), ("أن", "stem", "أن"), ("ها", "enclitic", "ها")]),
        ("وبالتالي", [("و", "proclitic", "و"), ("ب", "proclitic", "ب"), ("التالي", "stem", "التالي")]),
        ("سيكون", [("س", "proclitic", "س"), ("يكون", "stem", "يكون")]),
        ("وسيكون", [("و", "proclitic", "و"), ("س", "proclitic", "س"), ("يكون", "stem", "يكون")]),
        ("فإن", [("ف", "proclitic", "ف"), ("إن", "stem", "إن")]),
        ("سأعمل", [("س", "proclitic", "س"), ("أعمل", "stem", "أعمل")]),
        ("حكومتها", [("حكومت", "stem", "حكومة"), ("ها", "enclitic", "ها")]),
        ("لديهم", [("لدي", "stem", "لدي"), ("هم", "enclitic", "هم")]),
        ("ولكنه", [("و", "proclitic", "و"), ("لكن", "stem", "لكن"), ("ه", "enclitic", "ه")]),
        # Egyptian spellings: ى for final ي, ه for ة, ئ for ؤ.
        ("والتى", [("و", "proclitic", "و"), ("التى", "stem", "التى")]),
        ("اليه", [("الي", "stem", "الي"), ("ه", "enclitic", "ه")]),
        ("رأيه", [("رأي", "stem", "رأي"), ("ه", "enclitic", "ه")]),
        ("ابني", [("ابن", "stem", "ابن"), ("ي", "enclitic", "ي")]),
        ("بعدي", [("بعد", "stem", "بعد"), ("ي", "enclitic", "ي")]),
        ("لديهن", [("لدي", "stem", "لدي"), ("هن", "enclitic", "هن")]),
        ("أزواجهن", [("أزواج", "stem", "أزواج"), ("هن", "enclitic", "هن")]),
        ("لعمليتي", [("ل", "proclitic", "ل"), ("عمليتي", "stem", "عمليتي")]),
        ("والمسئولين", [("و", "proclitic", "و"), ("المسئولين", "stem", "المسئولين")]),
        ("والحكومه", [("و", "proclitic", "و"), ("الحكومه", "stem", "الحكومه")]),
        # An unseen stem after a proclitic and the article still splits.
        ("للبستنة", [("ل", "proclitic", "ل"), ("لبستنة", "stem", "البستنة")]),
    ],
)
def test_split(word: str, expected: list[Seg]) -> None:
    assert _segs(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        "بريطانيا", "لندن", "فيليب", "وزير", "كانت", "بلاد", "كلمة", "سوريا", "وليد", "كما", "لكن",
        "بين", "بعد", "فقط", "كان", "الرئيسي", "عربي", "مدينة", "سنة", "فى", "لدى", "الله", "هذه",
        "سيارة", "وطن", "بنك", "تشابهٍ", "بلدية", "سامي", "جنيها", "شاه", "واحد",
        # Egyptian ه for ة must not become a pronoun: «مدينه» is «مدينة»; so after a stem ending
        # in ي (issue 19, session 9: «الرسميه» is «الرسمية», not «الرسمي» + ه).
        "مدينه", "الحكومه", "الرسميه", "عربيه", "الماضيه",
        # A construct dual or a verb's second person feminine, not the stem + my (session 9).
        "مليوني", "تكوني", "تراهن", "المهن",
    ],
)  # fmt: skip
def test_must_not_split(word: str) -> None:
    assert _segs(word) == [(word, "stem", word)]


@pytest.mark.parametrize(("word", "start"), [("وبالتالي", 0), ("للأحياء", 17), ("بِالنسبة", 5), ("وزير", 3)])
def test_segments_tile_the_word_at_its_offset(word: str, start: int) -> None:
    segs = default_segmenter().segment(word, start)
    text = " " * start + word
    assert segs[0].start == start and segs[-1].end == start + len(word)
    for a, b in itertools.pairwise(segs):
        assert a.end == b.start
    for s in segs:
        assert text[s.start : s.end] == s.text


def test_offsets_of_a_split_word_in_a_sentence() -> None:
    text = "قال إن الانتقال السلمي للسلطة سبق"
    tok = next(t for t in tokenize(text) if t.text == "للسلطة")
    assert [(s.start, s.end, s.form) for s in tok.segments] == [(23, 24, "ل"), (24, 29, "السلطة")]
    assert tok.words == ("ل", "السلطة")


def test_a_word_with_diacritics_splits_at_the_letters() -> None:
    segs = default_segmenter().segment("وَالْحُكُومَةُ", 0)
    assert [s.text for s in segs] == ["وَ", "الْحُكُومَةُ"]


@given(st.text(alphabet="وفبلكسالحكومةيتنهىأإآءؤئًٌٍَُِّْـ", min_size=1, max_size=12))
def test_segments_always_tile_the_word(word: str) -> None:
    segs = default_segmenter().segment(word, 7)
    assert "".join(s.text for s in segs) == word
    assert segs[0].start == 7 and segs[-1].end == 7 + len(word)
    assert all(s.end > s.start for s in segs)
    assert sum(s.role == "stem" for s in segs) == 1


def _tiny_model(**counts: int) -> CliticModel:
    rates = dict.fromkeys(PROCLITIC_SEQUENCES, 0.1)
    return CliticModel(counts, rates, dict.fromkeys(ENCLITICS, 0.05), {}, frozenset(), 0.02, 0.02, 1, 3.0)


def test_the_decision_follows_the_counts() -> None:
    # «وزير» splits only when «زير» is a frequent word and «وزير» a rare one.
    assert analyse(_tiny_model(وزير=300, زير=2), "وزير") is NO_SPLIT
    assert analyse(_tiny_model(وزير=1, زير=300), "وزير").proclitic_len == 1


def test_gold_words_and_whole_words_override_the_counts() -> None:
    counts = {"ما": 1000}
    model = CliticModel(counts, {"ك": 1.0}, {}, {"كمثل": (1, 0)}, frozenset({"كما"}), 0.0, 0.0, 1)
    assert analyse(model, "كما") is NO_SPLIT
    assert analyse(model, "كمثل").proclitic_len == 1


def test_data_files_are_consistent() -> None:
    params = json.loads(data_path("clitics/params.json").read_text(encoding="utf-8"))
    assert set(params["proclitics"]) == set(PROCLITIC_SEQUENCES)
    assert set(params["enclitics"]) == set(ENCLITICS)
    model = load_model()
    assert len(model.counts) > 10_000 and len(model.gold) > 1_000
    # Gold splits never claim more letters than the word has.
    assert all(p + e <= len(w) for w, (p, e) in model.gold.items())


def test_the_farasa_gold_converts_to_ud_clitics(tmp_path: Path) -> None:
    from arabicnews.train.clitics import clitic_rates, read_wikinews

    folder = tmp_path / "wikinews_qcri_segmentation"
    folder.mkdir()
    rows = [
        "refTok(Farasa)\trefPOS(Farasa)",
        "و+ال+تلفزيون\tCONJ+DET+NOUN",  # the article stays in the stem
        "ل+ال+مر+ة\tPREP+DET+NOUN+NSUFF",  # «للمرة»: ل + لمرة
        "ب+مرحل+ت+ه\tPREP+NOUN+NSUFF+PRON",  # the ta before a pronoun is the stem's
        "قرر+نا\tV+PRON",  # a verb's subject suffix is no clitic
        "عصر+نا\tNOUN+PRON",
        "أعلن+ت\tV+PRON",
        "ثقاف+ة\tNOUN+NSUFF",
        "11\tNUM",  # not an Arabic word
    ]
    (folder / "WikiNews.pos.ref").write_text("\n".join(rows) + "\n", encoding="utf-8")
    gold = read_wikinews(tmp_path)
    assert gold == [
        ("والتلفزيون", False, 1, 0),
        ("للمره", True, 1, 0),
        ("بمرحلته", False, 1, 1),
        ("قررنا", False, 0, 0),
        ("عصرنا", False, 0, 2),
        ("اعلنت", False, 0, 0),
        ("ثقافه", True, 0, 0),
    ]
    pro, enc = clitic_rates(gold)
    assert pro["و"] == pytest.approx(1.5 / 4) and enc["نا"] == pytest.approx(1.5 / 5)


def test_clitic_letters_come_from_arabic_letters() -> None:
    import arabicnews.clitics as old_path
    from arabicnews.arabic import clitics, letters

    assert clitics.ENCLITICS is letters.PRONOUN_ENCLITICS is old_path.ENCLITICS
    # The order matters: of two splits that predict the same count, the first one tried wins.
    assert (
        *"وفبلكس",
        *("وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس"),
    ) == clitics.PROCLITIC_SEQUENCES
