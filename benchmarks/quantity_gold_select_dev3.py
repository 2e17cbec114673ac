"""How the documents of the ``dev3`` split of ``benchmarks/quantity_gold.jsonl`` were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, third development set: dev and dev2 had both been used up as guides). Documents already in any
gold of the project are excluded: the quantity gold (dev, test, dev2) and the attribution golds
(``benchmarks/attribution_gold*.jsonl``), and so is a text equal to one of theirs.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words (the pattern of ``quantity_gold_select.py``), not in
  a gold; shuffled with ``random.Random(3033)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev3.py [DATA_DIR]
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import DAYS, NUM, anercorp_train_sentences


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def main(data: Path) -> None:
    here = Path(__file__).resolve().parent
    gold = [json.loads(x) for x in (here / "quantity_gold.jsonl").open(encoding="utf-8")]
    # the documents of the earlier golds, so that a rerun after dev3 was added picks the same
    gold = [g for g in gold if g["split"] != "dev3"]
    for path in sorted(here.glob("attribution_gold*.jsonl")):
        gold += [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
    seen = {(g.get("file"), g.get("index"), g.get("line"), g.get("sentence")) for g in gold}
    seen_sha1 = {g["sha1"] for g in gold if g.get("sha1")}
    rng = random.Random(3033)
    cands = []
    for day in DAYS:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = a.get("content") or ""
            if (day + ".json", i, None, None) in seen or _sha1(c) in seen_sha1:
                continue
            if 500 <= len(c) <= 1500 and len(NUM.findall(c)) >= 8:
                cands.append(dict(style="saudinewsnet", file=day + ".json", index=i, text=c))
    rng.shuffle(cands)
    docs: list[dict[str, object]] = []
    texts: set[str] = set()
    for d in cands:
        if len(docs) == 24:
            break
        if str(d["text"]) not in texts:
            texts.add(str(d["text"]))
            docs.append(d)
    lines = (data / "wikinews_qcri_segmentation" / "WikiNewsTruth.txt").read_text(encoding="utf-8").split("\n")
    wl = [
        dict(style="wikinews", file="WikiNewsTruth.txt", line=i, text=x)
        for i, x in enumerate(lines)
        if x
        and not x.startswith("#")
        and regex.search(r"[0-9]", x)
        and len(x) < 900
        and ("WikiNewsTruth.txt", None, i, None) not in seen
        and (None, None, i, None) not in seen
    ]
    rng.shuffle(wl)
    docs += wl[:3]
    path, sents = anercorp_train_sentences(data)
    al = [
        dict(style="anercorp", file=path.name, sentence=i, text=" ".join(t))
        for i, t in enumerate(sents)
        if regex.search(r"[0-9]", " ".join(t))
        and len(" ".join(t)) < 600
        and (path.name, None, None, i) not in seen
        and (None, None, None, i) not in seen
    ]
    rng.shuffle(al)
    docs += al[:3]
    for n, d in enumerate(docs):
        where = {k: v for k, v in d.items() if k not in ("text", "style")}
        rec = dict(id=f"{d['style']}-dev3-{n:02d}", style=d["style"], split="dev3", **where, sha1=_sha1(str(d["text"])))
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
