"""How the documents of ``benchmarks/quantity_gold_dev10.jsonl`` (split ``dev10``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, tenth fresh set, a TUNING set for session 11's later rounds: scored once when drawn, then anyone
may read its errors and tune on it). The same mix of styles as dev4 to dev9, by the same function
(``draw_dev_documents``) with a new seed, dev7's near-copy rule and dev8's threshold of figures
(``MIN_NUMBERS``, 12 digit runs or number-like words, as a tuning set rich in figures). Left out:
everything dev9's draw left out (``left_out`` of ``quantity_gold_select_dev9.py``: every quantity,
attribution and clitic gold document up to dev8, the three precision reviews, a text equal to or a
near copy of one of them) and dev9's own documents (reserved), and the later of two near copies in the
draw itself. The four allowed days, never 2015-08-11.json. New for dev10: a WikiNews line or ANERcorp
sentence whose text is that of a gold document elsewhere in the corpus (``same_texts``;
``draw_dev_documents`` checks the SHA-1 of articles only): the first draw took ANERcorp sentence 34,
the same text as sentence 65 of the quantity dev split.

Round 3 of session 11: dev9 as it was when dev10 was drawn (``first_draw`` of
``quantity_gold_select_dev9.py``, its 30 documents) is what is left out, so that the draw stays the
same after 6 of those documents were replaced in dev9 (they are among ``benchmarks/snapshot.py``'s
texts). Those 6, annotated for dev9, are added to dev10 after its 30 drawn documents, as
``saudinewsnet-dev10-30`` to ``-35`` (in dev9's order; none is a near copy of a dev10 document): 36
documents.

- SaudiNewsNet: articles of 500-1,500 characters with at least 12 digits or number-like words, not
  left out; shuffled with ``random.Random(10110)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in a gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in a gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev10.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import NUM, Key, _sha1, anercorp_train_sentences, gold_key
from quantity_gold_select_dev7 import draw_without_near_copies, saudinewsnet_articles
from quantity_gold_select_dev8 import MIN_NUMBERS
from quantity_gold_select_dev9 import first_draw, left_out as dev9_left_out, split_first

SEED = 10110


def same_texts(data: Path, sha1s: frozenset[str]) -> set[Key]:
    """The keys of the WikiNews lines and ANERcorp train sentences whose text has a SHA-1 in ``sha1s``."""
    lines = (data / "wikinews_qcri_segmentation" / "WikiNewsTruth.txt").read_text(encoding="utf-8").split("\n")
    out: set[Key] = {("WikiNewsTruth.txt", None, i, None) for i, x in enumerate(lines) if _sha1(x) in sha1s}
    path, sents = anercorp_train_sentences(data)
    return out | {(path.name, None, None, i) for i, t in enumerate(sents) if _sha1(" ".join(t)) in sha1s}


def main(data: Path) -> None:
    seen, seen_sha1 = dev9_left_out(data)
    dev9_lines = first_draw(data)
    dev9 = [json.loads(x) for x in dev9_lines]
    dev9_sha1 = frozenset(str(g["sha1"]) for g in dev9)
    seen |= {gold_key(g) for g in dev9} | same_texts(data, seen_sha1 | dev9_sha1)
    few = {k for k, t in saudinewsnet_articles(data).items() if len(NUM.findall(t)) < MIN_NUMBERS}
    for line in draw_without_near_copies(data, SEED, "dev10", seen, seen_sha1 | dev9_sha1, few):
        print(line)
    for n, line in enumerate(split_first(data, dev9_lines)[1]):  # moved from dev9 in round 3
        rec = json.loads(line) | {"id": f"saudinewsnet-dev10-{30 + n}", "split": "dev10"}
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
