"""What the entity tagger gets wrong on the development sets, and how much each kind of error costs.

Run with a pass-1 model (trained without the development sentences)::

    python -m arabicnews.train ner --dev-only --dev-model /tmp/dev.json.gz
    python benchmarks/ner_errors.py --model /tmp/dev.json.gz

Never with the shipped model: pass 2 trains on the development sentences. The development sets are
those of the training command (ANERcorp's last tenth of train, AQMAR dev); no test split is read.

Every gold entity that is not found exactly is put in one class:

- ``label``: a predicted entity has its exact span but another label;
- ``boundary``: a predicted entity of the same label overlaps it with another span;
- ``bound+label``: only predicted entities of other labels and spans overlap it;
- ``missed``: no predicted entity overlaps it; split by whether its words were in the training
  sentences: ``unseen`` (none of its stems), ``partly`` (some), ``seen`` (all of them);

and every predicted entity that is not right is ``spurious`` when it overlaps no gold entity (the
others are the other side of a boundary or label error). ``if fixed`` is the micro F1 with the
errors of that class alone corrected (the gold tags put in place of the predicted ones over the
gold entity and the predicted entities that overlap it; spurious entities set to ``O``), which says
how much F1 each class costs. ``--lists`` also reports how many gold entities each gazetteer file
would match word for word, by label and among the missed ones (the coverage a list can add).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from arabicnews.evaluate.corpora import TaggedSentence, default_data_dir
from arabicnews.evaluate.ner import load_model, score_spans
from arabicnews.stages.entities.bio import ENTITY_LABELS, bio_spans
from arabicnews.stages.entities.features import Gazetteer
from arabicnews.stages.entities.perceptron import NerModel
from arabicnews.train.ner import load_training

Span = tuple[int, int, str]
CLASSES = ("label", "boundary", "bound+label", "missed:unseen", "missed:partly", "missed:seen")


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def classify(gold: Span, predicted: Sequence[Span], stems: Sequence[str], seen: set[str]) -> str:
    """The error class of a gold entity that is not predicted exactly (see the module docstring)."""
    over = [p for p in predicted if overlaps(gold, p)]
    if any(p[:2] == gold[:2] for p in over):
        return "label"
    if any(p[2] == gold[2] for p in over):
        return "boundary"
    if over:
        return "bound+label"
    known = sum(stems[i] in seen for i in range(gold[0], gold[1]))
    if known == 0:
        return "missed:unseen"
    return "missed:seen" if known == gold[1] - gold[0] else "missed:partly"


def corrected(gold_tags: Sequence[str], pred_tags: Sequence[str], fix: Sequence[Span]) -> list[str]:
    """``pred_tags`` with the gold tags put over each gold span of ``fix`` and the predictions overlapping it."""
    out = list(pred_tags)
    predicted = bio_spans(pred_tags)
    for g in fix:
        lo, hi = g[0], g[1]
        for p in predicted:
            if overlaps(g, p):
                lo, hi = min(lo, p[0]), max(hi, p[1])
        for i in range(lo, hi):
            out[i] = gold_tags[i] if g[0] <= i < g[1] else "O"
    return out


def analyse(
    model: NerModel,
    name: str,
    sentences: Sequence[TaggedSentence],
    seen: set[str],
    propagate: bool,
    lists: dict[str, Gazetteer],
    examples: int,
) -> None:
    if propagate:
        predicted = [tags for tags, _ in model.tag_document([s.tokens for s in sentences])]
    else:
        predicted = [model.tag(s.tokens)[0] for s in sentences]
    golds = [s.tags for s in sentences]
    base = score_spans(golds, predicted)["micro"]
    by_label: dict[str, Counter[str]] = {label: Counter() for label in ENTITY_LABELS}
    fixes: dict[str, list[list[Span]]] = {c: [[] for _ in sentences] for c in CLASSES}
    spurious: list[list[Span]] = [[] for _ in sentences]
    missed_words: dict[str, Counter[str]] = {label: Counter() for label in ENTITY_LABELS}
    spurious_words: Counter[str] = Counter()
    coverage: dict[str, Counter[str]] = {f: Counter() for f in lists}
    for k, (s, tags) in enumerate(zip(sentences, predicted, strict=True)):
        stems = [model.extract.info(w).stem for w in s.tokens]
        norms = [model.extract.info(w).norm for w in s.tokens]
        gold, pred = bio_spans(s.tags), bio_spans(tags)
        gold_set, pred_set = set(gold), set(pred)
        matched = {f: {(a, b) for a, b, _ in bio_spans(gaz_bio(g.tag(stems, norms)))} for f, g in lists.items()}
        for g in gold:
            counts = by_label[g[2]]
            counts["gold"] += 1
            for f, spans in matched.items():
                if g[:2] in spans:
                    coverage[f][g[2]] += 1
            if g in pred_set:
                counts["right"] += 1
                continue
            c = classify(g, pred, stems, seen)
            counts[c] += 1
            fixes[c][k].append(g)
            if c.startswith("missed"):
                missed_words[g[2]][" ".join(s.tokens[g[0] : g[1]])] += 1
                for f, spans in matched.items():
                    if g[:2] in spans:
                        coverage[f]["missed:" + g[2]] += 1
        for p in pred:
            if p not in gold_set and not any(overlaps(p, g) for g in gold):
                by_label[p[2]]["spurious"] += 1
                spurious[k].append(p)
                spurious_words[p[2] + " " + " ".join(s.tokens[p[0] : p[1]])] += 1
    how = "with" if propagate else "without"
    print(f"\n== {name} dev: {len(sentences)} sentences, micro F1 {100 * base.f1:.2f} "
          f"(P {100 * base.precision:.2f}, R {100 * base.recall:.2f}; {how} propagation)")  # fmt: skip
    cols = ("gold", "right", *CLASSES, "spurious")
    print(f"{'label':<6}" + "".join(f"{c:>15}" for c in cols))
    total: Counter[str] = Counter()
    for label, counts in by_label.items():
        total.update(counts)
        print(f"{label:<6}" + "".join(f"{counts[c]:>15}" for c in cols))
    print(f"{'all':<6}" + "".join(f"{total[c]:>15}" for c in cols))
    errors = sum(total[c] for c in CLASSES)
    print(f"gold entities not found exactly: {errors}; share by class: "
          + ", ".join(f"{c} {100 * total[c] / max(errors, 1):.1f}%" for c in CLASSES))  # fmt: skip
    print("micro F1 if one class of errors were fixed:")
    for c in CLASSES:
        fixed = [corrected(g, p, f) for g, p, f in zip(golds, predicted, fixes[c], strict=True)]
        print(f"  {c:<14} {100 * score_spans(golds, fixed)['micro'].f1:6.2f}")
    cleaned = [corrected(["O"] * len(p), p, f) for p, f in zip(predicted, spurious, strict=True)]
    print(f"  {'spurious':<14} {100 * score_spans(golds, cleaned)['micro'].f1:6.2f}")
    for f, counts in coverage.items():
        print(f"gold entities matched word for word by {f}: "
              + ", ".join(f"{label} {counts[label]}/{by_label[label]['gold']}" for label in ENTITY_LABELS)
              + "; among the missed: "
              + ", ".join(f"{label} {counts['missed:' + label]}/"
                          f"{sum(by_label[label][c] for c in CLASSES if c.startswith('missed'))}"
                          for label in ENTITY_LABELS))  # fmt: skip
    if examples:
        for label, words in missed_words.items():
            print(f"missed {label}: " + ", ".join(f"{w} ({n})" if n > 1 else w for w, n in words.most_common(examples)))
        print("spurious: " + ", ".join(f"{w} ({n})" if n > 1 else w for w, n in spurious_words.most_common(examples)))


def gaz_bio(classes: Sequence[str]) -> list[str]:
    """Gazetteer classes as BIO tags of one label (``X`` for a one-word entry, ``B-X``/``I-X`` for more)."""
    out = []
    for c in classes:
        if not c or c.startswith(("T-", "I-T-", "B-T-")):
            out.append("O")
        elif c.startswith(("B-", "I-")):
            out.append(c[:2] + "X")
        else:
            out.append("B-X")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", type=Path, required=True, help="a pass-1 model (the training command's --dev-model)")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data")
    parser.add_argument("--propagate", action="store_true", help="tag whole documents, with name propagation")
    parser.add_argument("--lists", default="", help="comma-separated gazetteer files in data/ner/ to measure coverage")
    parser.add_argument("--examples", type=int, default=15, help="most frequent missed and spurious names to show")
    args = parser.parse_args(argv)
    model = load_model(args.model)
    train, dev = load_training(args.data_dir or default_data_dir(), ("anercorp", "aqmar"))
    seen = {model.extract.info(w).stem for s in train for w in s.tokens}
    lists = {f: Gazetteer.load(("ner/" + f,)) for f in args.lists.split(",") if f}
    for name, sentences in dev.items():
        analyse(model, name, sentences, seen, args.propagate, lists, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
