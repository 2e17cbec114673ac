"""Session 11 round 2: how often dev10's error classes occur in unseen text, and what the stage does there.

The pool is ``quantity_sample_s11.pool`` with no limit: every allowed SaudiNewsNet article of 2015-07-22
and 2015-07-31 with 300–3,000 characters of content in no gold file of ``benchmarks/`` (3,142 articles;
the 300-article sample holds too few of these patterns). For each class (a regular expression on the raw
text) it prints up to ``--show`` hits with the quantities that overlap them, then the hit and article counts.

Usage::

    python benchmarks/quantity_sample_s11_dev10.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quantity_sample_s11 as s11  # noqa: E402

from arabicnews.stages.quantities import find_quantities  # noqa: E402

SCALE = r"(?:(?:مليون|مليار|مليارات|ملايين|ألف|آلاف|الف)\s+)?"
PATTERNS: dict[str, str] = {
    "bare «درهم»": rf"\d[\d.,]*\s*{SCALE}درهم(?:ا|اً)?(?!\s*(?:إمارات|امارات|مغرب))",
    "bare «دينار»": rf"\d[\d.,]*\s*{SCALE}دينار(?:ا|اً)?(?!\s*\p{{L}}+ي)",
    "bare «ليرة»": rf"\d[\d.,]*\s*{SCALE}ليرة(?!\s*\p{{L}}+ي)",
    "a score with «صفر»": r"\d\s*[-ـ–]+\s*صفر|صفر\s*[-ـ–/]+\s*\d",
    "a range with a dual scale word": r"(?:مليارين|مليونين|ألفين)\s+(?:و|إلى|الى|حتى)",
    "a Hijri date with dashes": r"\d{1,2}\s*-\s*\d{1,2}\s*-\s*14\d\d",
    "a military unit and a number («الفرقة 30»)": r"(?<!\p{L})[وفبل]?(?:ال)?(?:فرقة|لواء|كتيبة|اللواء|الفرقة"
    r"|الكتيبة)\s+\d+",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--show", type=int, default=20, help="hits shown per class")
    args = ap.parse_args()
    arts = s11.pool(args.data, 10**6, 10**6)
    print(f"{len(arts)} articles")
    for name, pattern in PATTERNS.items():
        hits = docs = 0
        for day, index, art in arts:
            text = art["content"]
            found = list(regex.finditer(pattern, text))
            if not found:
                continue
            docs += 1
            qs = find_quantities(text)
            for m in found:
                hits += 1
                if hits <= args.show:
                    over = [s11.show(q) for q in qs if q.start < m.end() and m.start() < q.end]
                    where = text[max(0, m.start() - 40) : m.end() + 30].replace("\n", " ")
                    print(f"{name} | {day} {index} | {where} | {over}")
        print(f"== {name}: {hits} hits in {docs} articles")


if __name__ == "__main__":
    main()
