"""The quantity lexicons built faster (issue 20, session 11 round 3) are the same sets as before.

The reference functions below are the code as it was before the speed-up (main 4d287b5), kept
here only as the oracle: the new build must give the same words on the real ``clitics/counts.tsv``
and on a small table that reaches every branch.
"""

from __future__ import annotations

from arabicnews.arabic.clitics import read_counts
from arabicnews.stages.quantities import lexicon
from arabicnews.stages.quantities.lexicon import (
    ARTICLE,
    NEVER_DEFINITE_MIN,
    PRONOUN_SUFFIXES,
    in_ha,
    never_definite,
    preposition_forms,
)


def _old_in_ha(word_counts: dict[str, int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w, n in word_counts.items():
        k = w.replace("ة", "ه")
        counts[k] = counts.get(k, 0) + n
    return counts


def _old_suffixed_nouns(counts: dict[str, int]) -> set[str]:
    out: set[str] = set()
    for w, n in counts.items():
        sfx = next((x for x in PRONOUN_SUFFIXES if w.endswith(x) and len(w) > len(x) + 1), None)
        if sfx is None or (sfx == "ه" and n < counts.get(w[:-1] + "ة", 0)):
            continue
        stem = w[: -len(sfx)]
        stems = {
            stem,
            stem[:-1] + "ة" if stem.endswith("ت") else stem,
            stem[:-1] + "ء" if stem.endswith(("ئ", "ؤ")) else stem,
        }
        if any(ARTICLE + x in counts for x in stems):
            out.add(w.replace("ة", "ه"))
    return out


def _old_never_definite(counts: dict[str, int], known: frozenset[str]) -> frozenset[str]:
    freq = _old_in_ha(counts)
    definite = {w[2:]: n for w, n in freq.items() if w.startswith(ARTICLE)}
    suffixed = _old_suffixed_nouns(counts)
    return frozenset(
        w
        for w, n in freq.items()
        if n >= NEVER_DEFINITE_MIN
        and len(w) >= 3
        and not w.startswith(ARTICLE)
        and not w.endswith("ي")
        and w not in definite
        and not (w.endswith("ا") and w[:-1] in definite)
        and definite.get(w + "ي", 0) < n
        and w not in suffixed
        and w not in known
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


def test_suffixed_nouns_as_before_on_a_small_table() -> None:
    assert (
        lexicon._suffixed_nouns(SMALL)
        == _old_suffixed_nouns(SMALL)
        == {
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
    )


def test_never_definite_as_before_on_a_small_table() -> None:
    known = frozenset({"كلم"})
    expected = frozenset({"بقياده", "منهما", "لها", "تمت", "مدينه"})
    assert never_definite(SMALL, known) == _old_never_definite(SMALL, known) == expected
    assert never_definite(SMALL, known, in_ha(SMALL)) == expected
    assert in_ha(SMALL) == _old_in_ha(SMALL)
    assert list(in_ha(SMALL)) == list(_old_in_ha(SMALL))  # the same order, too


def test_the_lexicons_from_the_real_counts_as_before() -> None:
    counts = read_counts()
    freq = in_ha(counts)
    assert freq == _old_in_ha(counts)
    assert list(freq) == list(_old_in_ha(counts))
    assert lexicon._suffixed_nouns(counts) == _old_suffixed_nouns(counts)
    lx = lexicon.lexicons()
    known = frozenset({"كلم", "جيجا"})
    assert never_definite(counts, known) == _old_never_definite(counts, known)
    assert lx.preposition_forms == preposition_forms(_old_in_ha(counts))
    assert "تمت" in lx.never_definite and "كلم" not in lx.never_definite
