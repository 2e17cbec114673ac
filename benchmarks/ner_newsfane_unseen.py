"""How much of NewsFANE Gold is text that ANERcorp does not have (candidate extra training data).

Usage::

    python benchmarks/ner_newsfane_unseen.py [--data-dir ../shared/data]

NewsFANE Gold re-annotates ANERcorp's text. ``newsfane_by_anercorp_split`` matches a sentence by the
first 40 letters of its skeleton; its ``unmatched`` part is what that misses. This script looks at
every ``unmatched`` sentence again, by pieces of 12 skeleton letters (one every 4 letters): a sentence
with any piece in ANERcorp's test text counts as ``test``, else with any piece in its train text as
``train``, else (and at least 12 letters long) as ``not in ANERcorp``. Only that last part could be
added to training without training on ANERcorp's text (test included) a second time.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.evaluate.corpora import (  # noqa: E402
    default_data_dir,
    newsfane_by_anercorp_split,
    read_anercorp,
    skeleton,
)

PIECE = 12


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data")
    args = parser.parse_args()
    data_dir = args.data_dir or default_data_dir()
    test = "".join(skeleton(s.tokens) for s in read_anercorp(data_dir, "test"))
    train = "".join(skeleton(s.tokens) for s in read_anercorp(data_dir, "train"))
    parts = newsfane_by_anercorp_split(data_dir)
    for name, sents in parts.items():
        print(f"{name}: {len(sents):,} sentences, {sum(len(s.tokens) for s in sents):,} tokens")
    sentences: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    examples = []
    for sent in parts["unmatched"]:
        key = skeleton(sent.tokens)
        pieces = [key[i : i + PIECE] for i in range(0, max(1, len(key) - PIECE + 1), 4)]
        if len(key) < PIECE:
            where = "too short to tell"
        elif any(p in test for p in pieces):
            where = "test"
        elif any(p in train for p in pieces):
            where = "train"
        else:
            where = "not in ANERcorp"
            examples.append(" ".join(sent.tokens))
        sentences[where] += 1
        tokens[where] += len(sent.tokens)
    print("unmatched, looked at again:")
    for where in ("test", "train", "too short to tell", "not in ANERcorp"):
        print(f"  {where}: {sentences[where]:,} sentences, {tokens[where]:,} tokens")
    for text in examples:
        print("  not in ANERcorp:", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
