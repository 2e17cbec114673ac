"""Experiment (issue 14): a learned step for where an attribution's source starts and ends.

The candidates, features and ranker are those of the pipeline's step,
``arabicnews/stages/attribution/learned.py`` (its docstring says what they are); this script trains
and checks them. The weights are an averaged perceptron (on mistakes, or with ``--update-margin`` a
margin perceptron).

Trained and scored on the tuning sets only (``TUNING`` of ``benchmarks/attribution_pooled.py``: dev ..
dev23 of ``benchmarks/attribution_gold*.jsonl`` from session 25); the held-out splits and the reserved sets
(``dev24`` from session 25) are refused. By
default, leave-one-set-out: trained on all sets but one and scored on that one, for every set,
against the rules alone on the same articles, with the counts of ``benchmarks/attribution_eval.py`` (the
folds dev19 .. dev23, the least tuned, also summed apart). ``--variants`` prints, per
fold, how many sources each variant of the features, epochs and margin changed, fixed and broke. ``--oracle`` prints how
many rules' errors have the annotated span among the candidates at all (the ceiling of this lever).
``--unseen N`` trains on all the sets and prints N sources it moves in the snapshot texts. ``--write
PATH`` trains on all the sets and writes the weights the pipeline reads.

Results: docs/history/attribution.md, "A learned source-boundary step" (session 9, dev..dev4: not shipped),
"Session 12 (attr14n)" (dev..dev10, with the options below), attr14r (eleven folds: off by default) and
"attr19a" (session 19, seventeen folds).

Usage::

    python benchmarks/attribution_sources_cv.py [--data ../shared/data] [--variants] [--oracle]
    # the shipped weights (arabicnews/data/attribution/source_weights.tsv):
    python benchmarks/attribution_sources_cv.py --into-content --entities --shapes --epochs 3 \
        --update-margin 1 --margin 1 --write arabicnews/data/attribution/source_weights.tsv
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from attrs import frozen

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from attribution_eval import GOLD_FILES, Result, evaluate_records, load_articles, load_gold  # noqa: E402
from attribution_pooled import TUNING  # noqa: E402

from arabicnews.core.document import Document  # noqa: E402
from arabicnews.core.pipeline import Pipeline  # noqa: E402
from arabicnews.model.attribution import Attribution  # noqa: E402
from arabicnews.stages.attribution.engine import _Analysis  # noqa: E402
from arabicnews.stages.attribution.learned import (  # noqa: E402
    WEIGHTS_FILE,
    Pair,
    best,
    content_after,
    features,
    options,
    pairs,
    with_sources,
)
from arabicnews.stages.attribution.lexicon import lexicon  # noqa: E402
from arabicnews.stages.attribution.stage import AttributionStage, attributions_of  # noqa: E402
from arabicnews.stages.quantities.stage import QuantityStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

TRAIN_SPLITS = TUNING
"""The tuning sets, as ``benchmarks/attribution_pooled.py`` lists them: the only splits this script reads
(session 9 used the first four, session 12 dev..dev10 and dev12, session 19 all seventeen, session 20 eighteen,
session 22 twenty, session 23 twenty-one, session 24 twenty-two, session 25 twenty-three)."""
LESS_TUNED = ("dev19", "dev20", "dev21", "dev22", "dev23")
"""The folds least fitted by the rules (the last five sets to become tuning sets): summed apart."""
HELD_OUT = ("heldout", "old_heldout", "dev24")
EPOCHS = 10
SEED = 14


# -- the stage with the step -------------------------------------------------------------------


class LearnedSources(AttributionStage):
    """The attributions stage, then the ranker on each attribution's sources."""

    def __init__(
        self,
        weights: Mapping[str, float],
        margin: float = 0.0,
        into_content: bool = False,
        shapes: bool = False,
        stops: bool = False,
    ) -> None:
        self.weights = weights
        self.margin = margin
        self.into_content = into_content
        self.shapes = shapes
        self.stops = stops

    def __call__(self, doc: Document, /) -> Document:
        found = attributions_of(doc, learned=False)
        if not self.weights or not found:
            return doc.with_layer("attributions", found, validate=False)
        ix = _Analysis(doc, lexicon(), None)
        out = []
        for att in found:
            opts = options(ix, att, self.into_content, self.shapes, self.stops)
            if opts is not None:
                s, e = best(self.weights, opts, self.margin)
                if (s, e) != (opts.a, opts.b):
                    att = with_sources(doc.text, att, ix.split_sources(s, e), content_after(ix, opts, e))
            out.append(att)
        out.sort(key=lambda att: (att.start, att.end))
        return doc.with_layer("attributions", tuple(out), validate=False)


def pipeline(
    weights: Mapping[str, float],
    margin: float = 0.0,
    into_content: bool = False,
    entities: bool = False,
    shapes: bool = False,
    stops: bool = False,
) -> Pipeline:
    """The pipeline of ``benchmarks/attribution_eval.py``, the step added to its attributions (with
    ``entities``, that of its ``--entities``)."""
    stages: list[Any] = [TokenizerStage(), SentenceStage(), QuantityStage()]
    if entities:
        stages.append(_entity_stage())
    return Pipeline([*stages, LearnedSources(weights, margin, into_content, shapes, stops)])


@cache
def _entity_stage() -> Any:
    from arabicnews.stages.entities.stage import EntityStage

    return EntityStage()


# -- training ----------------------------------------------------------------------------------


@frozen
class Example:
    """One attribution's candidates: the features of each, and which give the annotated sources
    (candidate 0 is the rules' span; ``right`` is empty when no candidate is right)."""

    split: str
    candidates: tuple[tuple[str, ...], ...]
    right: tuple[int, ...]


def dev_records(paths: Sequence[Path] = GOLD_FILES, splits: Sequence[str] = TRAIN_SPLITS) -> list[dict[str, Any]]:
    """The annotated articles of the development ``splits`` (a held-out split is refused)."""
    bad = set(splits) & set(HELD_OUT)
    if bad:
        raise SystemExit(f"the held-out splits are never read here: {sorted(bad)}")
    return [g for g in load_gold(paths) if g.get("split") in splits and not g.get("negatives_only")]


def _overlap(a: Pair, b: Pair) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pair_gold(preds: Sequence[Attribution], golds: Sequence[Mapping[str, Any]]) -> list[Pair]:
    """(gold, predicted) index pairs by overlapping cues, as ``attribution_eval.py`` pairs them."""
    used: set[int] = set()
    out = []
    for gi, g in enumerate(golds):
        gc = (g["cue"][0], g["cue"][1])
        match = next((i for i, p in enumerate(preds) if i not in used and _overlap((p.cue.start, p.cue.end), gc)), None)
        if match is not None:
            used.add(match)
            out.append((gi, match))
    return out


def collect(
    records: Sequence[Mapping[str, Any]],
    texts: Callable[[Mapping[str, Any]], str],
    into_content: bool = False,
    entities: bool = False,
    shapes: bool = False,
    stops: bool = False,
) -> list[Example]:
    """One example per paired attribution whose sources can move (with ``entities``, the entity
    tagger runs first, and its labels are features)."""
    base = Pipeline([TokenizerStage(), SentenceStage()])
    if entities:
        base = Pipeline([TokenizerStage(), SentenceStage(), _entity_stage()])
    out: list[Example] = []
    for rec in records:
        doc = base(texts(rec))
        preds = attributions_of(doc, learned=False)
        ix = _Analysis(doc, lexicon(), None)
        for gi, pi in pair_gold(preds, rec["attributions"]):
            opts = options(ix, preds[pi], into_content, shapes, stops)
            if opts is None:
                continue
            gold = tuple((s, e) for s, e in rec["attributions"][gi]["sources"])
            cands = pairs(opts)
            got = [
                tuple((x.start, x.end) for x in (preds[pi].sources if n == 0 else ix.split_sources(s, e)))
                for n, (s, e) in enumerate(cands)
            ]
            right = tuple(n for n, g in enumerate(got) if g == gold)
            feats = tuple(tuple(features(opts, s, e)) for s, e in cands)
            out.append(Example(str(rec["split"]), feats, right))
    return out


def train(
    examples: Sequence[Example], epochs: int = EPOCHS, seed: int = SEED, update_margin: float = 0.0
) -> dict[str, float]:
    """Averaged-perceptron weights that rank a right candidate of each example first (examples with
    no right candidate teach nothing).

    With ``update_margin``, a margin perceptron: it also learns from an example whose best right
    candidate leads the best wrong one by less than the margin.
    """
    usable = [ex for ex in examples if ex.right]
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)  # each weight summed over the steps before its last change
    stamp: dict[str, int] = defaultdict(int)
    order = list(range(len(usable)))
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            step += 1
            ex = usable[n]
            scores = [sum(w.get(f, 0.0) for f in fs) for fs in ex.candidates]
            guess = max(range(len(scores)), key=lambda k: (scores[k], k == 0))
            gold = max(ex.right, key=lambda k: scores[k])
            if update_margin:
                wrong = [k for k in range(len(scores)) if k not in ex.right]
                if not wrong:
                    continue
                guess = max(wrong, key=lambda k: scores[k])
                if scores[guess] <= scores[gold] - update_margin:
                    continue
            elif guess in ex.right:
                continue
            for f, d in [(f, 1.0) for f in ex.candidates[gold]] + [(f, -1.0) for f in ex.candidates[guess]]:
                total[f] += (step - stamp[f]) * w[f]
                stamp[f] = step
                w[f] += d
    step += 1
    avg = {f: (total[f] + (step - stamp[f]) * v) / step for f, v in w.items()}
    return {f: v for f, v in avg.items() if v}


def changes(weights: Mapping[str, float], examples: Iterable[Example], margin: float = 0.0) -> tuple[int, int, int]:
    """How many examples the weights move off the rules' span, how many of those they fix and how
    many they break (the rules were right)."""
    moved = fixed = broke = 0
    for ex in examples:
        scores = [sum(weights.get(f, 0.0) for f in fs) - (margin if n else 0.0) for n, fs in enumerate(ex.candidates)]
        guess = max(range(len(scores)), key=lambda k: (scores[k], k == 0))
        if guess:
            moved += 1
            fixed += guess in ex.right
            broke += 0 in ex.right
    return moved, fixed, broke


VARIANTS: dict[str, Callable[[str], bool]] = {
    "all features": lambda f: True,
    "no word forms": lambda f: "w=" not in f,
    "no word forms, no added/cut classes": lambda f: "w=" not in f and not f.startswith(("SADD", "SRM", "ADD:", "RM:")),
    "edges only (no offsets from the rules)": lambda f: f.startswith(("F:", "P:", "L:", "N:", "len=")),
}


def restrict(examples: Sequence[Example], keep: Callable[[str], bool]) -> list[Example]:
    return [
        Example(ex.split, tuple(tuple(f for f in fs if keep(f)) for fs in ex.candidates), ex.right) for ex in examples
    ]


# -- reports -----------------------------------------------------------------------------------


def _f1(r: Result, what: str) -> str:
    s = getattr(r, what)
    p = s.exact_tp / s.n_pred if s.n_pred else 0.0
    q = s.exact_tp / s.n_gold if s.n_gold else 0.0
    return f"{200 * p * q / (p + q) if p + q else 0.0:.1f}"


def _add(total: Result, got: Result) -> None:
    for what in ("cue", "src", "con"):
        mine, theirs = getattr(total, what), getattr(got, what)
        mine.exact_tp += theirs.exact_tp
        mine.n_pred += theirs.n_pred
        mine.n_gold += theirs.n_gold


def cross_validate(
    records: Sequence[dict[str, Any]],
    examples: Sequence[Example],
    data: Path,
    margin: float = 0.0,
    into_content: bool = False,
    entities: bool = False,
    shapes: bool = False,
    epochs: int = EPOCHS,
    update_margin: float = 0.0,
    stops: bool = False,
) -> str:
    """Leave one development set out in turn: the rules alone and the model, on its articles.

    The sum adds the counts of the folds: each article is scored by weights that did not see it.
    """
    lines = [
        "| fold | cue rules | cue model | source rules | source model | content rules | content model "
        "| sources moved / fixed / broken |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total_rules, total_model = Result(), Result()
    less_rules, less_model = Result(), Result()
    for split in TRAIN_SPLITS:
        recs = [r for r in records if r["split"] == split]
        weights = train([ex for ex in examples if ex.split != split], epochs, update_margin=update_margin)
        rules = evaluate_records(recs, data, pipeline({}, entities=entities))
        model = evaluate_records(recs, data, pipeline(weights, margin, into_content, entities, shapes, stops))
        _add(total_rules, rules)
        _add(total_model, model)
        if split in LESS_TUNED:
            _add(less_rules, rules)
            _add(less_model, model)
        moved = changes(weights, (ex for ex in examples if ex.split == split), margin)
        cells = [f"{_f1(rules, w)} | {_f1(model, w)}" for w in ("cue", "src", "con")]
        lines.append(f"| {split} | " + " | ".join(cells) + f" | {moved[0]} / {moved[1]} / {moved[2]} |")
    for name, (r, m) in (("+".join(LESS_TUNED), (less_rules, less_model)), ("sum", (total_rules, total_model))):
        cells = [f"{_f1(r, w)} | {_f1(m, w)}" for w in ("cue", "src", "con")]
        lines.append(f"| {name} | " + " | ".join(cells) + " | |")
    lines.append("")
    for name, (r, m) in (("+".join(LESS_TUNED), (less_rules, less_model)), ("sum", (total_rules, total_model))):
        counts = [f"{w} {_counts(r, w)} -> {_counts(m, w)}" for w in ("cue", "src", "con")]
        lines.append(f"{name} (exact / predicted / gold): " + "; ".join(counts))
    return "\n".join(lines)


def _counts(r: Result, what: str) -> str:
    s = getattr(r, what)
    return f"{s.exact_tp} / {s.n_pred} / {s.n_gold}"


def unseen(examples: Sequence[Example], data: Path, seeds: Path, show: int, args: argparse.Namespace) -> None:
    """The sources the weights trained on all the sets move in the texts of ``benchmarks/snapshot.py``
    (the default pipeline, entities included), the first ``show`` of them printed to read."""
    from snapshot import texts

    from arabicnews.stages.entities.stage import EntityStage

    weights = train(examples, args.epochs, update_margin=args.update_margin)
    step = LearnedSources(weights, args.margin, args.into_content, args.shapes, args.stops)
    ner, base = EntityStage(), Pipeline([TokenizerStage(), SentenceStage(), QuantityStage()])
    moved = atts = 0
    for n, text in enumerate(texts(data, seeds)):
        doc = ner(base(text))
        before = attributions_of(doc, learned=False)
        after = {(a.cue.start, a.cue.end): a for a in step(doc).attributions}  # the layer is in text order
        for old in before:
            new = after[(old.cue.start, old.cue.end)]
            atts += bool(old.sources)
            if old.sources == new.sources:
                continue
            moved += 1
            if moved <= show:
                cue = old.cue
                first = min([cue.start, *(x.start for x in old.sources)])
                last = max([cue.end, *(x.end for x in new.sources)])
                around = text[max(0, first - 20) : last + 60]
                was, now = [x.text for x in old.sources], [x.text for x in new.sources]
                print(f"{moved}. text {n}, «{cue.text}»: {was} -> {now}")
                print("   " + " ".join(around.split()))
    print(f"{moved} of {atts} attributions with a source moved")


def write_weights(path: Path, weights: Mapping[str, float], args: argparse.Namespace) -> None:
    """The weights as a tab-separated file, features sorted, with the command that made them."""
    keep = "" if args.keep == "all features" else f' --keep "{args.keep}"'
    opts = f"--epochs {args.epochs} --update-margin {args.update_margin:g}{keep} (the step's margin: {args.margin:g})"
    head = [
        f"# {WEIGHTS_FILE}: the learned source-boundary step's weights (arabicnews/stages/attribution/learned.py).",
        f"# Made by: python benchmarks/attribution_sources_cv.py --into-content --entities --shapes {opts} --write",
        f"# trained on the tuning sets {', '.join(TRAIN_SPLITS)}; see PROVENANCE.md.",
    ]
    rows = [f"{f}\t{w:.6g}" for f, w in sorted(weights.items()) if round(w, 6)]
    path.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} weights written to {path}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--variants", action="store_true", help="per variant: sources moved, fixed, broken per fold")
    ap.add_argument("--oracle", action="store_true", help="how many rules' errors a perfect ranker could fix")
    ap.add_argument(
        "--unseen", type=int, metavar="N", help="train on all the sets; print N sources it moves in the snapshot texts"
    )
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--margin", type=float, default=0.0, help="how much the rules' span must lose by to move")
    ap.add_argument(
        "--into-content", action="store_true", help="let a source run on into a content that starts right after it"
    )
    ap.add_argument("--entities", action="store_true", help="run the entity tagger first; its labels are features")
    ap.add_argument("--shapes", action="store_true", help="add the shape of each candidate (a letter per token)")
    ap.add_argument("--stops", action="store_true", help="with the guideline stops (tried, not kept)")
    ap.add_argument("--epochs", type=int, default=EPOCHS, help="training epochs of the table")
    ap.add_argument(
        "--keep",
        choices=sorted(VARIANTS),
        default="all features",
        help="train on this variant's features only (the other features get no weight)",
    )
    ap.add_argument("--write", type=Path, metavar="PATH", help="train on all the sets; write the weights to PATH")
    ap.add_argument(
        "--update-margin",
        type=float,
        default=0.0,
        help="train as a margin perceptron with this margin (0: on mistakes)",
    )
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}", file=sys.stderr)
        return 0
    records = dev_records()
    arts = load_articles(args.data, (r["file"] for r in records))
    examples = collect(
        records,
        lambda rec: str(arts[rec["file"]][rec["index"]]["content"]),
        args.into_content,
        args.entities,
        args.shapes,
        args.stops,
    )
    if args.keep != "all features":
        examples = restrict(examples, VARIANTS[args.keep])
    wrong = [ex for ex in examples if 0 not in ex.right]
    print(
        f"{len(records)} articles of {', '.join(TRAIN_SPLITS)}; {len(examples)} paired attributions whose sources "
        f"can move, {sum(len(ex.candidates) for ex in examples) / max(len(examples), 1):.1f} candidates each; "
        f"the rules' span is wrong in {len(wrong)}, and the annotated span is a candidate in "
        f"{sum(bool(ex.right) for ex in wrong)} of those"
    )
    if args.oracle:
        for split in TRAIN_SPLITS:
            fold = [ex for ex in wrong if ex.split == split]
            print(f"{split}: rules wrong {len(fold)}, reachable {sum(bool(ex.right) for ex in fold)}")
    if args.write is not None:
        write_weights(args.write, train(examples, args.epochs, update_margin=args.update_margin), args)
        return 0
    if args.unseen is not None:
        unseen(examples, args.data, args.seeds, args.unseen, args)
        return 0
    if args.variants:
        print(
            "\n| variant | update | epochs | margin | moved / fixed / broken (sum) "
            "| net per fold (" + ", ".join(TRAIN_SPLITS) + ") |"
        )
        print("|---|---|---|---|---|---|")
        settings = [(u, e, m) for u in (0.0, 1.0) for e in (1, 3, 10) for m in (0.0, 1.0, 2.0)]
        for name, keep in VARIANTS.items():
            exs = restrict(examples, keep)
            for update, epochs, margin in settings:
                tot = [0, 0, 0]
                net = []
                for split in TRAIN_SPLITS:
                    w = train([ex for ex in exs if ex.split != split], epochs, update_margin=update)
                    m = changes(w, (ex for ex in exs if ex.split == split), margin)
                    tot = [x + y for x, y in zip(tot, m, strict=True)]
                    net.append(m[1] - m[2])
                how = "margin 1" if update else "mistakes"
                print(f"| {name} | {how} | {epochs} | {margin:g} | {tot[0]} / {tot[1]} / {tot[2]} | {net} |")
        return 0
    print()
    print(
        cross_validate(
            records,
            examples,
            args.data,
            args.margin,
            args.into_content,
            args.entities,
            args.shapes,
            args.epochs,
            args.update_margin,
            args.stops,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
