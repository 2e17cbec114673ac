"""Draw the articles of the dev3 attribution set (issue 14, session 8), reproducibly.

The same draw as dev2's (docs/history/attribution.md, "a fresh development set"), with a new seed: every
article of 2015-07-22, 07-31, 08-06 and 08-10 (never 2015-08-11) with 900–2,200 characters of
content that is in none of the existing gold files (``benchmarks/attribution_gold*.jsonl``,
``benchmarks/quantity_gold.jsonl``; matched by file and index and by the SHA-1 of the text),
pooled in day order then index order, shuffled with ``random.Random(SEED).shuffle`` and taken in
that order with at most 3 per outlet until ``--n`` are drawn.

Usage::

    python benchmarks/attribution_gold4_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
DAYS = ("2015-07-22.json", "2015-07-31.json", "2015-08-06.json", "2015-08-10.json")
SEED = 20261206
# the gold files that existed when dev3 was drawn, named (not globbed): a later gold file
# (attribution_gold5.jsonl, dev4) must not shift this draw or the precision-review sample's pool
GOLD = [
    *(ROOT / "benchmarks" / f"attribution_gold{n}.jsonl" for n in ("", "2", "3", "4")),
    ROOT / "benchmarks" / "quantity_gold.jsonl",
]
EXCLUDE_OWN = "attribution_gold4.jsonl"  # the set this script draws is not an exclusion of itself


Article = dict[str, str]
T = TypeVar("T")


def gold_articles(
    paths: Iterable[Path], skip: Callable[[Path, dict[str, object]], bool] = lambda path, rec: False
) -> tuple[set[tuple[str, int]], set[str]]:
    """The (file, index) pairs and text SHA-1s of the articles in the gold files ``paths`` (a
    record for which ``skip(path, record)`` holds is left out). Also used by attribution_sample.py."""
    places: set[tuple[str, int]] = set()
    shas: set[str] = set()
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if skip(path, rec):
                continue
            if "file" in rec and "index" in rec:
                places.add((rec["file"], rec["index"]))
            if "sha1" in rec:
                shas.add(rec["sha1"])
    return places, shas


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """The articles already in a gold file when dev3 was drawn."""
    # the quantity gold's dev3 was annotated at the same time, after this draw (and dev4 later)
    return gold_articles(
        (p for p in GOLD if p.name != EXCLUDE_OWN),
        lambda path, rec: path.name == "quantity_gold.jsonl" and rec.get("split") not in ("dev", "test", "dev2"),
    )


def unused_articles(
    data: Path, low: int, high: int, places: set[tuple[str, int]], shas: set[str]
) -> list[tuple[str, int, Article]]:
    """The articles of the four allowed days with ``low``–``high`` characters of content, in no gold
    (by file and index, or by the SHA-1 of the text), in day then index order."""
    pool = []
    for day in DAYS:
        for i, art in enumerate(json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8"))):
            text = art["content"]
            if not low <= len(text) <= high or (day, i) in places:
                continue
            if hashlib.sha1(text.encode("utf-8")).hexdigest() in shas:
                continue
            pool.append((day, i, art))
    return pool


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, dict[str, str]]]:
    """The drawn articles, in the drawn order."""
    return draw_unused(data, used(), SEED, n, per_outlet)


def draw_unused(
    data: Path, used: tuple[set[tuple[str, int]], set[str]], seed: int, n: int, per_outlet: int = 3
) -> list[tuple[str, int, Article]]:
    """The attribution sets' draw (dev3 to dev6): the articles of 900–2,200 characters not in ``used``
    (places and SHA-1s), shuffled with ``seed``, the first ``n`` with at most ``per_outlet`` per outlet."""
    return draw_from(unused_articles(data, 900, 2200, *used), seed, n, per_outlet)


def draw_from(
    pool: list[tuple[str, int, Article]],
    seed: int,
    n: int,
    per_outlet: int = 3,
    skip: Collection[tuple[str, int]] = (),
) -> list[tuple[str, int, Article]]:
    """The first ``n`` articles of ``pool`` shuffled with ``seed``, at most ``per_outlet`` per outlet,
    passing over the (file, index) places in ``skip``. Also used by the later select scripts."""
    random.Random(seed).shuffle(pool)
    out: list[tuple[str, int, Article]] = []
    per: Counter[str] = Counter()
    for day, i, art in pool:
        if (day, i) in skip or per[art["source"]] >= per_outlet:
            continue
        per[art["source"]] += 1
        out.append((day, i, art))
        if len(out) == n:
            break
    return out


def pool_without(
    pool: list[tuple[str, int, Article]],
    taken: Sequence[tuple[str, int, Article]],
    left_out: Collection[tuple[str, int]],
    gold: Iterable[Path],
) -> list[tuple[str, int, Article]]:
    """``pool`` without the articles ``taken`` by an earlier draw (by place and by the SHA-1 of the text), the
    places ``left_out`` and the articles of the gold files ``gold`` (by place and SHA-1), in ``pool``'s order.
    Used by the later select scripts (dev14 on) to take an earlier set's pool less its draw."""
    places, shas = gold_articles(gold)
    places |= {(d[0], d[1]) for d in taken} | set(left_out)
    shas |= {hashlib.sha1(art["content"].encode("utf-8")).hexdigest() for _, _, art in taken}
    return [
        d
        for d in pool
        if (d[0], d[1]) not in places and hashlib.sha1(d[2]["content"].encode("utf-8")).hexdigest() not in shas
    ]


def draw_after(
    previous: ModuleType, new_gold: Sequence[Path], seed: int, left_out: Collection[tuple[str, int]]
) -> tuple[Callable[[Path], list[tuple[str, int, Article]]], Callable[[Path, int], list[tuple[str, int, Article]]]]:
    """``pool(data)`` and ``draw(data, n)`` of a set drawn after the one of the select script ``previous`` (with
    its ``pool``, ``draw`` and ``LEFT_OUT``): that pool less its 30 drawn, its left-out places and the gold files
    ``new_gold`` (``pool_without``), shuffled with ``seed`` and taken with at most 3 per outlet, passing over
    ``left_out`` (``draw_over``). Used by the dev16 draw script on."""
    return draw_over(
        lambda data: pool_without(previous.pool(data), previous.draw(data, 30), previous.LEFT_OUT, new_gold),
        seed,
        left_out,
    )


def draw_over(
    make_pool: Callable[[Path], Iterable[tuple[str, int, Article]]], seed: int, left_out: Collection[tuple[str, int]]
) -> tuple[Callable[[Path], list[tuple[str, int, Article]]], Callable[[Path, int], list[tuple[str, int, Article]]]]:
    """``pool(data)`` and ``draw(data, n)`` of a set drawn from the pool ``make_pool(data)`` (built once a
    process), shuffled with ``seed`` and taken with at most 3 per outlet, passing over ``left_out``
    (``draw_from``). ``draw_after``'s draw; the dev21 draw (``attribution_gold22_select.py``) gives its own pool
    of other days."""

    @functools.cache
    def pool_once(data: Path) -> tuple[tuple[str, int, Article], ...]:
        # once a process: each pool asks the previous script for its pool and for its draw (which asks for that
        # pool again), so without this every set in the chain doubled the work of the one before it
        return tuple(make_pool(data))

    def pool(data: Path) -> list[tuple[str, int, Article]]:
        return list(pool_once(data))  # a fresh list: draw_from shuffles its pool in place

    def draw(data: Path, n: int) -> list[tuple[str, int, Article]]:
        return draw_from(pool(data), seed, n, 3, skip=left_out)

    return pool, draw


def sample_one_per_article(
    data: Path, seed: int, per_outlet: int, find: Callable[[str], Sequence[T]]
) -> Iterator[tuple[str, int, Article, T]]:
    """One item of ``find(content)`` per article, for a precision review: the articles of 300–3,000
    characters in no file of ``GOLD`` shuffled with ``random.Random(seed)``, at most ``per_outlet`` per
    outlet, each item chosen with the same generator; articles where ``find`` finds nothing cost no
    draw. Used by attribution_sample.py and quantity_sample.py."""
    pool = unused_articles(data, 300, 3000, *gold_articles(GOLD))
    rng = random.Random(seed)
    rng.shuffle(pool)
    per: Counter[str] = Counter()
    for day, i, art in pool:
        if per[art["source"]] >= per_outlet:
            continue
        found = find(art["content"])
        if not found:
            continue
        per[art["source"]] += 1
        yield day, i, art, rng.choice(found)


def print_draw(draw: Callable[[Path, int], list[tuple[str, int, Article]]], doc: str | None) -> None:
    """The command line of a draw script: print file, index, outlet, length and url of each article.
    Also used by attribution_gold5_select.py."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    for day, i, art in draw(args.data, args.n):
        print(day, i, art["source"], len(art["content"]), art["url"], sep="\t")


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
