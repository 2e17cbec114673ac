"""Score the attributions stage against hand annotations of SaudiNewsNet articles.

The gold file (``benchmarks/attribution_gold.jsonl``) holds offsets only: one line per article
with its file, index, url, the SHA-1 of its text, and each attribution's cue, sources and content
as ``[start, end)`` character offsets into the article's ``content``. The text itself (licensed
CC BY-NC-SA 4.0) is read from ``../shared/data/saudinewsnet`` at evaluation time.

``attribution_gold2.jsonl`` (issue 14) has the same format plus a ``split`` per article (``dev`` or
``heldout``, fixed by a seeded shuffle before the system was run on them), optional ``speaker``
offsets for pronoun subjects, and ``negatives``: sentences holding cue-like words and no
attribution. Records marked ``negatives_only`` count only for those sentences. The first file's
articles are ``dev`` (08-10, 07-31) or ``old_heldout`` (08-06, 07-22). ``attribution_gold3.jsonl``
(issue 14, session 7) is ``dev2``: a fresh development set of 30 new articles, annotated before the
stage was run on them (how they were drawn: docs/attribution.md). ``attribution_gold4.jsonl``
(issue 14, session 8) is ``dev3``: another fresh set of 30 articles drawn the same way with a new
seed (``benchmarks/attribution_gold4_select.py``), annotated before the stage was run on them.
``attribution_gold5.jsonl`` (issue 14, session 10) is ``dev4``: 30 more, drawn the same way with a new
seed and without the articles of the precision-review sample (``attribution_gold5_select.py``).
``attribution_gold6.jsonl`` (issue 14, session 13) is ``dev5``: 30 more, drawn the same way with a new
seed and without the articles of either precision-review sample (``attribution_gold6_select.py``).
``attribution_gold7.jsonl`` (issue 14, session 13) is ``dev6``: 30 more, drawn the same way with a new
seed and without dev5's articles (``attribution_gold7_select.py``); reserved: scored once on main when
annotated, then only by the lead at the end of the session, never tuned on.
``attribution_gold8.jsonl`` (issue 14, session 14) is ``dev7``: 30 more, drawn the
same way with a new seed and without dev6's articles nor those of the quantity and clitic golds
(``attribution_gold8_select.py``); reserved in session 10 as dev6 was, a tuning set since session 11.
``attribution_gold9.jsonl`` (issue 14, session 10 round 2) is ``dev8``: 40 articles with several reports
each, drawn the same way with a new seed and without dev7 nor the quantity set dev7
(``attribution_gold9_select.py``); a tuning set, richer in sources.
``attribution_gold10.jsonl`` (issue 14, session 11) is ``dev9``: 30 articles of 2015-08-06 and 08-10 drawn
the same way with a new seed and without dev8 (``attribution_gold10_select.py``); reserved: scored once
on main when annotated, then only by the lead at the end of the session, never tuned on; in round 3 its
seven articles among ``snapshot.py``'s texts were replaced by a second draw (they moved to dev10); a tuning
set since session 12.
``attribution_gold11.jsonl`` (issue 14, session 11 round 2) is ``dev10``: 30 more articles of the same two
days, drawn the same way with a new seed and without dev9 (``attribution_gold11_select.py``), and the seven
articles of dev9's first draw that are among ``snapshot.py``'s texts (round 3); a tuning set.
``attribution_gold12.jsonl`` (issue 14, session 12) is ``dev11``: 30 articles of 2015-08-06 and 08-10 drawn the
same way with a new seed, without every earlier gold, review sample and snapshot text
(``attribution_gold12_select.py``); reserved in sessions 12 and 13 (scored only by the lead), a tuning set since
session 14.
``attribution_gold13.jsonl`` (issue 14, session 12) is ``dev12``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev11 (``attribution_gold13_select.py``); a tuning set.
``attribution_gold14.jsonl`` (issue 14, session 13) is ``dev13``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev11, dev12 and every gold and review sample since
(``attribution_gold14_select.py``); reserved in sessions 13 and 14 (scored once on main when annotated, then only
by the lead), a tuning set since session 15.
``attribution_gold15.jsonl`` (issue 14, session 14) is ``dev14``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev13 (``attribution_gold15_select.py``); reserved beside the held-out
half and dev13 now that dev11 is a tuning set: scored once on main when annotated, then only by the lead in
sessions 14 and 15; a tuning set since session 16.
``attribution_gold16.jsonl`` (issue 14, session 15) is ``dev15``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev14, quantity dev13 and quantity dev14's shared article
(``attribution_gold16_select.py``); reserved beside the held-out half and dev14 now that dev13 is a tuning set:
scored once on main when annotated, then only by the lead in sessions 15 and 16; a tuning set since session 17.
``attribution_gold17.jsonl`` (issue 14, session 16) is ``dev16``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev15, quantity dev14 and quantity dev15's shared article
(``attribution_gold17_select.py``); reserved beside the held-out half and dev15 now that dev14 is a tuning set:
scored once on main when annotated, then only by the lead in sessions 16 and 17; a tuning set since session 18.
``attribution_gold18.jsonl`` (issue 14, session 17) is ``dev17``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev16, quantity dev15 and eight near copies of earlier golds and review
samples (``attribution_gold18_select.py``); reserved beside the held-out half and dev16 now that dev15 is a
tuning set: scored once on main when annotated, then only by the lead in sessions 17 and 18; a tuning set since
session 19.
``attribution_gold19.jsonl`` (issue 14, session 18) is ``dev18``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev17, quantity dev16 and eight near copies of earlier golds, review
samples and quantity sets (``attribution_gold19_select.py``); reserved beside the held-out half and dev17 now
that dev16 is a tuning set: scored once on main when annotated, then only by the lead in sessions 18 and 19; a
tuning set since session 20.
``attribution_gold20.jsonl`` (issue 14, session 19) is ``dev19``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev18, quantity dev17 and seven near copies of earlier golds
(``attribution_gold20_select.py``); reserved beside the held-out half and dev18 now that dev17 is a tuning set:
scored once on main when annotated, then only by the lead in sessions 19 and 20; a tuning set since session 21.
``attribution_gold21.jsonl`` (issue 14, session 20) is ``dev20``: 30 more articles of the same two days, drawn
the same way with a new seed and without dev19 and the near copies of earlier golds, review samples and the
snapshot's texts (``attribution_gold21_select.py``); reserved beside the held-out half and dev19 now that dev18 is
a tuning set: scored once on main when annotated, then only by the lead in sessions 20 and 21; a tuning set since
session 22.
``attribution_gold22.jsonl`` (issue 14, session 21) is ``dev21``: 30 articles of **2015-07-22 and 2015-07-31**
(the two other days' pool is nearly spent), drawn from dev11's pool asked for those days, less every gold and
review sample and nine near copies of earlier golds, review samples and the snapshot's texts
(``attribution_gold22_select.py``); reserved beside the held-out half and dev20 now that dev19 is a tuning set:
scored once on main when annotated, then only by the lead in sessions 21 and 22; a tuning set since session 23.
``attribution_gold23.jsonl`` (issue 14, session 22) is ``dev22``: 30 more articles of 2015-07-22 and 2015-07-31,
drawn from dev21's pool less its draw with a new seed, passing over one near copy of a reviewed article
(``attribution_gold23_select.py``); reserved beside the held-out half and dev21 now that dev20 is a tuning set:
scored once on main when annotated, then only by the lead in sessions 22 and 23; a tuning set since session 24.
``attribution_gold24.jsonl`` (issue 14, session 23) is ``dev23``: 30 more articles of 2015-07-22 and 2015-07-31,
drawn from dev22's pool less its draw with a new seed, passing over two near copies (of a clitic gold's article and
of a reviewed one) (``attribution_gold24_select.py``); reserved beside the held-out half and dev22 now that dev21 is a
tuning set: scored once on main by the lead after it is merged, then only by the lead in sessions 23 and 24; a tuning
set since session 25.
``attribution_gold25.jsonl`` (issue 14, session 25) is ``dev24``: 30 more articles of 2015-07-22 and 2015-07-31,
drawn from dev23's pool less its draw, the golds made since and session 23's quantity review sample, with a new seed,
passing over nine near copies of golds and reviewed articles (``attribution_gold25_select.py``); reserved beside the
held-out half now that dev23 is a tuning set: scored once on main by the lead after it is merged, then only by the lead.

Usage::

    python benchmarks/attribution_eval.py                         # dev and held-out tables
    python benchmarks/attribution_eval.py --split old_heldout     # the first set's held-out days
    python benchmarks/attribution_eval.py --split dev --show      # every error on dev
    python benchmarks/attribution_eval.py --split dev --claims    # each wrong claim with its reason
    python benchmarks/attribution_eval.py --split dev2            # the fresh development set
    python benchmarks/attribution_eval.py --split dev3            # the next fresh development set
    python benchmarks/attribution_eval.py --split dev4            # and the one after it
    python benchmarks/attribution_eval.py --split dev5            # and the fifth
    python benchmarks/attribution_eval.py --split dev6            # reserved once, a tuning set now
    python benchmarks/attribution_eval.py --split dev7            # reserved in session 10, a tuning set now
    python benchmarks/attribution_eval.py --split dev8            # a tuning set, rich in sources
    python benchmarks/attribution_eval.py --split dev9            # reserved in session 11, tuning since session 12
    python benchmarks/attribution_eval.py --split dev10           # a tuning set (session 11)
    python benchmarks/attribution_eval.py --split dev11           # reserved in sessions 12-13, tuning since 14
    python benchmarks/attribution_eval.py --split dev12           # a tuning set (session 12)
    python benchmarks/attribution_eval.py --split dev13           # reserved in sessions 13-14, tuning since 15
    python benchmarks/attribution_eval.py --split dev14           # reserved in sessions 14-15, tuning since 16
    python benchmarks/attribution_eval.py --split dev15           # reserved in sessions 15-16, tuning since 17
    python benchmarks/attribution_eval.py --split dev16           # reserved in sessions 16-17, tuning since 18
    python benchmarks/attribution_eval.py --split dev17           # reserved in sessions 17-18, tuning since 19
    python benchmarks/attribution_eval.py --split dev18           # reserved in sessions 18-19, tuning since 20
    python benchmarks/attribution_eval.py --split dev19           # reserved in sessions 19-20, tuning since 21
    python benchmarks/attribution_eval.py --split dev20           # reserved in sessions 20-21, tuning since 22
    python benchmarks/attribution_eval.py --split dev21           # reserved in sessions 21-22, tuning since 23
    python benchmarks/attribution_eval.py --split dev22           # reserved in sessions 22-23, tuning since 24
    python benchmarks/attribution_eval.py --split dev23           # reserved in sessions 23-24, tuning since 25
    python benchmarks/attribution_eval.py --split dev24           # reserved from session 25: the lead only
    python benchmarks/attribution_eval.py --speed                 # time the stage alone

Scores: precision, recall and F1 of cue, source and content spans, exact and by token overlap
(the share of the tokens of predicted spans that lie in the paired gold span, and the reverse).
Predicted and gold attributions are paired by overlapping cues. Also: kind accuracy on paired
attributions, false attributions in the negative sentences, and claims accuracy (each quantity
inside a gold content: does ``doc.claims()`` credit it to the innermost gold attribution's full
source, or its recorded speaker). The stage sees each whole article (not sentence by sentence).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.core.document import Document  # noqa: E402
from arabicnews.core.normalize import normalize  # noqa: E402
from arabicnews.core.pipeline import Pipeline  # noqa: E402
from arabicnews.evaluate.scores import precision_recall_f1  # noqa: E402
from arabicnews.model.attribution import Attribution  # noqa: E402
from arabicnews.stages.attribution.stage import AttributionStage, claims  # noqa: E402
from arabicnews.stages.quantities.stage import QuantityStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

Pair = tuple[int, int]


class Scorer:
    """Counts for exact and token-overlap scores of one kind of span."""

    def __init__(self) -> None:
        self.exact_tp = 0
        self.n_pred = 0
        self.n_gold = 0
        self.tok_p = 0.0
        self.tok_r = 0.0
        self.pred_tokens = 0
        self.gold_tokens = 0

    def add(self, pred: Sequence[Pair], gold: Sequence[Pair], tokens: Sequence[Pair]) -> None:
        """Score the spans of one paired attribution (or unpaired ones, with the other side empty)."""
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        self.exact_tp += len(set(pred) & set(gold))

        def toks(span: Pair) -> set[int]:
            return {i for i, (s, e) in enumerate(tokens) if s < span[1] and e > span[0]}

        gold_toks = set().union(*(toks(g) for g in gold)) if gold else set()
        pred_toks = set().union(*(toks(p) for p in pred)) if pred else set()
        self.pred_tokens += len(pred_toks)
        self.gold_tokens += len(gold_toks)
        self.tok_p += len(pred_toks & gold_toks)
        self.tok_r += len(pred_toks & gold_toks)

    def row(self, name: str) -> str:
        ep, er, ef = precision_recall_f1(self.exact_tp, self.n_pred, self.exact_tp, self.n_gold)
        tp, tr, tf = precision_recall_f1(self.tok_p, self.pred_tokens, self.tok_r, self.gold_tokens)
        return (
            f"| {name} | {self.n_gold} | {self.n_pred} | {100 * ep:.1f} | {100 * er:.1f} | {100 * ef:.1f} "
            f"| {100 * tp:.1f} | {100 * tr:.1f} | {100 * tf:.1f} |"
        )


def _overlap(a: Pair, b: Pair) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pair_cues(cues: Sequence[Pair], golds: Sequence[dict[str, Any]]) -> list[int | None]:
    """For each gold attribution in order, the index of the first predicted cue not yet paired whose
    span overlaps the gold cue, or ``None`` (how every figure of this script pairs spans)."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in golds:
        gc = (g["cue"][0], g["cue"][1])
        match = next((i for i, c in enumerate(cues) if i not in used and _overlap(c, gc)), None)
        if match is not None:
            used.add(match)
        out.append(match)
    return out


def load_articles(data: Path, names: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(set(names)):
        out[name] = json.loads((data / "saudinewsnet" / name).read_text(encoding="utf-8"))
    return out


@dataclass
class Result:
    """Every count of one evaluated set of articles."""

    articles: int = 0
    gold: int = 0
    cue: Scorer = field(default_factory=Scorer)
    src: Scorer = field(default_factory=Scorer)
    con: Scorer = field(default_factory=Scorer)
    matched: int = 0
    kind_right: int = 0
    negatives: int = 0
    negatives_hit: int = 0
    false_in_negatives: int = 0
    figures: int = 0
    figures_right: int = 0

    def add(self, other: Result) -> None:
        """Pool ``other``'s counts into these (the exact-span counts, negatives and claims; token
        overlaps, kinds and articles are not pooled)."""
        for name in ("cue", "src", "con"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.exact_tp += theirs.exact_tp
            mine.n_pred += theirs.n_pred
            mine.n_gold += theirs.n_gold
        self.negatives += other.negatives
        self.negatives_hit += other.negatives_hit
        self.figures += other.figures
        self.figures_right += other.figures_right

    def table(self, label: str) -> str:
        head = (
            f"{label}: {self.articles} articles, {self.gold} gold attributions\n\n"
            "| span | gold | predicted | exact P | exact R | exact F1 | token P | token R | token F1 |\n"
            "|---|---|---|---|---|---|---|---|---|"
        )
        kind = f"{100 * self.kind_right / self.matched:.1f} %" if self.matched else "-"
        claims = f"{100 * self.figures_right / self.figures:.1f} %" if self.figures else "-"
        tail = (
            f"\nkind right on {self.kind_right} of {self.matched} matched attributions ({kind}); "
            f"negative sentences with a false attribution: {self.negatives_hit} of {self.negatives} "
            f"({self.false_in_negatives} false attributions); figures inside gold contents credited to "
            f"the right full source by doc.claims(): {self.figures_right} of {self.figures} ({claims})"
        )
        return "\n".join([head, self.cue.row("cue"), self.src.row("source"), self.con.row("content")]) + "\n" + tail


_QUOTES = str.maketrans("", "", '«»"“”')


def _same_source(a: str, b: str) -> bool:
    return " ".join(a.translate(_QUOTES).split()) == " ".join(b.translate(_QUOTES).split())


_TITLES = {"د": "دكتور", "م": "مهندس", "ا": "استاذ"}


def _name_keys(name: str) -> set[str]:
    """A mention's words as compared across mentions: normalised, the article and an
    abbreviation's full stop dropped, an abbreviated title written out («د.» = «الدكتور»)."""
    out = set()
    for w in normalize(name.translate(_QUOTES)).split():
        w = w.rstrip(".")
        w = _TITLES.get(w, w)
        out.add(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return out


def _same_person(mention: str, speaker: str) -> bool:
    """Whether a claim's mention names the gold speaker in full: one inside the other as a run
    («العقيد ناصر الشريف» / «المتحدث ... العقيد ناصر الشريف»), or every word of the gold's mention,
    two at least, in the claim's fuller one («أ. د. الحربش» / «رئيس اللجنة أ. د. عبدالله الحربش»).
    A claim's mention with words of the gold's left out is not full («المدرب البرتغالي» for
    «البرتغالي جوزيه مورينيو مدرب تشيلسي»)."""
    if mention and (speaker in mention or mention in speaker):
        return True
    gold = _name_keys(speaker)
    return len(gold) >= 2 and gold <= _name_keys(mention)


def _score_claims(
    text: str, doc: Document, golds: Sequence[dict[str, Any]], res: Result, show: bool = False, why: bool = False
) -> None:
    """Each quantity inside a gold content: does doc.claims() give it the innermost gold source?"""
    if not doc.has_layer("quantities"):
        return
    found = claims(doc)
    for q in doc.layer("quantities"):
        around = [g for g in golds if g["content"][0] <= q.start and q.end <= g["content"][1]]
        if not around:
            continue
        width = min(g["content"][1] - g["content"][0] for g in around)
        inner = [g for g in around if g["content"][1] - g["content"][0] == width]
        names: list[str] = []
        speakers: list[str] = []
        for g in inner:
            if g["sources"]:
                names.append("، ".join(text[s:e] for s, e in g["sources"]))
            elif "speaker" in g:
                # The recorded speaker is one mention of the person: a fuller or shorter mention
                # of the same name counts («العقيد ناصر الشريف» / «المتحدث ... العقيد ناصر الشريف»).
                speakers.append(text[g["speaker"][0] : g["speaker"][1]])
        names += speakers
        if not names:
            continue  # a pronoun subject with no speaker recorded: no right answer to check
        res.figures += 1
        mine = [c for c in found if c.quantity.start == q.start and c.quantity.end == q.end]
        if not mine:
            if show:
                print("CLAIM none", q.text, "| gold", names)
            if why:
                _print_claim_error(text, doc, q, inner[0], None, names)
            continue
        best = min(mine, key=lambda c: c.attribution.content.end - c.attribution.content.start)
        alt = "، ".join(s.text for s in best.attribution.sources)
        mention = " ".join(best.source.translate(_QUOTES).split())
        # Quotation marks are dropped from both sides («الدكتور «جيكسون إن جي»» is the mention
        # «الدكتور جيكسون إن جي» too).
        bare = [" ".join(n.translate(_QUOTES).split()) for n in speakers]
        if any(_same_source(best.source, n) or _same_source(alt, n) for n in names) or any(
            _same_person(mention, n) for n in bare
        ):
            res.figures_right += 1
        else:
            if show:
                print("CLAIM wrong", q.text, "|", best.source, "| gold", names)
            if why:
                _print_claim_error(text, doc, q, inner[0], best.attribution, names)


def claim_error(doc: Document, gold: dict[str, Any], got: Attribution | None) -> str:
    """Why a figure inside ``gold``'s content is not credited to its source: the reason class of
    a wrong claim (``got`` is the attribution ``doc.claims()`` credits, ``None`` when no claim).

    ``missed``: no attribution has the gold's cue; ``content short``: the gold's cue is found but
    its content does not hold the figure; ``other attribution``: another attribution's content
    holds the figure and is credited; ``unresolved``: the cue is right, the source a pronoun or a
    dropped subject with no speaker; ``speaker``: the speaker resolved to another or a damaged
    name; ``partial``: the source is a part of the gold's; ``overlong``: the gold's is a part of
    the source; ``source``: another source at the right cue."""
    gc = (gold["cue"][0], gold["cue"][1])
    if got is None or not _overlap((got.cue.start, got.cue.end), gc):
        at_cue = [a for a in doc.attributions if _overlap((a.cue.start, a.cue.end), gc)]
        if got is not None:
            return "other attribution"
        return "content short" if at_cue else "missed"
    if got.speaker is not None:
        return "speaker"
    if not got.sources:
        return "unresolved"
    spans = [(s.start, s.end) for s in got.sources]
    gold_spans = [(a, b) for a, b in gold["sources"]] or ([tuple(gold["speaker"])] if "speaker" in gold else [])
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    if gold_spans:
        glo, ghi = min(a for a, _ in gold_spans), max(b for _, b in gold_spans)
        if glo <= lo and hi <= ghi:
            return "partial"
        if lo <= glo and ghi <= hi:
            return "overlong"
    return "source"


def _print_claim_error(
    text: str, doc: Document, q: Any, gold: dict[str, Any], got: Attribution | None, names: list[str]
) -> None:
    reason = claim_error(doc, gold, got)
    gc = text[gold["cue"][0] : gold["cue"][1]]
    mine = "-" if got is None else f"{got.cue.text} / {got.source_name or '∅'}"
    sent = next((s for s in doc.sentences if s.start <= q.start < s.end), None)
    around = " ".join((sent.text if sent else text[max(0, q.start - 150) : q.end + 50]).split())
    print(f"CLAIMWHY {reason} | {q.text} | got {mine} | gold {gc} / {names[0]} | {around[:220]}")


def _edge_diff(text: str, pred: Pair, gold: Pair) -> str:
    """Where a predicted span's edges differ from the gold span's: the text only one of them holds."""
    parts = []
    for side, (p, g) in (("start", (pred[0], gold[0])), ("end", (pred[1], gold[1]))):
        if p != g:
            a, b = sorted((p, g))
            extra = (p < g) == (side == "start")
            parts.append(f"{side} {'+' if extra else '-'}«{text[a:b][:60]}»")
    return "; ".join(parts)


def evaluate_records(
    gold: Sequence[dict[str, Any]], data: Path, nlp: Pipeline, show: bool = False, why: bool = False
) -> Result:
    """Score the analysis of each gold article (the stage sees the whole article text)."""
    arts = load_articles(data, (g["file"] for g in gold))
    res = Result()
    cue, src, con = res.cue, res.src, res.con
    for rec in gold:
        text = arts[rec["file"]][rec["index"]]["content"]
        if hashlib.sha1(text.encode()).hexdigest() != rec["sha1"]:
            raise SystemExit(f"{rec['file']}[{rec['index']}] differs from the annotated text")
        doc = nlp(text)
        preds = list(doc.attributions)
        for ns, ne in rec.get("negatives", ()):
            res.negatives += 1
            hits = [p for p in preds if ns <= p.cue.start < ne]
            res.false_in_negatives += len(hits)
            res.negatives_hit += bool(hits)
            if show and hits:
                print("NEG", rec["index"], [p.cue.text for p in hits], "|", text[ns:ne][:70])
        if rec.get("negatives_only"):
            continue
        res.articles += 1
        tokens = [(t.start, t.end) for t in doc.tokens]
        golds = rec["attributions"]
        res.gold += len(golds)
        _score_claims(text, doc, golds, res, show, why)
        pairs = pair_cues([(p.cue.start, p.cue.end) for p in preds], golds)
        used: set[int] = set()
        for g, match in zip(golds, pairs, strict=True):
            gc = tuple(g["cue"])
            gsrc = [tuple(s) for s in g["sources"]]
            if match is None:
                cue.add([], [gc], tokens)
                src.add([], gsrc, tokens)
                con.add([], [tuple(g["content"])], tokens)
                if show:
                    print("MISS", rec["index"], text[gc[0] : gc[1]], "|", text[g["content"][0] : g["content"][1]][:60])
                continue
            used.add(match)
            p = preds[match]
            res.matched += 1
            res.kind_right += p.kind == g["kind"]
            cue.add([(p.cue.start, p.cue.end)], [gc], tokens)
            src.add([(s.start, s.end) for s in p.sources], gsrc, tokens)
            con.add([(p.content.start, p.content.end)], [tuple(g["content"])], tokens)
            if show and (
                (p.content.start, p.content.end) != tuple(g["content"])
                or [(s.start, s.end) for s in p.sources] != gsrc
                or (p.cue.start, p.cue.end) != gc
                or p.kind != g["kind"]
            ):
                print("DIFF", rec["index"], p.kind, p.cue.text, [s.text for s in p.sources], "|", p.content.text[:50])
                print(
                    "   gold",
                    g["kind"],
                    text[gc[0] : gc[1]],
                    [text[a:b] for a, b in gsrc],
                    "|",
                    text[g["content"][0] : g["content"][1]][:50],
                )
                if (p.content.start, p.content.end) != tuple(g["content"]):
                    print("   content", _edge_diff(text, (p.content.start, p.content.end), tuple(g["content"])))
        for i, p in enumerate(preds):
            if i not in used:
                cue.add([(p.cue.start, p.cue.end)], [], tokens)
                src.add([(s.start, s.end) for s in p.sources], [], tokens)
                con.add([(p.content.start, p.content.end)], [], tokens)
                if show:
                    print("EXTRA", rec["index"], p.cue.text, "|", p.content.text[:60])
    return res


def load_gold(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The records of every gold file, in order."""
    out: list[dict[str, Any]] = []
    for path in paths:
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def evaluate(gold_path: Path, data: Path, nlp: Pipeline, show: bool = False, only: Sequence[str] | None = None) -> str:
    """One table for the articles of one gold file (optionally only some corpus files)."""
    gold = [g for g in load_gold([gold_path]) if not only or g["file"] in only]
    return evaluate_records(gold, data, nlp, show=show).table(str(gold_path.name))


def speed(data: Path, name: str) -> str:
    arts = json.loads((data / "saudinewsnet" / name).read_text(encoding="utf-8"))
    base = Pipeline([TokenizerStage(), SentenceStage()])
    docs = [base(a["content"]) for a in arts]
    stage = AttributionStage()
    stage(docs[0])
    t0, c0 = time.perf_counter(), time.process_time()
    found = sum(len(stage(d).attributions) for d in docs)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(len(d.text) for d in docs)
    words = sum(1 for d in docs for t in d.tokens if t.kind == "word")
    return (
        f"{len(docs)} articles ({chars:,} characters, {words:,} words) of {name}: {found} attributions, "
        f"{1000 * dt / len(docs):.2f} ms per article, {chars / dt / 1e6:.2f} M characters/s, "
        f"{words / dt:,.0f} words/s, {words / cpu:,.0f} words per CPU second (attribution stage only)"
    )


SPLITS = ("dev", "heldout", "old_heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")
SPLITS = (*SPLITS, "dev11", "dev12")  # session 12
SPLITS = (*SPLITS, "dev13")  # session 13
SPLITS = (*SPLITS, "dev14")  # session 14
SPLITS = (*SPLITS, "dev15")  # session 15
SPLITS = (*SPLITS, "dev16")  # session 16
SPLITS = (*SPLITS, "dev17")  # session 17
SPLITS = (*SPLITS, "dev18")  # session 18
SPLITS = (*SPLITS, "dev19")  # session 19
SPLITS = (*SPLITS, "dev20")  # session 20
SPLITS = (*SPLITS, "dev21")  # session 21
SPLITS = (*SPLITS, "dev22")  # session 22
SPLITS = (*SPLITS, "dev23")  # session 23
SPLITS = (*SPLITS, "dev24")  # session 25
GOLD_FILES = (
    ROOT / "benchmarks" / "attribution_gold.jsonl",
    ROOT / "benchmarks" / "attribution_gold2.jsonl",
    ROOT / "benchmarks" / "attribution_gold3.jsonl",
    ROOT / "benchmarks" / "attribution_gold4.jsonl",
    ROOT / "benchmarks" / "attribution_gold5.jsonl",
    ROOT / "benchmarks" / "attribution_gold6.jsonl",
    ROOT / "benchmarks" / "attribution_gold7.jsonl",
    ROOT / "benchmarks" / "attribution_gold8.jsonl",
    ROOT / "benchmarks" / "attribution_gold9.jsonl",
    ROOT / "benchmarks" / "attribution_gold10.jsonl",
    ROOT / "benchmarks" / "attribution_gold11.jsonl",
    ROOT / "benchmarks" / "attribution_gold12.jsonl",
    ROOT / "benchmarks" / "attribution_gold13.jsonl",
    ROOT / "benchmarks" / "attribution_gold14.jsonl",
    ROOT / "benchmarks" / "attribution_gold15.jsonl",
    ROOT / "benchmarks" / "attribution_gold16.jsonl",
    ROOT / "benchmarks" / "attribution_gold17.jsonl",
    ROOT / "benchmarks" / "attribution_gold18.jsonl",
    ROOT / "benchmarks" / "attribution_gold19.jsonl",
    ROOT / "benchmarks" / "attribution_gold20.jsonl",
    ROOT / "benchmarks" / "attribution_gold21.jsonl",
    ROOT / "benchmarks" / "attribution_gold22.jsonl",
    ROOT / "benchmarks" / "attribution_gold23.jsonl",
    ROOT / "benchmarks" / "attribution_gold24.jsonl",
    ROOT / "benchmarks" / "attribution_gold25.jsonl",
)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument(
        "--gold", type=Path, action="append", help="a gold file; repeat for several (default: both in benchmarks/)"
    )
    ap.add_argument("--show", action="store_true", help="print each miss, extra, difference and false negative hit")
    ap.add_argument(
        "--file",
        action="append",
        help="score only the articles of this corpus file, as one set; repeat for several",
    )
    ap.add_argument(
        "--split",
        action="append",
        choices=SPLITS,
        help="score only this split (one of the choices); repeat for several; default: dev, heldout",
    )
    ap.add_argument(
        "--claims",
        action="store_true",
        help="print each figure not credited to its gold source, with the reason (see claim_error)",
    )
    ap.add_argument("--entities", action="store_true", help="run the entities stage before attributions")
    ap.add_argument("--speed", action="store_true", help="only time the stage on 2015-08-10.json")
    ap.add_argument("--learned-sources", action="store_true", help="add the learned source step (off by default)")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}; nothing to evaluate", file=sys.stderr)
        return 0
    if args.speed:
        print(speed(args.data, "2015-08-10.json"))
        return 0
    stage = AttributionStage(learned_sources=args.learned_sources)
    nlp = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), stage])
    if args.entities:
        from arabicnews.stages.entities.stage import EntityStage

        nlp = nlp.add(EntityStage(), before="attributions")
    gold = load_gold(args.gold or GOLD_FILES)
    if args.file:
        recs = [g for g in gold if g["file"] in args.file]
        print(evaluate_records(recs, args.data, nlp, show=args.show, why=args.claims).table(" + ".join(args.file)))
        return 0
    for split in args.split or ("dev", "heldout"):
        recs = [g for g in gold if g.get("split") == split]
        print(evaluate_records(recs, args.data, nlp, show=args.show, why=args.claims).table(split))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
