"""Probe a context step for the construct rule (issue 19, session 9, third round; no code shipped).

The step probed: a word in ي that the rule 'a word in ي seen as often in ين is a construct form'
kept whole (the model with ``construct_form_ratio`` off splits its ي) is split at its ي after all
when the next token says it cannot be a construct form: punctuation, the end of the text, a relative
pronoun («فكري الذي»), or (the wider variant) a standalone preposition or pronoun («طريقتي في»,
«ومهمتي هي»). A following word otherwise keeps the construct reading.

The dev sets are scored word by word, so the step is applied here with each word's real next token:
the WikiNews dev folds (the next line of ``WikiNews.pos.ref``, each fold's model as ``--split dev``
builds it), dev2 and dev3 (the next token in the article). Then the snapshot texts
(``benchmarks/snapshot.py``: seeds and 4 x 300 SaudiNewsNet articles) are tokenized and every
occurrence the step would re-split is printed with its context, to read.

Usage: python benchmarks/clitic_context_probe.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import regex
from attrs import evolve

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from snapshot import texts  # noqa: E402

from arabicnews.arabic.clitics import CliticModel, analyse_word, load_model  # noqa: E402
from arabicnews.core.normalize import normalize  # noqa: E402
from arabicnews.evaluate.segmentation import (  # noqa: E402
    ARABIC_RUN,
    FOLDS,
    SplitScores,
    cuts,
    dev_model,
    read_wikinews_surfaces,
    score_splits,
    split_wikinews,
    wikinews_path,
)
from arabicnews.evaluate.tokens_dev2 import default_dev2_path, default_dev3_path, dev2_excerpts, read_dev2  # noqa: E402
from arabicnews.stages.tokens import tokenize  # noqa: E402

RELATIVES = frozenset(
    normalize(w)
    for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي")
)
PREPOSITIONS = frozenset(
    normalize(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "منذ", "حتى", "لدى", "عند", "هو", "هي", "هم")
)
_LETTER_OR_DIGIT = regex.compile(r"\p{L}|\p{N}")
_NEXT = regex.compile(r"\s*([\p{L}\p{M}\p{N}]+|\S)")

Item = tuple[frozenset[int], frozenset[int], frozenset[int], int, str, str | None]
"""Gold cuts, cuts before the step, cuts after it, the word's length, the word, its next token."""


def context(nxt: str | None) -> str:
    """``end``, ``punct``, ``rel``, ``prep`` or ``word``: what the next token is."""
    if nxt is None:
        return "end"
    if not _LETTER_OR_DIGIT.search(nxt):
        return "punct"
    key = normalize(nxt)
    return "rel" if key in RELATIVES else "prep" if key in PREPOSITIONS else "word"


def construct_kept(model: CliticModel, off: CliticModel, word: str) -> bool:
    """Whether the construct rule kept ``word`` whole (the model without it splits the ي)."""
    return (
        normalize(word).endswith("ي")
        and analyse_word(model, word).enclitic_len == 0
        and analyse_word(off, word).enclitic_len == 1
    )


def without_construct(model: CliticModel) -> CliticModel:
    """``model`` with the construct-form rule off."""
    return evolve(model, rule_params={**model.rule_params, "construct_form_ratio": float("inf")})


def step_items(
    model: CliticModel, words: Iterable[tuple[str, frozenset[int], str | None]], contexts: frozenset[str]
) -> list[Item]:
    """Each word's gold cuts and its cuts before and after the step (re-split in ``contexts``)."""
    off = without_construct(model)
    out: list[Item] = []
    for word, gold, nxt in words:
        a = analyse_word(model, word)
        n = len(normalize(word))
        before = cuts(n, a.proclitic_len, a.enclitic_len)
        after = before
        if context(nxt) in contexts and construct_kept(model, off, word):
            b = analyse_word(off, word)
            after = cuts(n, b.proclitic_len, b.enclitic_len)
        out.append((gold, before, after, n, word, nxt))
    return out


def dev_words(data_dir: Path) -> list[tuple[int, tuple[str, frozenset[int], str | None]]]:
    """The WikiNews words with their fold and next token (the file's next line)."""
    lines = wikinews_path(data_dir).read_text(encoding="utf-8").splitlines()[1:]
    surfaces = read_wikinews_surfaces(data_dir)
    tokens = ["".join(p[0].split("+")) if len(p := line.split("\t")) == 2 else None for line in lines]
    nexts: list[str | None] = []
    for i, line in enumerate(lines):
        parts = line.split("\t")
        tok = tokens[i]
        if tok is not None and len(parts[0].split("+")) == len(parts[1].split("+")) and ARABIC_RUN.fullmatch(tok):
            nexts.append(tokens[i + 1] if i + 1 < len(tokens) else None)
    if len(nexts) != len(surfaces):
        raise ValueError(f"{len(nexts)} next tokens for {len(surfaces)} WikiNews words")
    n = len(surfaces)
    out: list[tuple[int, tuple[str, frozenset[int], str | None]]] = []
    for i, (word, (norm, _ta, n_pro, n_enc)) in enumerate(surfaces):
        fold = (i * 2 * FOLDS // max(1, n)) % FOLDS
        out.append((fold, (word, cuts(len(norm), n_pro, n_enc), nexts[i])))
    return out


def dev2_words(data_dir: Path, gold_path: Path) -> list[tuple[str, frozenset[int], str | None]]:
    """A dev2-format set's words with their gold cuts and next token in the article."""
    words = read_dev2(data_dir, gold_path)
    nexts: list[str | None] = []
    for g, text in dev2_excerpts(data_dir, gold_path):
        skip = {(int(s), int(e)) for s, e in g["skip"]}
        for m in ARABIC_RUN.finditer(text):
            if m.span() not in skip:
                t = _NEXT.match(text, m.end())
                nexts.append(t.group(1) if t else None)
    if len(nexts) != len(words):
        raise ValueError(f"{len(nexts)} next tokens for {len(words)} words of {gold_path}")
    return [(w.text, w.cuts, nxt) for w, nxt in zip(words, nexts, strict=True)]


def show(label: str, items: list[Item]) -> SplitScores:
    """Print the scores before and after the step and each word it changes."""
    before = score_splits((g, b, n) for g, b, _a, n, _w, _x in items)
    after = score_splits((g, a, n) for g, _b, a, n, _w, _x in items)
    print(f"{label}: {before.format('before')}\n{' ' * len(label)}  {after.format('after')}")
    for g, b, a, _n, w, x in items:
        if a != b:
            print("   ", "right" if a == g else "wrong" if b == g else "still wrong", w, "next:", x)
    return after


def main() -> int:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    base = load_model()
    words = dev_words(data_dir)
    surfaces = read_wikinews_surfaces(data_dir)
    for name, contexts in (
        ("punct/end/rel", frozenset({"punct", "end", "rel"})),
        ("punct/end/rel/prep", frozenset({"punct", "end", "rel", "prep"})),
    ):
        print(f"== the step in contexts {name}")
        items: list[Item] = []
        for fold in range(FOLDS):
            train, dev = split_wikinews(surfaces, fold)
            items += step_items(dev_model(train, dev, base), (w for f, w in words if f == fold), contexts)
        show("dev", items)
        show("dev2", step_items(base, dev2_words(data_dir, default_dev2_path()), contexts))
        show("dev3", step_items(base, dev2_words(data_dir, default_dev3_path()), contexts))
    print("== snapshot texts: words the construct rule keeps whole, by next token")
    off = without_construct(base)
    kept: dict[str, bool] = {}
    by_context: Counter[str] = Counter()
    for text in texts(data_dir, ROOT.parent / "shared" / "seeds"):
        toks = tokenize(text)
        for i, tok in enumerate(toks):
            word = text[tok.start : tok.end]
            if not ARABIC_RUN.fullmatch(word):
                continue
            if word not in kept:
                kept[word] = construct_kept(base, off, word)
            if not kept[word]:
                continue
            nxt = text[toks[i + 1].start : toks[i + 1].end] if i + 1 < len(toks) else None
            where = context(nxt)
            by_context[where] += 1
            if where != "word":
                line = text[max(0, tok.start - 40) : tok.end + 25].replace("\n", " / ")
                print(f"  {where:5} {word} | {line}")
    print("  by next token:", dict(sorted(by_context.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
