"""Session 12's unseen-text check for the quantity stage: class frequencies and a review sample.

The pool is session 11's (quantity_sample_s11.py: SaudiNewsNet 2015-07-22 and 2015-07-31 only, in
no gold file, 300–3,000 characters, at most ``--per-outlet`` per outlet) shuffled with a new seed,
so the articles are mostly others than session 11's sample. The reserved days (08-06 and 08-10 for
the new reserved set, 08-11 always) are never read.

``--patterns`` counts, over those articles, how often each class of the pooled dev7, dev9 and
dev10 errors occurs (a regular expression per class, on the raw text) and what the stage does there.
Without it, ``--n`` quantities are drawn (one per article) for a reader to judge against the
guide in docs/quantities.md; the judgements are in quantity_sample_s12.tsv.

``--dump OUT`` writes every quantity the stage finds in the 569 articles of this pool and session 11's
(the union of the two 300-article draws) as JSON lines, to compare two checkouts with ``diff``.

Usage::

    python benchmarks/quantity_sample_s12.py              # the 80 reviewed quantities
    python benchmarks/quantity_sample_s12.py --patterns   # the class frequencies
    python benchmarks/quantity_sample_s12.py --dump OUT   # run from each checkout, then diff the two
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.stages.quantities import find_quantities  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from quantity_sample_s11 import (  # noqa: E402
    SEED as SEED_S11,
    parser,
    patterns,
    pool,
    print_sample,
)

SEED = 20261212
_NUM = r"(?:\d|واحد|اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع|عشر|مليار|مليون|ألف)"

# One regular expression per class of the pooled dev7/dev9/dev10 errors (docs/history/quantities.md, session 12).
PATTERNS: dict[str, str] = {
    "year after a relative year noun («العام الجاري 1436ه», «العام الحالي 2015م»)": r"(?<!\p{L})(?:ال)?(?:عام"
    r"|سنة)\s+(?:الجاري|الحالي|الماضي|المقبل|القادم|المنصرم)\s*\(?\d{4}",
    "a dual as the low end of a range («شهرين أو ثلاثة», «بين عامين وخمسة أعوام», «مليارين إلى ثلاثة»)": r"(?<!\p{L})"
    r"(?:بين\s+|من\s+)?\p{L}{3,}(?:ين|ان)\s+(?:أو|او|إلى|الى|و)\s*" + _NUM,
    "a noun before postposed «واحد» («قضية واحدة», «كلية واحدة»)": r"(?<!\p{L})\p{L}+\s+\p{L}+\s+(?:واحد|واحدة"
    r"|واحدا|واحدًا|واحداً)(?!\p{L})",
    "a bare or definite fraction word («الثلثين», «ثلث», «النصف تقريبا»)": r"(?<!\p{L})(?:و|ب|ل)?(?:ال)?(?:ثلث|ربع"
    r"|نصف|ثلثين|ثلثي|ثلثا)(?!\p{L})",
    "postposed «عدة» («جبهات عدة», «مناصب عدة»)": r"(?<!\p{L})\p{L}{3,}\s+عد[ةه](?!\p{L})",
    "counted noun + nisba adjective («شركة اتصالات عربية», «الحكام السعوديين»)": r"\d\s+(?:من\s+)?\p{L}{3,}"
    r"(?:\s+\p{L}{3,})?\s+\p{L}{2,}(?:ية|يين|يون|ي)(?!\p{L})",
    "a dual noun right after «و»/«ف» that the clitic split could cut («وضعية», «فقرتين»)": r"(?<!\p{L})[وف]\p{L}{3,}"
    r"(?:تين|تان)(?!\p{L})",
    "clock time with a space after the colon («19: 48»)": r"(?<!\d)\d{1,2}:\s+\d{2}(?!\d)",
}


def dump(data: Path, out: Path, docs: int, per_outlet: int) -> None:
    """Every quantity of the union of this pool and session 11's, one JSON line each, in article order."""
    arts = {(d, i): a for seed in (SEED, SEED_S11) for d, i, a in pool(data, docs, per_outlet, seed)}
    with out.open("w", encoding="utf-8") as f:
        for (day, i), art in sorted(arts.items()):
            for q in find_quantities(art["content"]):
                row = [day, i, q.start, q.end, q.text, q.kind, q.qualifier, str(q.value), str(q.low), str(q.high)]
                row += [q.unit, q.currency, q.year, q.relative, q.part]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(arts), "articles")


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--dump", type=Path, help="write every quantity of both pools to this JSON Lines file")
    args = ap.parse_args()
    if args.dump is not None:
        dump(args.data, args.dump, args.docs, args.per_outlet)
        return
    arts = pool(args.data, args.docs, args.per_outlet, SEED)
    if args.patterns:
        patterns(arts, args.show, PATTERNS)
        return
    print_sample(arts, args.n, args.context, SEED)


if __name__ == "__main__":
    main()
