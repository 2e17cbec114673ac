"""Run the attributions stage on ~300 unseen articles of two allowed days and dump what it finds.

Issue 14, session 11 (attr14l): a frequency check for the error classes read in dev7. Every
article of 2015-07-22 and 2015-07-31 (only those two days: dev9 is being drawn from 08-06 and
08-10; never 2015-08-11) with 300–3,000 characters of content that is in no gold file
(``benchmarks/*gold*.jsonl``, matched by file and index and by the SHA-1 of the text) nor in an
earlier reviewed sample is pooled in day then index order, shuffled with ``random.Random(SEED)``
and the first ``--n`` are run through ``arabicnews.default_pipeline()``. One JSON line per article:
its file, index, outlet, SHA-1, each attribution (cue, sources, content, kind, offsets) and each
sentence that holds a cue-like word (a form of ``cues.tsv``) where no cue was found. Then ``--read``
draws ``--k`` attributions at random (same seed) from the dump for a reader to judge against the
guideline in docs/attribution.md; the judged sample is kept in
``attribution_sample_contents_s11.tsv``.

Usage::

    python benchmarks/attribution_sample_contents_s11.py --out /tmp/s11.jsonl          # run and dump
    python benchmarks/attribution_sample_contents_s11.py --out /tmp/s11.jsonl --read   # 60 to read
    python benchmarks/attribution_sample_contents_s11.py --gold-markers   # content ends in the golds

``--gold-markers`` counts, over the gold attributions of the tuning splits dev..dev8, how often a
content runs on past «فيما», «إلا/غير أن», «إذ», «؛» and «لكن» (the word inside the content, not at
its start) and how often it ends right before one: the figures behind the guideline's content-end
convention (docs/history/attribution.md, session 11).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from attribution_sample import sha1  # noqa: E402
from attribution_sample_sources_s11 import pool  # noqa: E402

from arabicnews import default_pipeline  # noqa: E402
from arabicnews.core.normalize import normalize  # noqa: E402

SEED = 20261511


def cue_forms() -> set[str]:
    """The normalised single-word forms of cues.tsv."""
    forms: set[str] = set()
    path = ROOT / "arabicnews" / "data" / "attribution" / "cues.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        for form in line.split("\t")[0].split("|"):
            if " " not in form:
                forms.add(normalize(form))
    return forms


def dump(data: Path, n: int, out: Path) -> None:
    """Run the pipeline on the first ``n`` shuffled articles and write one JSON line each."""
    arts = pool(data)
    random.Random(SEED).shuffle(arts)
    nlp = default_pipeline()
    forms = cue_forms()
    with out.open("w", encoding="utf-8") as fh:
        for day, i, art in arts[:n]:
            text = art["content"]
            doc = nlp(text)
            atts = [
                {
                    "cue": [a.cue.start, a.cue.end, a.cue.text],
                    "sources": [s.text for s in a.sources],
                    "content": [a.content.start, a.content.end, a.content.text],
                    "kind": str(a.kind),
                }
                for a in doc.attributions
            ]
            cues = [a.cue.start for a in doc.attributions]
            quiet = []
            for s in doc.sentences:
                if any(s.start <= c < s.end for c in cues):
                    continue
                words = {normalize(t.text.lstrip("و").lstrip("ف")) for t in doc.tokens if s.start <= t.start < s.end}
                words |= {normalize(t.text) for t in doc.tokens if s.start <= t.start < s.end}
                hit = sorted(words & forms)
                if hit:
                    quiet.append([s.start, s.end, hit, text[s.start : s.end]])
            rec = {"file": day, "index": i, "source": art["source"], "sha1": sha1(text), "text": text}
            rec |= {"attributions": atts, "quiet": quiet}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read(out: Path, k: int) -> None:
    """Print ``k`` attributions drawn at random from the dump, with their sentence."""
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    items = [(r, a) for r in recs for a in r["attributions"]]
    rng = random.Random(SEED)
    for n, (r, a) in enumerate(rng.sample(items, min(k, len(items))), start=1):
        text = r["text"]
        c0 = a["cue"][0]
        lo = max(text.rfind(".", 0, c0), text.rfind("\n", 0, c0)) + 1
        hi = min(x for x in (text.find(".", a["content"][1]), text.find("\n", a["content"][1]), len(text)) if x >= 0)
        print(f"## {n}. {r['file']} {r['index']} {r['source']} {r['sha1']} cue@{c0} {a['kind']}")
        print("sentence:", text[lo : hi + 1].replace("\n", " "))
        print("cue:     ", a["cue"][2])
        print("sources: ", " | ".join(a["sources"]) or "-")
        print("content: ", a["content"][2].replace("\n", " "))
        print()


TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
FIRST_DEV_DAYS = ("2015-08-10.json", "2015-07-31.json")
_W, _E = r"(?<![\p{L}\p{M}])", r"(?![\p{L}\p{M}])"
MARKERS = {
    "فيما": r"[،,]?\s*و?فيما\s+(?!يتعلق|يخص|يلي|بين|بعد|يبدو|يحدث|نقوم)",
    "إلا/غير أن": r"[،,]?\s*(?:غير|إلا|الا)\s+[أا]ن" + _E,
    "إذ": r"[،,]?\s*" + _W + r"[إا]ذ\s+(?![أا]ن)",
    "؛": r"؛",
    "لكن": r"[،,]?\s*و?لكن(?:ه|ها|هم|)" + _E,
}


def gold_markers(data: Path) -> None:
    """Print, per marker, how many tuning-gold contents run on past it and how many end before it."""
    import regex

    texts: dict[str, list[dict[str, str]]] = {}
    counts = {name: [0, 0] for name in MARKERS}
    for path in sorted((ROOT / "benchmarks").glob("attribution_gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            first = path.name == "attribution_gold.jsonl" and rec["file"] in FIRST_DEV_DAYS
            if rec.get("split", "dev" if first else "") not in TUNING:
                continue
            if rec["file"] not in texts:
                texts[rec["file"]] = json.loads((data / "saudinewsnet" / rec["file"]).read_text(encoding="utf-8"))
            text = texts[rec["file"]][rec["index"]]["content"]
            for att in rec.get("attributions", []):
                s, e = att["content"]
                for name, pat in MARKERS.items():
                    if any(m.start() >= 3 for m in regex.finditer(pat, text[s:e])):
                        counts[name][0] += 1
                    elif regex.match(r"\s*(?:" + pat + ")", text[e : e + 30]):
                        counts[name][1] += 1
    for name, (past, end) in counts.items():
        print(f"{name}\truns on {past}\tends before {end}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--k", type=int, default=60)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--read", action="store_true")
    ap.add_argument("--gold-markers", action="store_true")
    args = ap.parse_args()
    if args.gold_markers:
        gold_markers(args.data)
    elif args.out is None:
        ap.error("--out is required")
    elif args.read:
        read(args.out, args.k)
    else:
        dump(args.data, args.n, args.out)


if __name__ == "__main__":
    main()
