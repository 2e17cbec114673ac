"""Session 23's precision and recall reading of the quantity stage on unannotated news (issue 15, q23b).

The pool: every SaudiNewsNet article of 2015-07-22 and 2015-07-31 (no other day is read) with
300–3,000 characters of content, left out when its (file, index) or SHA-1 is in a gold file of
``benchmarks/`` (``quantity_sample_s11.gold_places``) or when it contains the text of a document of
``gold_overlap.load_documents`` (every gold set's documents; their texts are compared, never shown).
The pool is shuffled with ``random.Random(SEED)`` and read in that order.

- **Precision items** (``--n``, 420): one quantity of ``find_quantities`` per article, drawn with a
  second generator seeded ``SEED``, articles with no quantity skipped.
- **Recall probes** (``--probes``, 45): from the articles after those, in the same order, one place per
  article where a digit run or a number word (``NUMBER_WORD``) stands and no quantity overlaps it,
  drawn with a third generator; articles with no such place skipped.

Each item is read against the annotation guideline of docs/quantities.md; the judgements are in
``quantity_sample_s23.tsv`` (offsets and the system's fields only, no article text). Usage::

    python benchmarks/quantity_sample_s23.py --show           # print the items with context, to read
    python benchmarks/quantity_sample_s23.py --check          # re-read: items whose output changed since the TSV
    python benchmarks/quantity_sample_s23.py --summary        # verdicts and classes of the TSV, per 100
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.stages.quantities import Quantity, find_quantities  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from gold_overlap import load_documents  # noqa: E402
from quantity_sample_s11 import unused_articles  # noqa: E402

SEED = 2026231
TSV = ROOT / "benchmarks" / "quantity_sample_s23.tsv"
# A digit run (Latin or Arabic-Indic) or a cardinal, fraction or ordinal word with its proclitics.
NUMBER_WORD = regex.compile(
    r"[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)*|(?<!\p{L})(?:[وفبلك]|وب|ول|لل|بال|وال|ال)?(?:اثن(?:ان|ين|تان|تين|تا|ي)"
    r"|(?:ثلاث|أربع|اربع|خمس|ست|سبع|تسع|عشر)(?:ة|ه|ون|ين)?|ثمان(?:ي|ية|ون|ين)?|عشرات|مئة|مائة|مئات|مئتين|مائتين"
    r"|ألف|الف|آلاف|الاف|ألفين|ألفا|مليون|ملايين|مليونا|مليونين|مليار|مليارات|مليارا|مليارين|نصف|ربع|ثلث"
    r"|(?:ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:ة)?)(?!\p{L})"
)
Row = dict[str, str]
FIELDS = ("kind", "qualifier", "value", "low", "high", "unit", "currency", "magnitude", "day", "month", "year")
FIELDS += ("calendar", "part", "relative")


def articles(data: Path) -> list[tuple[str, int, str]]:
    """The pool in the drawn order: (day, index, text)."""
    gold_texts = [d.text for d in load_documents(data) if len(d.text) >= 200]
    out = [(day, i, a["content"]) for day, i, a in unused_articles(data)]
    out = [(day, i, text) for day, i, text in out if not any(g in text for g in gold_texts)]
    random.Random(SEED).shuffle(out)
    return out


def fields(q: Quantity) -> Row:
    """The scored fields of ``q`` as strings (the unit's text is left to the offsets: ``unit_len``)."""
    row = {k: ("" if getattr(q, k) is None else str(getattr(q, k))) for k in FIELDS}
    row["unit"] = str(len(q.unit)) if q.unit else ""
    return row


def draw(data: Path, n: int, probes: int) -> list[tuple[Row, str]]:
    """The items: a row (place and fields) and the text around it for a reader."""
    pick, probe_pick = random.Random(SEED), random.Random(SEED + 1)
    items: list[tuple[Row, str]] = []
    got = got_probes = 0
    for day, i, text in articles(data):
        found = find_quantities(text)
        if got < n:
            if not found:
                continue
            q = pick.choice(found)
            got += 1
            row = {"n": str(got), "type": "quantity", "file": day, "index": str(i), "start": str(q.start)}
            row |= {"end": str(q.end)} | fields(q)
            shown = f"{q.kind}/{q.qualifier} «{q.text}» " + " ".join(
                f"{k}={getattr(q, k)}" for k in FIELDS[2:] if getattr(q, k) is not None
            )
            items.append((row, context(text, q.start, q.end) + "\n   " + shown))
            continue
        spots = [
            m for m in NUMBER_WORD.finditer(text) if not any(q.start < m.end() and m.start() < q.end for q in found)
        ]
        if not spots:
            continue
        m = probe_pick.choice(spots)
        got_probes += 1
        row = {"n": f"p{got_probes}", "type": "probe", "file": day, "index": str(i), "start": str(m.start())}
        row |= {"end": str(m.end())} | dict.fromkeys(FIELDS, "")
        items.append((row, context(text, m.start(), m.end())))
        if got_probes == probes:
            break
    return items


def context(text: str, start: int, end: int, width: int = 60) -> str:
    """``text`` around [start:end], the item in brackets, on one line."""
    left, right = text[max(0, start - width) : start], text[end : end + width]
    return f"…{left}【{text[start:end]}】{right}…".replace("\n", " ")


def read_tsv() -> list[Row]:
    """The judged items of ``TSV`` (comment lines skipped)."""
    lines = [ln for ln in TSV.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def check(data: Path) -> None:
    """The judged items whose output is no longer what the TSV records (a quantity's fields or span, or a
    probe's place now covered), for a second reading. Items whose article has left the pool (a later gold
    set took it) are skipped and counted."""
    texts = {(d, i): t for d, i, t in articles(data)}
    changed = Counter[str]()
    left = Counter[str]()
    for row in read_tsv():
        text = texts.get((row["file"], int(row["index"])))
        if text is None:  # a gold set made since the TSV took the article out of the pool: not shown
            left[row["verdict"]] += 1
            continue
        start, end = int(row["start"]), int(row["end"])
        over = [q for q in find_quantities(text) if q.start < end and start < q.end]
        now = [q for q in over if q.start == start and q.end == end and fields(q) == {k: row[k] for k in FIELDS}]
        if (row["type"] == "quantity" and now) or (row["type"] == "probe" and not over):
            continue
        changed[row["verdict"]] += 1
        print(f"## {row['n']} {row['file']} {row['index']} was {row['verdict']} {row['class']}: {row['note']}")
        print("   ", context(text, start, end))
        for q in over:
            shown = " ".join(f"{k}={getattr(q, k)}" for k in FIELDS[2:] if getattr(q, k) is not None)
            print(f"    now: {q.kind}/{q.qualifier} «{q.text}» {shown}")
    print("changed, by the TSV's verdict:", dict(changed))
    print(f"skipped (article no longer in the pool): {sum(left.values())}, by verdict: {dict(left)}")


def summary() -> None:
    """Verdicts and classes of the wrong items, with counts per 100 quantities (per 100 probes)."""
    rows = read_tsv()
    for kind in ("quantity", "probe"):
        part = [r for r in rows if r["type"] == kind]
        print(f"{kind}: {len(part)}; verdicts {dict(Counter(r['verdict'] for r in part))}", end="; ")
        print(f"after {dict(Counter(r['after'] for r in part))}")
        for cls, k in Counter(r["class"] for r in part if r["class"] != "-").most_common():
            print(f"  {k:3d}  {100 * k / len(part):4.1f} per 100  {cls}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=420)
    ap.add_argument("--probes", type=int, default=45)
    ap.add_argument("--show", action="store_true", help="print the items with their context")
    ap.add_argument("--rows", type=Path, help="write the items' rows (no verdicts) to this TSV")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    if args.summary:
        summary()
        return
    if args.check:
        check(args.data)
        return
    items = draw(args.data, args.n, args.probes)
    if args.show:
        for row, shown in items:
            print(f"## {row['n']} {row['file']} {row['index']} [{row['start']}:{row['end']}]\n   {shown}")
    if args.rows is not None:
        head = ["n", "type", "file", "index", "start", "end", *FIELDS]
        with args.rows.open("w", encoding="utf-8") as f:
            f.write("\t".join(head) + "\n")
            for row, _ in items:
                f.write("\t".join(row[k] for k in head) + "\n")


if __name__ == "__main__":
    main()
