"""The clitic segmenter: splits, words it must leave whole, offsets, restored forms, its data files."""

from __future__ import annotations

import itertools
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, strategies as st

from arabicnews.arabic.clitics import (
    ENCLITICS,
    NO_SPLIT,
    PROCLITIC_SEQUENCES,
    CliticModel,
    analyse,
    count_key,
    default_segmenter,
    load_model,
)
from arabicnews.core.normalize import NormalizedText, fold_compatibility
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
        # ...but ب before a noun that reads as an imperfect still splits.
        ("بتفقد", [("ب", "proclitic", "ب"), ("تفقد", "stem", "تفقد")]),
        ("بيد", [("ب", "proclitic", "ب"), ("يد", "stem", "يد")]),
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
        # ب governs no imperfect verb: «بيكون» is a name (Bacon), not ب + «يكون» (round 2).
        "بيكون",
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


# Presentation forms (issue 19, session 9): a word typed with the contextual forms of U+FB50-FDFF and
# U+FE70-FEFF is read as the letters they stand for, as normalisation reads them. «مدرسﺔ» ends in ة
# (U+FE94), not in a pronoun ه. The test's own map from a letter to its final and medial forms comes
# from the Unicode names, so it is no copy of the package's folding.
def _forms(position: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for cp in range(0xFE70, 0xFEFF):
        ch = chr(cp)
        letter = unicodedata.normalize("NFKC", ch)
        if len(letter) == 1 and unicodedata.name(ch, "").endswith(f" {position} FORM"):
            out.setdefault(letter, ch)
    return out


_FINAL = _forms("FINAL")
_MEDIAL = _forms("MEDIAL")
_ISOLATED = _forms("ISOLATED")


def _presentation(word: str, choices: list[int] | None = None) -> str:
    """``word`` with its letters in presentation forms: medial inside, final at the end (or the
    isolated form, for ``choices`` that say so); marks and letters without a form stay."""
    out = []
    for i, ch in enumerate(word):
        table = _FINAL if i == len(word) - 1 else _MEDIAL
        if choices is not None and choices[i % len(choices)] == 0:
            table = _ISOLATED
        elif choices is not None and choices[i % len(choices)] == 1:
            table = {}
        out.append(table.get(ch, _FINAL.get(ch, ch)) if table else ch)
    return "".join(out)


_AKTUB = "\ufe84\ufedb\ufe98\ufe90"  # «أكتب» in presentation forms


def _cuts(word: str) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.role, fold_compatibility(s.form)) for s in default_segmenter().segment(word, 0)]


@pytest.mark.parametrize(
    "word",
    [
        "مدرس\ufe94", "الحكوم\ufe94", "حكوم\ufe93", "سيار\ufe94", "كبير\ufe94", "واحد\ufe94", "مجموع\ufe94",
        "حال\ufe94", "دول\ufe94", "صور\ufe94", "جديد\ufe94", "العام\ufe94", "وزار\ufe94",
    ],
)  # fmt: skip
def test_a_presentation_form_ta_marbuta_is_no_pronoun(word: str) -> None:
    assert _segs(word) == [(word, "stem", word)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بواسط\ufe94", [("ب", "proclitic", "ب"), ("واسط\ufe94", "stem", "واسط\ufe94")]),
        ("لمد\ufe94", [("ل", "proclitic", "ل"), ("مد\ufe94", "stem", "مد\ufe94")]),
        ("بطريق\ufe94", [("ب", "proclitic", "ب"), ("طريق\ufe94", "stem", "طريق\ufe94")]),
        ("والحكوم\ufe94", [("و", "proclitic", "و"), ("الحكوم\ufe94", "stem", "الحكوم\ufe94")]),
        # The ت of a noun before a pronoun, and the alef of «مستوى», restored from presentation forms.
        ("حيا\ufe98\ufee8\ufe8e", [("حيا\ufe98", "stem", "حياة"), ("\ufee8\ufe8e", "enclitic", "نا")]),
        ("مستو\ufe8eه", [("مستو\ufe8e", "stem", "مستوى"), ("ه", "enclitic", "ه")]),
        # The future س before a hamza alef written as a presentation form.
        ("\ufeb3" + _AKTUB, [("\ufeb3", "proclitic", "س"), (_AKTUB, "stem", _AKTUB)]),
    ],
)
def test_presentation_forms_split_as_their_letters(word: str, expected: list[Seg]) -> None:
    assert _segs(word) == expected


def test_the_letter_view_folds_presentation_forms_only() -> None:
    view = NormalizedText.of("ﻟﻠﺤﻜﻮﻣﺔ ﻷن أُمّة")
    assert view.text == "للحكومه لان امه"
    assert view.letters() == "للحكومة لأن أمة"
    assert len(view.letters()) == len(view.text)
    assert NormalizedText.of("مدينة").letters() == "مدينة"
    # The counts and the name lists key a word written so as they key its plain spelling.
    assert count_key("مدرس\ufe94") == count_key("مدرسة") == "مدرسة"


@pytest.mark.parametrize(
    "word",
    [
        "مدرسة", "الحكومة", "حكومته", "والحكومة", "للسلطة", "لأنها", "سأعمل", "حياتنا", "مستواه", "بطريقة",
        "وزارة", "سيارة", "عداً", "وعداً", "بالتأكيد", "وحده", "لديهن", "الرسمية", "مليوني", "فالحكومة",
    ],
)  # fmt: skip
def test_a_word_and_its_presentation_forms_get_the_same_cuts(word: str) -> None:
    assert _cuts(_presentation(word)) == _cuts(word)


@given(
    st.text(alphabet="وفبلكسالحكومةيتنهىأإآءؤئدرزصطعقشجًٌٍَُِّْ", min_size=2, max_size=10),
    st.lists(st.integers(0, 2), min_size=1, max_size=5),
)
def test_presentation_forms_never_move_a_cut(word: str, choices: list[int]) -> None:
    # Any mix of isolated, contextual and plain letters: the same cut points and forms.
    assert _cuts(_presentation(word, choices)) == _cuts(word)


# Decomposed hamzas and ta marbuta variants (issue 19, session 9, round 4): a hamza typed as a letter
# and a combining mark (U+0653-0655, the NFD spelling of أ إ آ) reads as the composed letter, and ۀ
# or ە typed for ة reads as ة, as the normalisation folds them (both to the same normalised text).
# ؤ and ئ typed decomposed (و or ي + U+0654) fold to ء as the composed letters do (session 10).
def _nfd(word: str) -> str:
    return unicodedata.normalize("NFD", word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("سا\u0654عمل", [("س", "proclitic", "س"), ("ا\u0654عمل", "stem", "ا\u0654عمل")]),
        (
            "وسا\u0654ذهب",
            [("و", "proclitic", "و"), ("س", "proclitic", "س"), ("ا\u0654ذهب", "stem", "ا\u0654ذهب")],
        ),
        ("فا\u0655ن", [("ف", "proclitic", "ف"), ("ا\u0655ن", "stem", "ا\u0655ن")]),
        ("ا\u0655ن", [("ا\u0655ن", "stem", "ا\u0655ن")]),
        # ۀ and ە typed for ة: the end of a noun, not a pronoun ه («حياه» would be «حيا» + ه).
        ("حياۀ", [("حياۀ", "stem", "حياۀ")]),
        ("قدرە", [("قدرە", "stem", "قدرە")]),
        ("كلمۀ", [("كلمۀ", "stem", "كلمۀ")]),
        ("بقيمۀ", [("ب", "proclitic", "ب"), ("قيمۀ", "stem", "قيمۀ")]),
    ],
)
def test_decomposed_hamzas_and_ta_variants_split_as_their_letters(word: str, expected: list[Seg]) -> None:
    assert _segs(word) == expected
    assert "".join(text for text, _, _ in _segs(word)) == word


def test_the_segments_of_a_decomposed_hamza_keep_exact_offsets() -> None:
    text = "قال إنه وسا\u0654ذهب"
    start = text.index("و")
    segs = default_segmenter().segment(text[start:], start)
    assert [(s.start, s.end) for s in segs] == [(start, start + 1), (start + 1, start + 2), (start + 2, len(text))]
    assert [text[s.start : s.end] for s in segs] == [s.text for s in segs]


@pytest.mark.parametrize(
    "word",
    [
        "سأعمل", "وسأذهب", "لأنها", "بأنه", "فإن", "وإن", "إنه", "سآخذ", "بالتأكيد", "الأمم", "وأكد", "سأقول",
        "لإيران", "بآلاف", "والآن", "فأكثر", "ستأتي",
        "لإسرائيل", "بالمسؤولية", "مسؤوليته", "ورئيسه", "وتؤكد", "لرئاسة",
    ],
)  # fmt: skip
def test_a_word_and_its_decomposed_hamza_get_the_same_cuts(word: str) -> None:
    assert _nfd(word) != word
    assert _composed_segs(_nfd(word)) == _composed_segs(word)


def _composed_segs(word: str) -> list[tuple[str, str, str]]:
    """The segments of ``word`` with their text and form composed (NFC), to compare two spellings."""
    segs = default_segmenter().segment(word, 0)
    assert "".join(s.text for s in segs) == word  # the segments tile the word: offsets exact
    return [(unicodedata.normalize("NFC", s.text), s.role, unicodedata.normalize("NFC", s.form)) for s in segs]


@given(st.text(alphabet="وفبلكسالحكومةيتنهىأإآؤئدرزصطعقشجًٌٍَُِّْ", min_size=2, max_size=10))
@example("آبآه")  # found by the search: a stem's final «آ» typed ا + madda became «ى» + madda
@example("آةةًآ")  # found by the search: «ًآ» typed ً + ا + madda read as the accusative alef, composed not
def test_decomposed_hamzas_never_move_a_cut(word: str) -> None:
    assert _composed_segs(_nfd(word)) == _composed_segs(unicodedata.normalize("NFC", word))


def test_a_ta_marbuta_is_never_the_ha_of_a_pronoun() -> None:
    # «آةةًآ»: the letters normalise to «اهها», but its ة and the tanween are no pronoun ها.
    for word in ("آةةًآ", _nfd("آةةًآ"), "آةةآ"):
        assert [s.role for s in default_segmenter().segment(word, 0)] == ["stem"]
    # A tanween before an alef with a hamza or madda reads alike in both spellings (found by a
    # larger search: «يسهًأ» split as «يس» + ها only composed, «بًآ» took ب only composed).
    for word in ("يسهًأ", "لبًآ", "بمفًّإ"):
        assert _composed_segs(_nfd(word)) == _composed_segs(word)


@pytest.mark.parametrize("variant", ["ۀ", "ە"])
@given(st.text(alphabet="وفبلكسالحكومتيندرزصطعقشجَُِّ", min_size=2, max_size=9))
def test_a_ta_marbuta_variant_gets_the_cuts_of_ta_marbuta(variant: str, stem: str) -> None:
    word = stem + "ة"
    typed = stem + variant
    assert [(s.start, s.end, s.role) for s in default_segmenter().segment(typed, 0)] == [
        (s.start, s.end, s.role) for s in default_segmenter().segment(word, 0)
    ]
