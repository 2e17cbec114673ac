"""The construct rules in context on the clitic dev sets, with leave-one-set-out (issue 19, session 16).

:data:`~arabicnews.arabic.clitics.CONSTRUCT_RULES` undoes a split stem + my ي before a definite noun
(«وزارتي التعليم»); the tokenizer applies it, but the dev sets are scored word by word
(``benchmarks/clitic_pooled.py``), so here each word is given its real next token, as
``benchmarks/clitic_context_probe.py`` does: the WikiNews dev folds (the file's next line, each
fold's model as ``--split dev`` builds it) and dev2 to dev6 (the next token in the article). For each
value of ``_CONSTRUCT_CONTEXT_RATIO`` (``inf``: the rules off) it prints each set's words F1 and the
words that change; then each set is held out in turn, the value chosen on the pooled words F1 of the
other five (ties to the value listed first) and the held-out set's words F1 printed.

Usage: python benchmarks/clitic_construct_context.py [--values inf,0.1,0.05,0.02,0.01] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from clitic_context_probe import dev2_words, dev_words  # noqa: E402

from arabicnews.arabic import clitics  # noqa: E402
from arabicnews.arabic.clitics import CONSTRUCT_RULES, CliticModel, ConstructContext, analyse_word, count_key  # noqa: E402
from arabicnews.core.normalize import normalize  # noqa: E402
from arabicnews.evaluate.scores import precision_recall_f1  # noqa: E402
from arabicnews.evaluate.segmentation import (  # noqa: E402
    ARABIC_RUN,
    FOLDS,
    cuts,
    dev_model,
    read_wikinews_surfaces,
    score_splits,
    split_wikinews,
)
from arabicnews.evaluate.tokens_dev2 import (  # noqa: E402
    default_dev2_path,
    default_dev3_path,
    default_dev4_path,
    default_dev5_path,
    default_dev6_path,
)

Word = tuple[str, frozenset[int], str | None]
Words = tuple[int, int, int]


def decide(model: CliticModel, word: str, nxt: str | None) -> frozenset[int]:
    """The word's cuts as the tokenizer makes them with the next token ``nxt`` after it."""
    a = analyse_word(model, word)
    norm = normalize(word)
    n = len(norm)
    if a.enclitic_len == 1 and norm.endswith("ي") and n - 1 > a.proclitic_len:
        after = nxt if nxt is not None and ARABIC_RUN.fullmatch(nxt) else ""
        context = ConstructContext(
            model, norm[a.proclitic_len : -1], normalize(after), count_key(after) if after else ""
        )
        decided = CONSTRUCT_RULES.first(context)
        if decided is not None and decided[1]:
            return cuts(n, a.proclitic_len, 0)
    return cuts(n, a.proclitic_len, a.enclitic_len)


def score(items: list[tuple[CliticModel, Word]], changed: list[str], off: list[frozenset[int]] | None) -> Words:
    """Words (correct, system, gold) of the items; the words whose cuts differ from ``off`` are listed."""
    triples = []
    for i, (model, (word, gold, nxt)) in enumerate(items):
        got = decide(model, word, nxt)
        if off is not None and got != off[i]:
            changed.append(
                f"{'right' if got == gold else 'wrong' if off[i] == gold else 'still wrong'} {word} next: {nxt}"
            )
        triples.append((gold, got, len(normalize(word))))
    return score_splits(triples).words


def pool(scores: dict[str, Words], names: list[str]) -> Words:
    """The sets' words (correct, system, gold) summed."""
    return (
        sum(scores[n][0] for n in names),
        sum(scores[n][1] for n in names),
        sum(scores[n][2] for n in names),
    )


def f1(w: Words) -> float:
    return precision_recall_f1(w[0], w[1], w[0], w[2])[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--values", default="inf,0.1,0.05,0.02,0.01,0.005")
    args = parser.parse_args()
    base = clitics.load_model()
    sets: dict[str, list[tuple[CliticModel, Word]]] = {"dev": []}
    surfaces = read_wikinews_surfaces(args.data_dir)
    words = dev_words(args.data_dir)
    for fold in range(FOLDS):
        train, dev = split_wikinews(surfaces, fold)
        model = dev_model(train, dev, base)
        sets["dev"] += [(model, w) for f, w in words if f == fold]
    for name, path in (
        ("dev2", default_dev2_path()),
        ("dev3", default_dev3_path()),
        ("dev4", default_dev4_path()),
        ("dev5", default_dev5_path()),
        ("dev6", default_dev6_path()),
    ):
        sets[name] = [(base, w) for w in dev2_words(args.data_dir, path)]
    values = [float(v) for v in args.values.split(",")]
    shipped = clitics._CONSTRUCT_CONTEXT_RATIO
    table: dict[float, dict[str, Words]] = {}
    clitics._CONSTRUCT_CONTEXT_RATIO = float("inf")
    offs = {name: [decide(m, w[0], w[2]) for m, w in items] for name, items in sets.items()}
    for v in values:
        clitics._CONSTRUCT_CONTEXT_RATIO = v
        table[v] = {}
        for name, items in sets.items():
            changed: list[str] = []
            table[v][name] = score(items, changed, offs[name])
            for line in changed:
                print(f"  {v} {name}: {line}")
        cells = " ".join(f"{name} {100 * f1(w):.3f}" for name, w in table[v].items())
        print(f"ratio {v}: {cells} pooled {100 * f1(pool(table[v], list(sets))):.3f}")
    clitics._CONSTRUCT_CONTEXT_RATIO = shipped
    for held in sets:
        rest = [s for s in sets if s != held]
        best = max(values, key=lambda v: (f1(pool(table[v], rest)), -values.index(v)))
        chosen, off = 100 * f1(table[best][held]), 100 * f1(table[values[0]][held])
        print(f"held out {held}: chosen {best}, {chosen:.3f} (off {off:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
