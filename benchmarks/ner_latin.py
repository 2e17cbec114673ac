"""Latin-script names on the development sets: their gold labels, and what relabelling them would do.

Run with a pass-1 model (trained without the development sentences)::

    python -m arabicnews.train ner --dev-only --dev-model /tmp/dev.json.gz
    python benchmarks/ner_latin.py --model /tmp/dev.json.gz

The development sets are those of the training command (ANERcorp's last tenth of train, AQMAR
dev); no test split is read. An entity is in Latin script when its words have a Latin letter and
no Arabic one. The candidate rules change the model's tags after post-processing:

- ``latin MISC -> ORG``: every Latin-script entity the model tagged MISC is tagged ORG (news
  conventions: ANERcorp train tags most Latin-script names ORG, AQMAR tags them all MISC);
- ``... in ( )``: the same, only for an entity right after an opening parenthesis (where ANERcorp
  puts most of its Latin-script names, and AQMAR few).

Each is scored per label and micro, with each sentence tagged on its own and with document context.
``--news`` also lists what the rules would relabel in real news: the Latin-script ``MISC`` entities
the shipped pipeline finds in the first 300 articles of four SaudiNewsNet days (never the held-out
day), all of them and those right after «(».
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

from arabicnews.evaluate.corpora import TaggedSentence, default_data_dir
from arabicnews.evaluate.ner import load_model, score_spans
from arabicnews.stages.entities.bio import bio_run, bio_spans
from arabicnews.train.ner import load_training

LATIN = regex.compile(r"\p{Latin}")
ARABIC = regex.compile(r"\p{Arabic}")
Relabel = Callable[[Sequence[str], Sequence[str]], list[str]]


def is_latin(words: Sequence[str]) -> bool:
    """Whether a name is in Latin script: a Latin letter in its words and no Arabic one."""
    return any(LATIN.search(w) for w in words) and not any(ARABIC.search(w) for w in words)


def misc_to_org(words: Sequence[str], tags: Sequence[str], after_paren: bool = False) -> list[str]:
    """``tags`` with each Latin-script MISC entity tagged ORG (only after «(» with ``after_paren``)."""
    out = list(tags)
    for a, b, label in bio_spans(tags):
        if label == "MISC" and is_latin(words[a:b]) and (not after_paren or (a > 0 and words[a - 1] == "(")):
            out[a:b] = bio_run("ORG", b - a)
    return out


RULES: dict[str, Relabel] = {
    "none": lambda words, tags: list(tags),
    "latin MISC -> ORG": misc_to_org,
    "latin MISC -> ORG in ( )": lambda words, tags: misc_to_org(words, tags, after_paren=True),
}


def latin_labels(sentences: Sequence[TaggedSentence]) -> Counter[str]:
    """How many gold entities of each label are in Latin script."""
    return Counter(label for s in sentences for a, b, label in bio_spans(s.tags) if is_latin(s.tokens[a:b]))


NEWS_DAYS = ("2015-07-22", "2015-07-31", "2015-08-06", "2015-08-10")


def news_relabelled(data_dir: Path, per_day: int = 300) -> tuple[Counter[str], Counter[str]]:
    """The Latin-script MISC entities of the shipped pipeline in SaudiNewsNet articles: all, and after «(»."""
    import arabicnews

    everywhere: Counter[str] = Counter()
    in_parens: Counter[str] = Counter()
    for day in NEWS_DAYS:
        articles = json.loads((data_dir / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))
        for article in articles[:per_day]:
            text = article["title"] + "\n" + article["content"]
            for e in arabicnews.analyze(text).entities:
                if e.label == "MISC" and is_latin([e.text]):
                    everywhere[e.text] += 1
                    if text[: e.start].rstrip().endswith("("):
                        in_parens[e.text] += 1
    return everywhere, in_parens


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="a pass-1 model (--dev-model)")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--news", action="store_true", help="also list what the rules relabel in real news")
    args = parser.parse_args(list(argv))
    model = load_model(args.model)
    train, dev = load_training(args.data_dir or default_data_dir(), ["anercorp", "aqmar"])
    print(f"Latin-script gold entities, training sentences: {dict(latin_labels(train))}")
    for name, sents in dev.items():
        print(f"Latin-script gold entities, {name} dev: {dict(latin_labels(sents))}")
    for name, sents in dev.items():
        settings = {
            "per sentence": [model.tag_document([s.tokens])[0][0] for s in sents],
            "document context": [tags for tags, _ in model.tag_document([s.tokens for s in sents])],
        }
        for setting, predicted in settings.items():
            for rule, relabel in RULES.items():
                tags = [relabel(s.tokens, p) for s, p in zip(sents, predicted, strict=True)]
                counts = score_spans([s.tags for s in sents], tags)
                labels = "  ".join(f"{k} {100 * v.f1:.2f}" for k, v in counts.items() if k != "micro")
                print(f"{name} dev, {setting}, {rule:<26} micro {100 * counts['micro'].f1:.2f}  {labels}")
    if args.news:
        everywhere, in_parens = news_relabelled(args.data_dir or default_data_dir())
        for rule, found in (("latin MISC -> ORG", everywhere), ("latin MISC -> ORG in ( )", in_parens)):
            print(f"news, {rule}: {sum(found.values())} mentions relabelled: {dict(found.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
