"""Experiment (issue 14): a learned step for where an attribution's content ends.

The rules of ``arabicnews/stages/attribution`` give each attribution its content span. This script
tries a small linear ranker over the ends the content could have: for each found attribution, the
content keeps the rules' start and may end before any token from its second up to the end of the
sentence after the one the rules' content ends in, where that token is a mark (a comma, «؛», a full
stop, a quotation mark, a bracket or dash), a cue, a word with the conjunction «و» or «ف» written on it,
or a word that opens a clause («فيما», «بينما», «إلا», «لكن», «حيث», «كما», ...). Each end is trimmed
as ``Phrases.clause_end`` trims (trailing marks unless they close a quote or bracket opened inside,
a trailing «و»/«فيما»); the rules' span is always a candidate and stays on a tie. The features are
those of the token after the end, of the first word after it, of the last token kept (the forms and
list classes of ``attribution_sources_cv.token_classes``), the classes of the tokens added to or cut
from the rules' span, whether a sentence end or an open quote is crossed, the cue's type and the
rules' kind, and the length. The weights are the averaged perceptron of
``attribution_sources_cv.train``.

Trained and scored on the tuning sets only (``dev`` ... ``dev10``); the held-out splits are never
read. Leave-one-set-out: trained on every other tuning set and scored on the one left out, for each,
against the rules alone on the same articles, with the counts of ``benchmarks/attribution_eval.py``
(so a fold's "rules" cells are that script's figures). ``--oracle`` prints per fold how many rules'
content ends are wrong while the start is right, and in how many of those the annotated end is among
the candidates (the ceiling of this lever).

Result (docs/history/attribution.md, "a learned content end, checked by leave-one-set-out"): it does not meet
the bar written before it was run, so nothing of it is in the pipeline.

Usage::

    python benchmarks/attribution_content_cv.py [--data ../shared/data] [--oracle] [--margin M] [--unseen N]
    python benchmarks/attribution_content_cv.py --variants   # feature sets, near candidates, epochs, margins
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from attribution_eval import GOLD_FILES, Result, evaluate_records, load_articles, load_gold  # noqa: E402
from attribution_sources_cv import (  # noqa: E402
    Example,
    _add,
    _f1,
    changes,
    dev_records,
    pair_gold,
    restrict,
    train,
)

from arabicnews.core.document import Document  # noqa: E402
from arabicnews.core.pipeline import Pipeline  # noqa: E402
from arabicnews.model.attribution import Attribution  # noqa: E402
from arabicnews.model.spans import Span  # noqa: E402
from arabicnews.stages.attribution.engine import _Analysis  # noqa: E402
from arabicnews.stages.attribution.index import CLAUSE_OPENERS  # noqa: E402
from arabicnews.stages.attribution.learned import _classes, token_classes  # noqa: E402
from arabicnews.stages.attribution.lexicon import lexicon  # noqa: E402
from arabicnews.stages.attribution.stage import AttributionStage, attributions_of  # noqa: E402
from arabicnews.stages.quantities.stage import QuantityStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")
"""The tuning sets: the only splits this script reads."""
FRESH = ("dev7", "dev9", "dev10")
"""The folds of the bar's first sum: the sets drawn last."""
OPENERS = frozenset(
    ("فيما", "بينما", "الا", "لكن", "ولكن", "حيث", "كما", "وكما", "غير", "بيد", "اذ", "ثم", "وذلك", "ما")
)
"""Words (normalised, written alone) before which a content may end."""
LENGTH_CAP = 30
SHIFT_CAP = 4


@frozen
class Candidate:
    """One content end: the token after the (trimmed) end, the span, and its features."""

    end: int
    span: tuple[int, int]
    features: tuple[str, ...]


def _stop(ix: _Analysis, j: int) -> bool:
    """Whether the content may end before token ``j``."""
    return (
        j >= ix.n
        or ix.punct[j]
        or j in ix.cue_at
        or ix.conj[j]
        or ix.bare[j] in OPENERS
        or ix.norm[j] in OPENERS
        or ix.toks[j].text[:1] in ("و", "ف")
    )


def _trim(ix: _Analysis, a: int, e: int) -> int:
    """``Phrases.clause_end``'s trimming of a content ``[a, e)``."""
    while e > a and (
        (ix.punct[e - 1] and ix.opener.get(e - 1, -1) < a and not ix.closes_bracket(a, e - 1))
        or ix.bare[e - 1] in CLAUSE_OPENERS
        or e - 1 in ix.closer
    ):
        e -= 1
    return e


def _next_word(ix: _Analysis, e: int) -> int:
    k = e
    while k < ix.n and ix.punct[k]:
        k += 1
    return k


def _features(ix: _Analysis, att: Attribution, a: int, b: int, e: int, rank: int) -> tuple[str, ...]:
    """The features of a content ``[a, e)`` where the rules' content is ``[a, b)``; ``rank`` is how many
    candidate ends lie between the two (negative: shorter)."""
    nxt = _next_word(ix, e)
    n_cls = token_classes(ix, e)
    nn_cls = token_classes(ix, nxt) if nxt != e else ["same"]
    out = [f"rank={max(-SHIFT_CAP, min(rank, SHIFT_CAP))}", *("N:" + c for c in n_cls)]
    out += ["NN:" + c for c in nn_cls]
    out += ["L:" + c for c in token_classes(ix, e - 1)]
    head = n_cls[0]
    out += [f"N|NN:{head}|{c}" for c in nn_cls if not c.startswith("w=")]
    if nxt < ix.n and nxt != e:
        out.append(f"N|NNw:{head}|{ix.bare[nxt]}")
    if e >= ix.n or ix.sent_of[e] != ix.sent_of[e - 1] or e >= ix.sent_limit(e - 1):
        out.append("sentence-end")
    lo, hi = min(b, e), max(b, e)
    if e > b:
        out += _classes(ix, "ADD:", range(b, e))
        if any(ix.sent_of[k] != ix.sent_of[b - 1] for k in range(b, e)):
            out.append("ADD:sentence")
    elif e < b:
        out += _classes(ix, "RM:", range(e, b))
    if e != b and any(k in ix.cue_at for k in range(lo, hi)):
        out.append(f"cross-cue:{'add' if e > b else 'cut'}")
    if any(o < e <= c for o, c in ix.closer.items() if o >= a):
        out.append("open-quote")
    info = ix.cue_at[ix.tok_of(att.cue.start)].info if ix.tok_of(att.cue.start) in ix.cue_at else None
    kind = f"K={att.kind}"
    out += [kind, f"{kind}|rank={max(-SHIFT_CAP, min(rank, SHIFT_CAP))}", f"{kind}|N:{head}"]
    if info is not None:
        out.append(f"T={info.type}|N:{head}")
    words = sum(ix.is_word[k] for k in range(a, e))
    out.append(f"len={min(words, LENGTH_CAP) // 3}")
    return tuple(out)


def candidates(ix: _Analysis, att: Attribution) -> list[Candidate] | None:
    """The candidate ends of an attribution's content, the rules' first; ``None`` when it has no
    content or the rules' span is not what the candidates would rebuild."""
    c = att.content
    if c.end <= c.start:
        return None
    a = ix.tok_of(c.start)
    b = ix.tok_of(c.end - 1) + 1
    got = ix.content(a, b)
    if got is None or (got[0].start, got[0].end) != (c.start, c.end):
        return None
    start = got[0].start
    limit = ix.sent_limit(b - 1)
    limit = ix.sent_limit(limit) if limit < ix.n else limit
    ends: dict[tuple[int, int], int] = {(c.start, c.end): b}
    for j in range(a + 1, limit + 1):
        if not _stop(ix, j) and j != limit:
            continue
        e = _trim(ix, a, j)
        if e <= a:
            continue
        got = ix.content(a, e)
        if got is None or got[0].start != start:
            continue
        ends.setdefault((got[0].start, got[0].end), e)
    order = sorted(ends.values())
    at = order.index(b)
    return [Candidate(e, span, _features(ix, att, a, b, e, order.index(e) - at)) for span, e in ends.items()]


def best(weights: Mapping[str, float], cands: Sequence[Candidate], margin: float = 0.0) -> int:
    """The index of the best-scoring candidate; the rules' (0) on a tie and unless beaten by ``margin``."""
    top, choice = -float("inf"), 0
    for n, cand in enumerate(cands):
        score = sum(weights.get(f, 0.0) for f in cand.features) - (margin if n else 0.0)
        if score > top:
            top, choice = score, n
    return choice


class LearnedContent(AttributionStage):
    """The attributions stage, then the ranker on each attribution's content end."""

    def __init__(self, weights: Mapping[str, float], margin: float = 0.0) -> None:
        self.weights = weights
        self.margin = margin

    def __call__(self, doc: Document, /) -> Document:
        found = attributions_of(doc)
        if not self.weights or not found:
            return doc.with_layer("attributions", found, validate=False)
        ix = _Analysis(doc, lexicon(), None)
        out = []
        for att in found:
            cands = candidates(ix, att)
            if cands:
                n = best(self.weights, cands, self.margin)
                if n:
                    got = ix.content(ix.tok_of(att.content.start), cands[n].end)
                    assert got is not None
                    att = _with_content(doc.text, att, got[0], got[1])
            out.append(att)
        return doc.with_layer("attributions", tuple(out), validate=False)


def _with_content(text: str, att: Attribution, content: Span, quotes: tuple[Span, ...]) -> Attribution:
    parts = [att.cue, content, *att.sources]
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    return evolve(att, text=text[start:end], start=start, end=end, content=content, quotes=quotes)


def pipeline(weights: Mapping[str, float], margin: float = 0.0) -> Pipeline:
    """The pipeline of ``benchmarks/attribution_eval.py``, the step added to its attributions."""
    return Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), LearnedContent(weights, margin)])


@frozen
class Item:
    """One paired attribution: its example, and whether the rules' content start is the gold's."""

    example: Example
    start_right: bool


def collect(records: Sequence[Mapping[str, Any]], texts: Callable[[Mapping[str, Any]], str]) -> list[Item]:
    """One example per paired attribution with a content."""
    base = Pipeline([TokenizerStage(), SentenceStage()])
    out: list[Item] = []
    for rec in records:
        doc = base(texts(rec))
        preds = attributions_of(doc)
        ix = _Analysis(doc, lexicon(), None)
        for gi, pi in pair_gold(preds, rec["attributions"]):
            cands = candidates(ix, preds[pi])
            if cands is None:
                continue
            gold = tuple(rec["attributions"][gi]["content"])
            right = tuple(n for n, cand in enumerate(cands) if cand.span == gold)
            ex = Example(str(rec["split"]), tuple(cand.features for cand in cands), right)
            out.append(Item(ex, cands[0].span[0] == gold[0]))
    return out


def cross_validate(data: Path, examples: Sequence[Example], margin: float) -> str:
    """Leave one tuning set out in turn: the rules alone and the model, on its articles (negatives too)."""
    lines = [
        "| fold | cue rules | cue model | source rules | source model | content rules | content model "
        "| contents moved / fixed / broken |",
        "|---|---|---|---|---|---|---|---|",
    ]
    gold = load_gold(GOLD_FILES)
    sums = {name: (Result(), Result()) for name in ("fresh (dev7+dev9+dev10)", "all folds")}
    for split in TUNING:
        recs = [g for g in gold if g.get("split") == split]
        weights = train([ex for ex in examples if ex.split != split])
        rules = evaluate_records(recs, data, pipeline({}))
        model = evaluate_records(recs, data, pipeline(weights, margin))
        for name, (r, m) in sums.items():
            if name == "all folds" or split in FRESH:
                _add(r, rules)
                _add(m, model)
        moved = changes(weights, (ex for ex in examples if ex.split == split), margin)
        cells = [f"{_f1(rules, w)} | {_f1(model, w)}" for w in ("cue", "src", "con")]
        neg = f" (negatives hit {rules.negatives_hit} / {model.negatives_hit})"
        lines.append(f"| {split} | " + " | ".join(cells) + f" | {moved[0]} / {moved[1]} / {moved[2]}{neg} |")
    for name, (r, m) in sums.items():
        cells = [f"{_f1(r, w)} | {_f1(m, w)}" for w in ("cue", "src", "con")]
        lines.append(f"| {name} | " + " | ".join(cells) + " | |")
    return "\n".join(lines)


def unseen(examples: Sequence[Example], data: Path, seeds: Path, show: int, margin: float) -> None:
    """The contents the weights trained on every tuning set move in the texts of ``benchmarks/snapshot.py``
    (the default pipeline, entities included), the first ``show`` of them printed to read."""
    from snapshot import texts

    from arabicnews.stages.entities.stage import EntityStage

    step = LearnedContent(train(examples), margin)
    ner, base = EntityStage(), Pipeline([TokenizerStage(), SentenceStage(), QuantityStage()])
    moved = atts = 0
    for n, text in enumerate(texts(data, seeds)):
        doc = ner(base(text))
        before = attributions_of(doc)
        after = {(a.cue.start, a.cue.end): a for a in step(doc).attributions}
        for old in before:
            new = after[(old.cue.start, old.cue.end)]
            atts += 1
            if old.content == new.content:
                continue
            moved += 1
            if moved <= show:
                was, now = old.content, new.content
                lo, hi = min(was.end, now.end), max(was.end, now.end)
                print(f"{moved}. text {n}, «{old.cue.text}» ({old.kind}): end {'+' if now.end > was.end else '-'}")
                print(f"   kept: …{text[max(was.start, lo - 80) : lo]}")
                print(f"   diff: «{text[lo:hi]}»")
    print(f"{moved} of {atts} contents moved")


VARIANTS: dict[str, Callable[[str], bool]] = {
    "all features": lambda f: True,
    "no word forms": lambda f: "w=" not in f and "NNw" not in f,
    "no word forms, no rank": lambda f: "w=" not in f and "NNw" not in f and not f.startswith("rank="),
    "no word forms, no added/cut classes": lambda f: (
        "w=" not in f and "NNw" not in f and not f.startswith(("ADD:", "RM:"))
    ),
}


def near(ex: Example, reach: int) -> Example:
    """The example with only the candidate ends at most ``reach`` candidates from the rules' end."""
    keep = [
        n for n, fs in enumerate(ex.candidates) if any(f.startswith("rank=") and abs(int(f[5:])) <= reach for f in fs)
    ]
    return Example(ex.split, tuple(ex.candidates[n] for n in keep), tuple(keep.index(n) for n in ex.right if n in keep))


def variants(examples: Sequence[Example]) -> None:
    """Per variant (features, near candidates only; update rule, epochs, margin): contents moved,
    fixed and broken summed over the folds, and fixed minus broken per fold."""
    print("\n| variant | update | epochs | margin | moved / fixed / broken (sum) | net per fold (dev ... dev10) |")
    print("|---|---|---|---|---|---|")
    sets = {name: restrict(examples, keep) for name, keep in VARIANTS.items()}
    sets |= {f"candidates within {r} of the rules' end": [near(ex, r) for ex in examples] for r in (1, 2)}
    for name, exs in sets.items():
        for update in (0.0, 1.0):
            for epochs in (3, 10):
                for margin in (0.0, 1.0, 3.0):
                    tot, net = [0, 0, 0], []
                    for split in TUNING:
                        w = train([ex for ex in exs if ex.split != split], epochs, update_margin=update)
                        m = changes(w, (ex for ex in exs if ex.split == split), margin)
                        tot = [x + y for x, y in zip(tot, m, strict=True)]
                        net.append(m[1] - m[2])
                    how = "margin 1" if update else "mistakes"
                    counts = f"{tot[0]} / {tot[1]} / {tot[2]}"
                    print(f"| {name} | {how} | {epochs} | {margin:g} | {counts} | {net} |", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--oracle", action="store_true", help="per fold: wrong ends, and how many a perfect ranker fixes")
    ap.add_argument("--margin", type=float, default=0.0, help="how much a candidate must beat the rules' end by")
    ap.add_argument("--variants", action="store_true", help="per variant: contents moved, fixed, broken per fold")
    ap.add_argument("--unseen", type=int, metavar="N", help="train on all; print N contents it moves in snapshot texts")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}", file=sys.stderr)
        return 0
    records = dev_records(splits=TUNING)
    arts = load_articles(args.data, (r["file"] for r in records))
    items = collect(records, lambda rec: str(arts[rec["file"]][rec["index"]]["content"]))
    examples = [it.example for it in items]
    print(
        f"{len(records)} articles of {', '.join(TUNING)}; {len(examples)} paired attributions with a content, "
        f"{sum(len(ex.candidates) for ex in examples) / max(len(examples), 1):.1f} candidate ends each"
    )
    if args.oracle:
        print("\n| fold | paired | content wrong | start wrong | start right, end wrong | gold end a candidate |")
        print("|---|---|---|---|---|---|")
        for split in TUNING:
            fold = [it for it in items if it.example.split == split]
            wrong = [it for it in fold if 0 not in it.example.right]
            ends = [it for it in wrong if it.start_right]
            reach = sum(bool(it.example.right) for it in ends)
            print(f"| {split} | {len(fold)} | {len(wrong)} | {len(wrong) - len(ends)} | {len(ends)} | {reach} |")
    if args.variants:
        variants(examples)
        return 0
    if args.unseen is not None:
        unseen(examples, args.data, args.seeds, args.unseen, args.margin)
        return 0
    print()
    print(cross_validate(args.data, examples, args.margin))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
