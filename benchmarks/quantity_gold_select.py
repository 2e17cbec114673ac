"""How the documents of ``benchmarks/quantity_gold.jsonl`` were chosen (kept for the record).

Run once, before any annotation and before any system output was looked at; it prints the chosen
documents with their split. The gold file stores offsets only; this script reads the texts from
``../shared/data`` (SaudiNewsNet is CC BY-NC-SA 4.0, so no text is copied into the repository).

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 600-2,200 characters
  with at least 8 digits or number-like words. Batch 1: per outlet, the candidates shuffled with
  seed 15 and the first three taken. Batch 2 (added when batch 1 came to fewer than 600
  quantities): per outlet, the fourth candidate in corpus order (days in order, then index).
- WikiNews (QCRI, fully vocalised): 20 lines with a digit, shuffled with the same generator.
- ANERcorp train (CAMeL Lab split): 25 sentences with a digit, shuffled with the same generator.
- Split by document into dev and test: within each style, shuffle with seed 1515 (batch 2: 1516)
  and alternate dev, test.

Usage: python benchmarks/quantity_gold_select.py [DATA_DIR]
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import regex

DAYS = ("2015-07-22", "2015-07-31", "2015-08-06", "2015-08-10")
NUM = regex.compile(
    r"[0-9٠-٩]+|\b(?:[وفبل]?(?:ال)?(?:واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مائة|مئة|ألف|مليون|مليار"
    r"|نصف|ربع|ثلث|يومين|مرتين|أسبوعين|شهرين|عامين|سنتين))"
)


def anercorp_train_sentences(data: Path) -> tuple[Path, list[list[str]]]:
    """The ANERcorp train file and its sentences as word lists (blank lines end a sentence)."""
    sents: list[list[str]] = []
    cur: list[str] = []
    path = data / "anercorp" / "ANERCorp_CamelLabSplit_train.reconstructed.txt"
    for raw in path.open(encoding="utf-8-sig"):
        if not raw.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = raw.rstrip("\r\n").rsplit(None, 1)
        if len(parts) == 2:
            cur.append(parts[0].strip())
    if cur:
        sents.append(cur)
    return path, sents


def main(data: Path) -> None:
    rng = random.Random(15)
    by: dict[str, list[tuple[str, int, str, str, str]]] = defaultdict(list)
    for day in DAYS:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = a.get("content") or ""
            if 600 <= len(c) <= 2200 and len(NUM.findall(c)) >= 8:
                by[a["source"]].append((day + ".json", i, a["source"], a["url"], c))
    in_order = {s: list(v) for s, v in by.items()}
    snn = []
    for s in sorted(by):
        rng.shuffle(by[s])
        snn += by[s][:3]
    lines = (data / "wikinews_qcri_segmentation" / "WikiNewsTruth.txt").read_text(encoding="utf-8").split("\n")
    wl = [(i, x) for i, x in enumerate(lines) if x and not x.startswith("#") and regex.search(r"[0-9]", x)]
    wl = [(i, x) for i, x in wl if len(x) < 900]
    rng.shuffle(wl)
    _, sents = anercorp_train_sentences(data)
    al = [(i, " ".join(t)) for i, t in enumerate(sents)]
    al = [(i, t) for i, t in al if regex.search(r"[0-9]", t) and len(t) < 600]
    rng.shuffle(al)
    docs = [dict(style="saudinewsnet", file=f, index=i, text=c) for f, i, _, _, c in snn]
    docs += [dict(style="wikinews", line=i, text=x) for i, x in wl[:20]]
    docs += [dict(style="anercorp", sentence=i, text=t) for i, t in al[:25]]
    for style in ("saudinewsnet", "wikinews", "anercorp"):
        ds = [d for d in docs if d["style"] == style]
        random.Random(1515).shuffle(ds)
        for k, d in enumerate(ds):
            d["split"] = "dev" if k % 2 == 0 else "test"
    extra = []
    for s in sorted(by):
        f, i, _, _, c = in_order[s][3]
        extra.append(dict(style="saudinewsnet", file=f, index=i, text=c))
    order = list(range(len(extra)))
    random.Random(1516).shuffle(order)
    for k, j in enumerate(order):
        extra[j]["split"] = "dev" if k % 2 == 0 else "test"
    for n, d in enumerate(docs + extra):
        where = {k: v for k, v in d.items() if k not in ("text", "style", "split")}
        sha1 = hashlib.sha1(str(d["text"]).encode()).hexdigest()
        print(f"{d['style']}-{n:03d}", d["split"], where, sha1)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
