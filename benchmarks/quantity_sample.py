"""Draw a seeded random sample of the quantities the quantity stage finds on unseen articles.

A precision review on real text (issue 15, session 8), drawn as attribution_sample.py draws its
attributions and from the same pool (``gold_articles``/``unused_articles`` of
attribution_gold4_select.py): every article of 2015-07-22, 07-31, 08-06 and 08-10 (never
2015-08-11) with 300–3,000 characters of content that is in none of the gold files
(``benchmarks/attribution_gold*.jsonl``, ``benchmarks/quantity_gold.jsonl``; by file and index and
by the SHA-1 of the text) is shuffled with ``random.Random(SEED)``; articles are taken in that
order, at most 7 per outlet, and from each one quantity of ``find_quantities`` is drawn with the
same generator, until ``--n`` are drawn. Articles with no quantity cost no draw. Each sampled
quantity is printed with its context and its scored fields, for a reader to judge against the
annotation guide in docs/quantities.md; the judgements are in quantity_sample.tsv.

Usage::

    python benchmarks/quantity_sample.py            # 80 quantities, as reviewed in docs/history/quantities.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.stages.quantities import Quantity, find_quantities  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from attribution_gold4_select import sample_one_per_article  # noqa: E402

SEED = 20261208
FIELDS: tuple[str, ...] = ("value", "low", "high", "unit", "currency", "magnitude", "day", "month", "year")
FIELDS += ("calendar", "part", "relative")


def print_item(n: int, day: str, i: int, art: dict[str, str], q: Quantity, context: int, shown: str) -> None:
    """One sampled quantity for a reader: its place, ``context`` characters either side, ``shown``."""
    text = art["content"]
    left = text[max(0, q.start - context) : q.start].replace("\n", " ")
    right = text[q.end : q.end + context].replace("\n", " ")
    print(f"## {n}. {day} {i} {art['source']} [{q.start}:{q.end}]")
    print(f"context:  …{left}【{q.text}】{right}…")
    print(f"quantity: {shown}")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--context", type=int, default=70, help="characters shown on each side")
    args = ap.parse_args()
    for n, (day, i, art, q) in enumerate(
        sample_one_per_article(args.data, SEED, 7, lambda text: list(find_quantities(text))), start=1
    ):
        shown = " ".join(f"{k}={getattr(q, k)}" for k in FIELDS if getattr(q, k) is not None)
        print_item(n, day, i, art, q, args.context, f"{q.kind}/{q.qualifier} {shown}")
        if n == args.n:
            break


if __name__ == "__main__":
    main()
