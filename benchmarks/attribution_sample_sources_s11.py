"""Run the default pipeline on ~300 unseen articles of 2015-07-22 and 2015-07-31 and dump every attribution.

Issue 14, session 11 (attr14k): how often the source-error classes found on dev7 occur in unseen
text. The pool is every article of 2015-07-22.json and 2015-07-31.json (only these two days: the
reserved set dev9 is drawn from 2015-08-06/08-10 at the same time; 2015-08-11 is never read) with
300–3,000 characters of content that is in no gold file (``benchmarks/*gold*.jsonl``, by file and
index and by the SHA-1 of the text) and in neither earlier reviewed sample
(``attribution_sample_reviewed.tsv``, ``attribution_sample_review2.tsv``); it is shuffled with
``random.Random(SEED)`` and the first ``--n`` articles are run. Each attribution is written as one
JSON line (article place, outlet, SHA-1, sentence, cue, sources, speaker, content, kind); with
``--review K`` a seeded random draw of K attributions that have a source span is printed for a
reader to judge against the guideline in docs/attribution.md.

Usage::

    python benchmarks/attribution_sample_sources_s11.py --out /tmp/s11_sample.jsonl
    python benchmarks/attribution_sample_sources_s11.py --out /tmp/s11_sample.jsonl --review 60
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews import default_pipeline  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from attribution_gold4_select import gold_articles  # noqa: E402
from attribution_sample import sha1  # noqa: E402

DAYS = ("2015-07-22.json", "2015-07-31.json")
SEED = 20261211
REVIEW_SEED = 20261212
LATER_GOLDS = ("clitic_gold_dev5.jsonl", "quantity_gold_dev10.jsonl")
REVIEWED = ("attribution_sample_reviewed.tsv", "attribution_sample_review2.tsv")


def pool(data: Path) -> list[tuple[str, int, dict[str, str]]]:
    """The unseen articles of the two days, in day then index order."""
    # The clitic set dev5 and the quantity set dev10 (added after round 1, drawn partly from the same
    # days) tune no attribution rule; leaving them in the pool keeps round 1's 300 articles the sample
    # of every later run (and of benchmarks/attribution_sample_contents_s11.py, which shares it).
    golds = [p for p in sorted((ROOT / "benchmarks").glob("*gold*.jsonl")) if p.name not in LATER_GOLDS]
    places, shas = gold_articles(golds)
    for name in REVIEWED:
        for line in (ROOT / "benchmarks" / name).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.strip() and not line.startswith("#") and len(cols) > 3:
                shas.add(cols[3])
    out = []
    for day in DAYS:
        for i, art in enumerate(json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8"))):
            text = art["content"]
            if 300 <= len(text) <= 3000 and (day, i) not in places and sha1(text) not in shas:
                out.append((day, i, art))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--review", type=int, default=0)
    ap.add_argument("--review-seed", type=int, default=REVIEW_SEED, help="round 2: 20261213, the first 60 left out")
    args = ap.parse_args()
    arts = pool(args.data)
    random.Random(SEED).shuffle(arts)
    nlp = default_pipeline()
    rows = []
    for day, i, art in arts[: args.n]:
        text = art["content"]
        doc = nlp(text)
        for a in doc.attributions:
            sent = next((s for s in doc.sentences if s.start <= a.cue.start < s.end), None)
            rows.append(
                {
                    "file": day,
                    "index": i,
                    "outlet": art["source"],
                    "sha1": sha1(text),
                    "start": a.start,
                    "kind": a.kind,
                    "cue": a.cue.text,
                    "sources": [s.text for s in a.sources],
                    "speaker": a.speaker.name if a.speaker is not None else None,
                    "content": a.content.text,
                    # the words between the last source and the content (the boundary's evidence)
                    "gap": text[a.sources[-1].end : a.content.start]
                    if a.sources and a.cue.end <= a.sources[0].start and a.sources[-1].end <= a.content.start
                    else None,
                    "sentence": text[sent.start : sent.end] if sent is not None else "",
                }
            )
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{min(args.n, len(arts))} articles, {len(rows)} attributions -> {args.out}")
    if args.review:
        with_source = [r for r in rows if r["sources"]]
        if args.review_seed != REVIEW_SEED:
            # a fresh draw leaves out the sources the first review read (same article and cue place)
            done = set()
            first = ROOT / "benchmarks" / "attribution_sample_sources_s11.tsv"
            for line in first.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if line.strip() and not line.startswith("#") and len(cols) > 5:
                    done.add((cols[1], int(cols[2]), int(cols[5])))
            with_source = [r for r in with_source if (r["file"], r["index"], r["start"]) not in done]
        for n, r in enumerate(random.Random(args.review_seed).sample(with_source, args.review), start=1):
            print(f"## {n}. {r['file']} {r['index']} {r['outlet']} {r['sha1'][:10]} @{r['start']} {r['kind']}")
            print("sentence:", r["sentence"].replace("\n", " "))
            print("cue:     ", r["cue"])
            print("sources: ", " | ".join(r["sources"]))
            print("content: ", r["content"].replace("\n", " ")[:160])
            print()


if __name__ == "__main__":
    main()
