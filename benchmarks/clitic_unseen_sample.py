"""The segmenter's decision on every word of a sample of unannotated SaudiNewsNet articles (issue 19).

A rule chosen on the errors of a dev set must fix a class that is frequent in unseen text: this
prints each distinct word of the sample with its count and its split by this checkout's segmenter,
so that two checkouts' outputs can be compared (``diff``) and the words a candidate rule changes
counted and checked by hand.

The sample (session 11): 300 articles of 2015-07-22 and 2015-07-31 (the days dev5 was drawn from;
never 2015-08-11.json), in corpus order, shuffled with ``random.Random(1923)``, left out: the articles
of the clitic dev sets dev2 to dev5 and any article with the same text as one of theirs.

Usage: python benchmarks/clitic_unseen_sample.py [--data-dir DIR] [--articles N] > OUT.tsv
(word, count, split; most frequent first)

A read of occurrences in running text (session 15): ``--read N --seed S`` shuffles the articles
with ``random.Random(S)`` instead, takes ``--articles`` of them and prints N occurrences drawn with
the same seed among the words that have the letters of a split (a proclitic's first letter or a
pronoun's last letters), each with its split and three words of context either side; ``--rare K``
draws only among words written at most K times in those articles (where the errors are).

A read of word types the sources have not seen (session 18): ``--read N --seed S --unseen`` draws N
distinct words of the articles whose counts key (:func:`count_key`) is not in the packaged counts
and that have the letters of a split, each with its split and the context of its first occurrence.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.arabic.clitics import _could_split, analyse_word, count_key, load_model  # noqa: E402
from arabicnews.core.normalize import normalize  # noqa: E402
from arabicnews.evaluate.segmentation import ARABIC_RUN, cuts  # noqa: E402

DAYS = ("2015-07-22", "2015-07-31")
SEED = 1923
_HARAKAT = "".join(map(chr, range(0x064B, 0x0653)))  # tanween, short vowels, shadda, sukun
GOLDS = tuple(f"clitic_gold_dev{n}.jsonl" for n in (2, 3, 4, 5))


def sample(data: Path, articles: int, seed: int = SEED) -> list[str]:
    """The contents of the sample's articles."""
    taken: set[tuple[str, int]] = set()
    sha1s: set[str] = set()
    for name in GOLDS:
        for line in (ROOT / "benchmarks" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                taken.add((str(g["file"]), int(g["index"])))
                sha1s.add(str(g["sha1"]))
    cands: list[str] = []
    for day in DAYS:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = str(a.get("content") or "")
            if c and (day + ".json", i) not in taken:
                cands.append(c)
    random.Random(seed).shuffle(cands)
    import hashlib

    out: list[str] = []
    for c in cands:
        h = hashlib.sha1(c.encode("utf-8")).hexdigest()
        if h in sha1s:
            continue
        sha1s.add(h)
        out.append(c)
        if len(out) == articles:
            break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--read", type=int, default=0, help="occurrences to draw for reading (0: every word)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--rare", type=int, default=0, help="draw only words written at most this often")
    parser.add_argument("--unseen", action="store_true", help="draw distinct words the counts do not hold")
    args = parser.parse_args()
    if args.read and args.unseen:
        read_unseen(args.data_dir, args.articles, args.read, args.seed)
        return
    if args.read:
        read(args.data_dir, args.articles, args.read, args.seed, args.rare)
        return
    words: Counter[str] = Counter()
    for text in sample(args.data_dir, args.articles):
        words.update(m.group() for m in ARABIC_RUN.finditer(text))
    model = load_model()
    for w, n in words.most_common():
        a = analyse_word(model, w)
        norm = normalize(w)
        bounds = sorted({0, len(norm), *cuts(len(norm), a.proclitic_len, a.enclitic_len)})
        print(f"{w}\t{n}\t{'+'.join(norm[i:j] for i, j in itertools.pairwise(bounds))}")


def read(data: Path, articles: int, n: int, seed: int, rare: int) -> None:
    """Print ``n`` occurrences drawn with ``seed`` (of words written at most ``rare`` times when
    ``rare``), each with its split and context, for reading by hand."""
    texts = sample(data, articles, seed)
    forms = Counter(m.group() for t in texts for m in ARABIC_RUN.finditer(t))
    occurrences: list[tuple[str, str, str]] = []
    for text in texts:
        runs = list(ARABIC_RUN.finditer(text))
        for k, m in enumerate(runs):
            w = m.group()
            norm = normalize(w)
            final_ta = norm[-1:] == "ه" and w.rstrip(_HARAKAT)[-1:] in "ةۀە"
            if (not rare or forms[w] <= rare) and _could_split(norm, final_ta and not rare):
                left = " ".join(x.group() for x in runs[max(0, k - 3) : k])
                occurrences.append((w, left, " ".join(x.group() for x in runs[k + 1 : k + 4])))
    picked = random.Random(seed + 1 if rare else seed).sample(occurrences, n)
    model = load_model()
    print(f"# seed {seed}: {len(occurrences)} occurrences in {len(texts)} articles, {n} drawn", file=sys.stderr)
    for i, (w, left, right) in enumerate(picked):
        a = analyse_word(model, w)
        norm = normalize(w)
        bounds = sorted({0, len(norm), *cuts(len(norm), a.proclitic_len, a.enclitic_len)})
        print(f"{i}\t{'+'.join(norm[x:y] for x, y in itertools.pairwise(bounds))}\t{left} [{w}] {right}")


def read_unseen(data: Path, articles: int, n: int, seed: int) -> None:
    """Print ``n`` distinct words drawn with ``seed`` among those of the sample that the counts do
    not hold and that have the letters of a split, each with its split and first context."""
    texts = sample(data, articles, seed)
    model = load_model()
    first: dict[str, tuple[str, str]] = {}
    for text in texts:
        runs = [m.group() for m in ARABIC_RUN.finditer(text)]
        for k, w in enumerate(runs):
            if w not in first:
                first[w] = (" ".join(runs[max(0, k - 3) : k]), " ".join(runs[k + 1 : k + 4]))
    cands = sorted(
        w
        for w in first
        if count_key(w) not in model.counts and len(normalize(w)) >= 2 and _could_split(normalize(w), False)
    )
    print(f"# seed {seed}: {len(cands)} unseen words in {len(texts)} articles, {n} drawn", file=sys.stderr)
    for i, w in enumerate(random.Random(seed).sample(cands, n)):
        a = analyse_word(model, w)
        norm = normalize(w)
        bounds = sorted({0, len(norm), *cuts(len(norm), a.proclitic_len, a.enclitic_len)})
        left, right = first[w]
        print(f"{i}\t{'+'.join(norm[x:y] for x, y in itertools.pairwise(bounds))}\t{left} [{w}] {right}")


if __name__ == "__main__":
    main()
