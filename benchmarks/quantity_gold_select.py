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
from collections.abc import Callable
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


Key = tuple[object, object, object, object]


def gold_key(g: dict[str, object]) -> Key:
    """Where a gold record's document is: (file, index, line, sentence), ``None`` where absent."""
    return (g.get("file"), g.get("index"), g.get("line"), g.get("sentence"))


def earlier_golds(splits: tuple[str, ...], attribution_files: tuple[str, ...] = ()) -> tuple[set[Key], frozenset[str]]:
    """The documents a later draw must leave out: those of the quantity gold's ``splits`` and of the
    attribution golds ``attribution_gold{n}.jsonl`` for each ``n`` of ``attribution_files`` (name them:
    a gold added later must not shift an earlier draw), as gold keys and text SHA-1s."""
    here = Path(__file__).resolve().parent
    gold = [json.loads(x) for x in (here / "quantity_gold.jsonl").open(encoding="utf-8")]
    gold = [g for g in gold if g["split"] in splits]
    for path in (here / f"attribution_gold{n}.jsonl" for n in attribution_files):
        gold += [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
    return {gold_key(g) for g in gold}, frozenset(g["sha1"] for g in gold if g.get("sha1"))


def draw_dev_documents(
    data: Path,
    seed: int,
    split: str,
    seen: set[Key],
    seen_sha1: frozenset[str] = frozenset(),
    distinct: bool = False,
    days: tuple[str, ...] = DAYS,
    min_numbers: int = 8,
    accept: Callable[[Key, str], bool] | None = None,
) -> list[str]:
    """The JSON lines of a fresh development split: 24 SaudiNewsNet articles, 3 WikiNews lines and 3
    ANERcorp train sentences not in ``seen`` (nor with a text whose SHA-1 is in ``seen_sha1``), each
    group shuffled by one ``random.Random(seed)``; ``distinct`` skips an article text already drawn.
    The articles come from ``days`` and hold at least ``min_numbers`` figures (``NUM``); ``accept``, if
    given, is asked about each remaining article in the shuffled order (slow checks: only until 24 pass)
    and an article it refuses is skipped.
    Used by ``quantity_gold_select_dev2.py``, ``_dev3.py`` and ``_dev4.py`` and later draws."""
    rng = random.Random(seed)
    cands = []
    for day in days:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = a.get("content") or ""
            if (day + ".json", i, None, None) in seen or (seen_sha1 and _sha1(c) in seen_sha1):
                continue
            if 500 <= len(c) <= 1500 and len(NUM.findall(c)) >= min_numbers:
                cands.append(dict(style="saudinewsnet", file=day + ".json", index=i, text=c))
    rng.shuffle(cands)
    docs: list[dict[str, object]] = []
    texts: set[str] = set()
    for d in cands:
        if len(docs) == 24:
            break
        if distinct and str(d["text"]) in texts:
            continue
        if accept is None or accept((d["file"], d["index"], None, None), str(d["text"])):
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
    out = []
    for n, d in enumerate(docs):
        where = {k: v for k, v in d.items() if k not in ("text", "style")}
        rec = dict(
            id=f"{d['style']}-{split}-{n:02d}", style=d["style"], split=split, **where, sha1=_sha1(str(d["text"]))
        )
        out.append(json.dumps(rec, ensure_ascii=False))
    return out


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


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
        print(f"{d['style']}-{n:03d}", d["split"], where, _sha1(str(d["text"])))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
