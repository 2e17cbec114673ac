"""Which attribution rules transfer: each named rule's record on the tuning sets it never saw.

Issue 14, session 22 (attr22d). A rule written at commit R was chosen on the sets that were tuning
sets at R; every set that became one later was unseen when the rule was written, an honest test of
it. For every named rule of the attribution tables (``arabicnews/stages/attribution/rules.py``,
the speaker table included), this script

* dates the rule: the first commit of ``rules.py`` (since the tables were built, 8be57c3) whose
  text defines the rule's function; a rule that came with the tables was written before them;
* splits the tuning sets of ``attribution_pooled.TUNING`` into the rule's *earlier* sets
  (tuning sets at that commit: ``TUNED_AT`` below is the commit from which each set was one) and its
  *later* sets;
* runs the stage on every tuning article with a trace open (:func:`arabicnews.core.rules.tracing`)
  and judges each decision against the gold, on the part of the attribution the rule decides:

  - a refusal (``cues``, ``speech cues``, and the refusals of the reading tables): right where no gold
    cue is left unfound under its span, wrong where a gold cue there is found by no prediction;
  - a ``sources`` rule: right when its attribution pairs with a gold one and the sources are exact,
    wrong when they are not (a false attribution is the cue's fault, counted as ``false`` only);
  - a ``readings`` or ``according-to readings`` rule that takes: right when its attribution pairs
    with a gold one and the content is exact, wrong when the attribution is false or the content
    not exact;
  - a ``speakers`` rule that takes: right when the speaker names the gold's recorded speaker (or, for
    a cue the rules gave no source, the gold's sources), wrong when it names another; not judged when
    the gold records no speaker (the golds record one only for a pronoun or dropped subject);
  - ``complementisers`` and ``quote pairing`` decide words, not cues: counted, not judged.

  In an article kept only for its negative sentences, only decisions inside those sentences are judged.

``net`` is right − wrong. The table is sorted by the net on the later sets, most harmful first.
``--ablate TABLE:RULE`` (repeatable) instead scores the tuning sets with those rules taken out of
their tables (a scratch run; nothing is written): pooled cue / source / content exact F1 and claims,
on the later sets of the (first) rule and on all the tuning sets, beside the same figures with every rule.

Usage::

    python benchmarks/attribution_rule_audit.py                  # the table (about a minute)
    python benchmarks/attribution_rule_audit.py --ablate "readings:an empty quote is no content"
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_eval import (
    GOLD_FILES,
    ROOT,
    Result,
    _same_person,
    _same_source,
    evaluate_records,
    load_articles,
    load_gold,
    pair_cues,
)
from attribution_pooled import TUNING

from arabicnews.core.pipeline import Pipeline
from arabicnews.core.rules import Decision, RuleTable, tracing
from arabicnews.model.attribution import Attribution
from arabicnews.stages.attribution import engine
from arabicnews.stages.attribution.rules import TABLES
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

RULES_PY = "arabicnews/stages/attribution/rules.py"
TABLES_BUILT = "8be57c3"
"""The commit that made the engine named tables (issue 13): a rule there is older than every set but the first."""

TUNED_AT: dict[str, str] = {
    "dev": "3320e7b",  # the split made with attribution_gold2.jsonl (its first-set days existed before)
    "dev2": "6e18b21",
    "dev3": "991d1dc",
    "dev4": "3e8d26f",
    "dev5": "97d6f84",
    "dev6": "77a1e8b",  # reserved when drawn (5ef2038); tuned on from session 10's round 2 (dev7 drawn)
    "dev7": "75835bd",
    "dev8": "bcdc19c",
    "dev9": "2aa53bc",
    "dev10": "b5cf771",
    "dev11": "661d363",
    "dev12": "0e0325f",
    "dev13": "9543e0a",
    "dev14": "e4f6f67",
    "dev15": "e4fe923",
    "dev16": "0b8bc9c",
    "dev17": "918b536",
    "dev18": "c3c57b9",
    "dev19": "9d77719",
    "dev20": "3d9b745",
    "dev21": "7a2751e",
    "dev22": "bb27958",
    "dev23": "b55983a",
}
"""The commit from which each tuning set was one (its gold file's commit, or the commit that turned a
reserved set into a tuning set; git log's messages)."""

JUDGED_NOT = ("complementisers", "quote pairing", "learned sources")


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def rule_commits() -> dict[tuple[str, str], str]:
    """Each rule's (table, name) → the first commit of ``rules.py`` whose text defines its function."""
    commits = _git("log", "--full-history", "--reverse", "--topo-order", "--format=%H", "--", RULES_PY).split()
    todo = {(t.name, r.name): f"def {r.decide.__name__}(" for t in TABLES for r in t.rules}
    found: dict[tuple[str, str], str] = {}
    batch = "".join(f"{c}:{RULES_PY}\n" for c in commits)
    out = subprocess.run(
        ["git", "-C", str(ROOT), "cat-file", "--batch"], input=batch.encode(), check=True, capture_output=True
    ).stdout
    pos = 0
    for commit in commits:
        head_end = out.index(b"\n", pos)
        size = int(out[pos:head_end].split()[2])
        body = out[head_end + 1 : head_end + 1 + size].decode("utf-8")
        pos = head_end + 1 + size + 1
        for key, needle in todo.items():
            if key not in found and needle in body:
                found[key] = commit
    return found


def tuned_after() -> dict[str, set[str]]:
    """Each set → the commits (full hashes) at which it was already a tuning set."""
    return {
        split: {_git("rev-parse", commit).strip(), *_git("rev-list", "--ancestry-path", f"{commit}..HEAD").split()}
        for split, commit in TUNED_AT.items()
    }


def earlier_sets(commit: str, after: dict[str, set[str]]) -> tuple[str, ...]:
    """The tuning sets a rule written at ``commit`` was chosen on."""
    return tuple(s for s in TUNING if commit in after[s])


@dataclass
class Tally:
    """What one rule did on some sets, and how often what it decided was right."""

    took: int = 0
    refused: int = 0
    right: int = 0
    wrong: int = 0
    found: int = 0
    false: int = 0
    source_exact: int = 0
    content_exact: int = 0

    @property
    def net(self) -> int:
        return self.right - self.wrong

    def precision(self) -> str:
        judged = self.right + self.wrong
        return f"{100 * self.right / judged:.0f}" if judged else "–"

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Audit:
    """Tallies by (table, rule) and set."""

    tallies: dict[tuple[str, str], dict[str, Tally]] = field(default_factory=dict)

    def tally(self, table: str, rule: str, split: str) -> Tally:
        return self.tallies.setdefault((table, rule), {}).setdefault(split, Tally())

    def over(self, key: tuple[str, str], splits: Sequence[str]) -> Tally:
        total = Tally()
        for split in splits:
            got = self.tallies.get(key, {}).get(split)
            if got is not None:
                total.add(got)
        return total


def _speaker_right(text: str, att: Attribution, gold: dict[str, Any]) -> bool | None:
    if att.speaker is None:
        return None
    if "speaker" in gold:
        names = [text[gold["speaker"][0] : gold["speaker"][1]]]
    elif gold["sources"] and not att.sources:
        names = ["، ".join(text[s:e] for s, e in gold["sources"])]
    else:
        return None  # the gold records no speaker («الوزارة» resolved to its full name is not judged)
    mine = att.speaker.name
    return any(_same_source(mine, n) or _same_person(" ".join(mine.split()), n) for n in names)


def judge(
    audit: Audit,
    split: str,
    text: str,
    rec: dict[str, Any],
    decisions: Sequence[Decision],
    preds: Sequence[Attribution],
) -> None:
    """Add each decision of one article to ``audit``, judged against the article's gold record."""
    golds: list[dict[str, Any]] = [] if rec.get("negatives_only") else list(rec["attributions"])
    pairs = pair_cues([(p.cue.start, p.cue.end) for p in preds], golds)
    gold_of = {i: golds[g] for g, i in enumerate(pairs) if i is not None}
    unfound = [tuple(g["cue"]) for g, i in zip(golds, pairs, strict=True) if i is None]
    by_cue = {(p.cue.start, p.cue.end): i for i, p in enumerate(preds)}
    negatives = rec.get("negatives", ())
    for d in decisions:
        t = audit.tally(d.table, d.rule, split)
        if d.verdict == "took":
            t.took += 1
        else:
            t.refused += 1
        if d.table in JUDGED_NOT:
            continue
        if rec.get("negatives_only") and not any(ns <= d.start < ne for ns, ne in negatives):
            continue
        if d.verdict == "refused":
            if d.table == "speakers":
                continue
            if any(a < d.end and d.start < b for a, b in unfound):
                t.wrong += 1
            else:
                t.right += 1
            continue
        i = by_cue.get((d.start, d.end))
        if i is None:
            continue  # a source taken for a cue that a later rule refused: no attribution to judge
        p = preds[i]
        g = gold_of.get(i)
        if g is None:
            t.false += 1
            if d.table in ("readings", "according-to readings"):
                t.wrong += 1
            continue
        t.found += 1
        src_ok = [(s.start, s.end) for s in p.sources] == [tuple(s) for s in g["sources"]]
        con_ok = (p.content.start, p.content.end) == tuple(g["content"])
        t.source_exact += src_ok
        t.content_exact += con_ok
        if d.table == "sources":
            ok: bool | None = src_ok
        elif d.table == "speakers":
            ok = _speaker_right(text, p, g)
        else:
            ok = con_ok
        if ok is not None:
            t.right += ok
            t.wrong += not ok


def pipeline() -> Pipeline:
    return Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])


def run_audit(records: Sequence[dict[str, Any]], data: Path, nlp: Pipeline) -> Audit:
    """Every tuning article through the stage with a trace open, each decision judged."""
    arts = load_articles(data, (r["file"] for r in records))
    audit = Audit()
    for rec in records:
        text = arts[rec["file"]][rec["index"]]["content"]
        if hashlib.sha1(text.encode()).hexdigest() != rec["sha1"]:
            raise SystemExit(f"{rec['file']}[{rec['index']}] differs from the annotated text")
        with tracing(text) as trace:
            doc = nlp(text)
        decisions = [d for d in trace.decisions if d.layer == "attributions"]
        judge(audit, rec["split"], text, rec, decisions, doc.attributions)
    return audit


def _sets(splits: Sequence[str]) -> str:
    """``dev13–dev20`` for a run of consecutive tuning sets, else the names joined."""
    if not splits:
        return "none"
    idx = [TUNING.index(s) for s in splits]
    if idx == list(range(idx[0], idx[-1] + 1)) and len(idx) > 2:
        return f"{splits[0]}–{splits[-1]}"
    return ", ".join(splits)


def table(audit: Audit, dates: dict[tuple[str, str], str], after: dict[str, set[str]]) -> str:
    rows = []
    for t in TABLES:
        for r in t.rules:
            key = (t.name, r.name)
            commit = dates.get(key, "")
            early = earlier_sets(commit, after) if commit else ()
            late = tuple(s for s in TUNING if s not in early)
            rows.append((key, commit, late, audit.over(key, early), audit.over(key, late)))
    rows.sort(key=lambda row: (row[4].net, row[0][0], row[0][1]))
    lines = [
        "| table | rule | added | later sets | earlier: took / refused, right−wrong, P | "
        "later: took / refused, right−wrong, P | later net | later found / false, source / content exact |",
        "|---|---|---|---|---|---|---:|---|",
    ]
    for (tname, rname), commit, late, e, la in rows:
        lines.append(
            f"| {tname} | {rname} | {commit[:7] or '?'} | {_sets(late)} "
            f"| {e.took} / {e.refused}, {e.right}−{e.wrong}, {e.precision()} "
            f"| {la.took} / {la.refused}, {la.right}−{la.wrong}, {la.precision()} | {la.net:+d} "
            f"| {la.found} / {la.false}, {la.source_exact} / {la.content_exact} |"
        )
    harm = sum(1 for row in rows if row[4].net < 0)
    helps = sum(1 for row in rows if row[4].net > 0)
    lines.append(
        f"\n{len(rows)} rules: {helps} with a positive net on their later sets, {len(rows) - helps - harm} "
        f"at zero (or unjudged), {harm} negative."
    )
    return "\n".join(lines)


@contextmanager
def without(names: Sequence[str]) -> Iterator[None]:
    """The engine with the rules ``TABLE:RULE`` taken out of their tables (restored on leaving)."""
    saved: dict[str, Any] = {}
    wanted = [tuple(n.split(":", 1)) for n in names]
    attrs = {
        "cues": "CUES",
        "according-to readings": "ACCORDING_TO",
        "speech cues": "SPEECH_CUES",
        "sources": "SOURCES",
        "readings": "READINGS",
        "speakers": "SPEAKERS",
        "complementisers": "complementiser_rules",
        "quote pairing": "quote_rules",
    }
    try:
        for tname, rname in wanted:
            attr = attrs[tname]
            holder: Any = engine._Analysis if attr.islower() else engine
            old: RuleTable[Any, Any] = getattr(holder, attr)
            old.rule(rname)  # a KeyError names the rules there are
            saved.setdefault(attr, old)
            setattr(holder, attr, RuleTable(old.name, old.layer, tuple(r for r in old.rules if r.name != rname)))
        yield
    finally:
        for attr, old in saved.items():
            setattr(engine._Analysis if attr.islower() else engine, attr, old)


def _pool(results: Sequence[Result]) -> Result:
    pooled = Result()
    for res in results:
        pooled.add(res)
    return pooled


def _figures(res: Result) -> str:
    def f1(tp: int, pred: int, gold: int) -> float:
        return 200 * tp / (pred + gold) if pred + gold else 0.0

    return (
        f"{f1(res.cue.exact_tp, res.cue.n_pred, res.cue.n_gold):.1f} / "
        f"{f1(res.src.exact_tp, res.src.n_pred, res.src.n_gold):.1f} / "
        f"{f1(res.con.exact_tp, res.con.n_pred, res.con.n_gold):.1f}, claims {res.figures_right} of {res.figures}, "
        f"negatives hit {res.negatives_hit} of {res.negatives}"
    )


def ablate(names: Sequence[str], records: Sequence[dict[str, Any]], data: Path) -> str:
    """Each tuning set scored with every rule and without ``names``; pooled over the first rule's
    later sets and over all the tuning sets."""
    tname, rname = names[0].split(":", 1)
    commit = rule_commits()[(tname, rname)]
    early = earlier_sets(commit, tuned_after())
    late = [s for s in TUNING if s not in early]
    nlp = pipeline()
    with_: dict[str, Result] = {}
    without_: dict[str, Result] = {}
    for split in TUNING:
        recs = [r for r in records if r["split"] == split]
        with_[split] = evaluate_records(recs, data, nlp)
        with without(names):
            without_[split] = evaluate_records(recs, data, nlp)
    out = [f"without {'; '.join(names)}", f"later sets of «{rname}» ({commit[:7]}): {_sets(late)}"]
    out += [f"{split}: with {_figures(with_[split])}; without {_figures(without_[split])}" for split in TUNING]
    for label, splits in (("later sets", late), ("all tuning sets", list(TUNING))):
        before = _pool([with_[s] for s in splits])
        after = _pool([without_[s] for s in splits])
        out.append(f"{label}: with {_figures(before)}; without {_figures(after)}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--ablate", action="append", help="TABLE:RULE to take out (repeatable); scores instead")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}; nothing to audit", file=sys.stderr)
        return 0
    records = [g for g in load_gold(GOLD_FILES) if g.get("split") in TUNING]
    if args.ablate:
        print(ablate(args.ablate, records, args.data))
        return 0
    dates = rule_commits()
    after = tuned_after()
    print(table(run_audit(records, args.data, pipeline()), dates, after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
