"""Draw a seeded random sample of the attributions the default pipeline finds on unseen articles.

A precision review on real text (issue 14, session 9): every article of 2015-07-22, 07-31, 08-06
and 08-10 (never 2015-08-11) with 300–3,000 characters of content that is in none of the gold files
(``benchmarks/attribution_gold*.jsonl``, ``benchmarks/quantity_gold.jsonl``; matched by file and
index and by the SHA-1 of the text) is pooled in day order then index order and shuffled with
``random.Random(SEED)``; articles are taken in that order, at most 5 per outlet, and from each one
attribution of ``arabicnews.default_pipeline()`` is drawn with the same generator, until ``--n``
are drawn. Articles with no attribution are passed over (they cost no draw). Each sampled
attribution is printed with its sentence, cue, sources, speaker and content, for a reader to judge
against the guideline in docs/attribution.md.

With ``--exclude-reviewed`` (issue 14, session 12) the articles of every gold file
(``benchmarks/*gold*.jsonl``, globbed: dev4's ``attribution_gold5.jsonl`` too) and the 60 articles of
the earlier reviewed sample (``attribution_sample_reviewed.tsv``) cost no draw either (matched by the
SHA-1 of the text, which every gold record and every row of that list holds); with ``--seed`` a new
sample is drawn. Each printed heading holds the article's file, index, outlet and SHA-1, so a judged
sample is kept fixed as a list (``attribution_sample_review2.tsv``).

Usage::

    python benchmarks/attribution_sample.py            # 60 attributions, as reviewed in docs/history/attribution.md
    python benchmarks/attribution_sample.py --seed 20261215 --exclude-reviewed   # the session-12 review
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews import Attribution, Document, default_pipeline  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from attribution_gold4_select import gold_articles, sample_one_per_article  # noqa: E402

SEED = 20261207
REVIEWED = ROOT / "benchmarks" / "attribution_sample_reviewed.tsv"


def sha1(text: str) -> str:
    """The SHA-1 of an article's content, as the gold files and the reviewed list record it."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def excluded_shas() -> set[str]:
    """The SHA-1s of the articles of every gold file and of the earlier reviewed sample."""
    _places, shas = gold_articles(sorted((ROOT / "benchmarks").glob("*gold*.jsonl")))
    for line in REVIEWED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            shas.add(line.split("\t")[3])
    return shas


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--exclude-reviewed",
        action="store_true",
        help="pass over the articles of every gold file and of attribution_sample_reviewed.tsv",
    )
    args = ap.parse_args()
    nlp = default_pipeline()
    skip = excluded_shas() if args.exclude_reviewed else set()

    def found(text: str) -> list[tuple[Document, Attribution]]:
        if skip and sha1(text) in skip:
            return []
        doc = nlp(text)
        return [(doc, a) for a in doc.attributions]

    for n, (day, i, art, (doc, a)) in enumerate(sample_one_per_article(args.data, args.seed, 5, found), start=1):
        text = art["content"]
        sent = next((s for s in doc.sentences if s.start <= a.cue.start < s.end), None)
        print(f"## {n}. {day} {i} {art['source']} {sha1(text)} [{a.start}:{a.end}] {a.kind}")
        if sent is not None:
            print("sentence:", text[sent.start : sent.end].replace("\n", " "))
        print("cue:     ", a.cue.text)
        print("sources: ", " | ".join(s.text for s in a.sources) or "-")
        if a.speaker is not None:
            print("speaker: ", a.speaker.name)
        print("content: ", a.content.text.replace("\n", " "))
        print()
        if n == args.n:
            break


if __name__ == "__main__":
    main()
