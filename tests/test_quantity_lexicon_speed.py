"""The quantity lexicons built faster (issue 20, session 11 round 3) give the sets they gave before.

The speed-up was checked once against the code before it (main 4d287b5: every field of the
``Lexicons`` built from the real ``clitics/counts.tsv`` equal, docs/history/performance.md); these tests
keep hand-written expectations on a small table that reaches every branch, and the properties the
shared ``in_ha`` pass must keep.
"""

from __future__ import annotations

from arabicnews.arabic.clitics import read_counts
from arabicnews.stages.quantities import lexicon
from arabicnews.stages.quantities.lexicon import (
    in_ha,
    never_definite,
    preposition_forms,
)

# Every suffix, the «ه» that is a misspelt «ة», the stems in «ت» and «ئ»/«ؤ», a word too short for
# its suffix, words with no suffix, «ة» and «ه» spellings of one word added up.
SMALL = {
    "الحياة": 50,
    "حياتنا": 30,
    "حياتهما": 25,
    "الاعضاء": 40,
    "اعضائه": 30,
    "رؤساؤهم": 22,
    "الرؤساء": 20,
    "بقياده": 21,
    "بقيادة": 300,
    "القيادة": 90,
    "كتابه": 40,
    "كتابة": 10,
    "الكتاب": 60,
    "منهما": 80,
    "لها": 500,
    "تمت": 400,
    "مريضا": 30,
    "المريض": 10,
    "قاض": 30,
    "القاضي": 45,
    "بيتكم": 20,
    "البيت": 30,
    "دارهن": 20,
    "الدار": 20,
    "اهلكما": 20,
    "الاهل": 20,
    "وطنها": 20,
    "الوطن": 20,
    "كلم": 90,
    "مدينة": 15,
    "مدينه": 10,
}


def test_suffixed_nouns_on_a_small_table() -> None:
    assert lexicon._suffixed_nouns(SMALL) == {
        "حياتنا",
        "حياتهما",
        "اعضائه",
        "رؤساؤهم",
        "كتابه",
        "بيتكم",
        "دارهن",
        "اهلكما",
        "وطنها",
    }


def test_never_definite_on_a_small_table() -> None:
    known = frozenset({"كلم"})
    expected = frozenset({"بقياده", "منهما", "لها", "تمت", "مدينه"})
    assert never_definite(SMALL, known) == expected
    assert never_definite(SMALL, known, in_ha(SMALL)) == expected


def test_in_ha_adds_up_both_spellings_in_first_seen_order() -> None:
    freq = in_ha(SMALL)
    assert freq["بقياده"] == 21 + 300 and freq["مدينه"] == 15 + 10 and freq["كتابه"] == 40 + 10
    assert "بقيادة" not in freq and sum(freq.values()) == sum(SMALL.values())
    firsts = list(dict.fromkeys(w.replace("ة", "ه") for w in SMALL))
    assert list(freq) == firsts


def test_the_lexicons_from_the_real_counts() -> None:
    counts = read_counts()
    freq = in_ha(counts)
    lx = lexicon.lexicons()
    known = frozenset({"كلم", "جيجا"})
    assert never_definite(counts, known) == never_definite(counts, known, freq)
    assert lx.preposition_forms == preposition_forms(freq)
    assert "تمت" in lx.never_definite and "كلم" not in lx.never_definite
