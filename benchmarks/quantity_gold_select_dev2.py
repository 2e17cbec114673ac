"""How the documents of the ``dev2`` split of ``benchmarks/quantity_gold.jsonl`` were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, second development set: dev had been used up as a guide). Documents already in the gold are
excluded.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words (the pattern of ``quantity_gold_select.py``), not in
  the gold; shuffled with ``random.Random(2026)`` and the first 24 taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev2.py [DATA_DIR]
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


def main(data: Path) -> None:
    gold = [json.loads(x) for x in (Path(__file__).resolve().parent / "quantity_gold.jsonl").open(encoding="utf-8")]
    # the documents of the first gold (dev and test), so that a rerun after dev2 was added picks the same
    seen = {(g.get("file"), g.get("index"), g.get("line"), g.get("sentence")) for g in gold if g["split"] != "dev2"}
    rng = random.Random(2026)
    cands = []
    for day in DAYS:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = a.get("content") or ""
            if (day + ".json", i, None, None) in seen:
                continue
            if 500 <= len(c) <= 1500 and len(NUM.findall(c)) >= 8:
                cands.append(dict(style="saudinewsnet", file=day + ".json", index=i, text=c))
    rng.shuffle(cands)
    docs = cands[:24]
    lines = (data / "wikinews_qcri_segmentation" / "WikiNewsTruth.txt").read_text(encoding="utf-8").split("\n")
    wl = [
        dict(style="wikinews", file="WikiNewsTruth.txt", line=i, text=x)
        for i, x in enumerate(lines)
        if x
        and not x.startswith("#")
        and regex.search(r"[0-9]", x)
        and len(x) < 900
        and ("WikiNewsTruth.txt", None, i, None) not in seen
    ]
    rng.shuffle(wl)
    docs += wl[:3]
    path, sents = anercorp_train_sentences(data)
    al = [
        dict(style="anercorp", file=path.name, sentence=i, text=" ".join(t))
        for i, t in enumerate(sents)
        if regex.search(r"[0-9]", " ".join(t)) and len(" ".join(t)) < 600 and (path.name, None, None, i) not in seen
    ]
    rng.shuffle(al)
    docs += al[:3]
    for n, d in enumerate(docs):
        where = {k: v for k, v in d.items() if k not in ("text", "style")}
        sha1 = hashlib.sha1(str(d["text"]).encode()).hexdigest()
        print(
            json.dumps(
                dict(id=f"{d['style']}-dev2-{n:02d}", style=d["style"], split="dev2", **where, sha1=sha1),
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
