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

Each is scored per label and micro, with each sentence tagged on its own and with document context,
with the recall of the Latin-script gold entities of each label (found with exact span and label).
``--news`` also lists what the rules would relabel in real news (the first 300 articles of four
SaudiNewsNet days, never the held-out day): the Latin-script ``MISC`` entities the pipeline finds
without the list step, all of them and those right after «(», and every mention the list step
makes or changes, with the label it had before. ``--speed`` times the entity stage's work on the
same articles with and without the list step, interleaved in one process (CPU time, best of
three each), since the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import arabicnews
from arabicnews.evaluate.corpora import TaggedSentence, default_data_dir
from arabicnews.evaluate.ner import is_latin, latin_recall, load_model, score_spans
from arabicnews.model.spans import sentence_token_ranges
from arabicnews.stages.entities.bio import bio_run, bio_spans
from arabicnews.stages.entities.perceptron import default_model
from arabicnews.stages.entities.postprocess import WITHIN_SENTENCE, is_latin_organisation, tag_latin_organisations
from arabicnews.train.ner import load_training

Relabel = Callable[[Sequence[str], Sequence[str]], list[str]]


def misc_to_org(words: Sequence[str], tags: Sequence[str], after_paren: bool = False) -> list[str]:
    """``tags`` with each Latin-script MISC entity tagged ORG (only after «(» with ``after_paren``)."""
    out = list(tags)
    for a, b, label in bio_spans(tags):
        if label == "MISC" and is_latin(words[a:b]) and (not after_paren or (a > 0 and words[a - 1] == "(")):
            out[a:b] = bio_run("ORG", b - a)
    return out


LIST_STEP = WITHIN_SENTENCE.rules[1].name
"""The list step: "a Latin-script name of a known organisation is an organisation"."""

RULES: dict[str, Relabel] = {
    "without the list step": lambda words, tags: list(tags),
    "latin MISC -> ORG": misc_to_org,
    "latin MISC -> ORG in ( )": lambda words, tags: misc_to_org(words, tags, after_paren=True),
}


def latin_labels(sentences: Sequence[TaggedSentence]) -> Counter[str]:
    """How many gold entities of each label are in Latin script."""
    return Counter(label for s in sentences for a, b, label in bio_spans(s.tags) if is_latin(s.tokens[a:b]))


def list_matches(sentences: Sequence[TaggedSentence]) -> Counter[str]:
    """How many Latin-script gold entities of each label the organisation list calls organisations."""
    return Counter(
        label
        for s in sentences
        for a, b, label in bio_spans(s.tags)
        if is_latin(s.tokens[a:b]) and is_latin_organisation(s.tokens[a:b])
    )


def latin_found_text(sentences: Sequence[TaggedSentence], predicted: Sequence[Sequence[str]]) -> str:
    """``LABEL found/gold`` for each label with Latin-script gold entities."""
    found = latin_recall(sentences, predicted)
    return " ".join(f"{label} {f}/{n}" for label, (f, n) in found.items()) or "none"


NEWS_DAYS = ("2015-07-22", "2015-07-31", "2015-08-06", "2015-08-10")


def news_relabelled(data_dir: Path, per_day: int = 300) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """In SaudiNewsNet articles: the Latin-script MISC entities of the pipeline without the list step
    (all, and after «(»), and the mentions the list step makes or changes (``text (label before)``)."""
    from arabicnews.stages.entities.stage import entities_of

    everywhere: Counter[str] = Counter()
    in_parens: Counter[str] = Counter()
    by_list: Counter[str] = Counter()
    for doc in news_documents(data_dir, per_day):
        text = doc.text
        before = entities_of(doc, skip=[LIST_STEP])
        for e in before:
            if e.label == "MISC" and is_latin([e.text]):
                everywhere[e.text] += 1
                if text[: e.start].rstrip().endswith("("):
                    in_parens[e.text] += 1
        old = {(e.start, e.end): e.label for e in before}
        for e in entities_of(doc):
            if old.get((e.start, e.end)) != e.label:
                by_list[f"{e.text} ({old.get((e.start, e.end), 'O')} -> {e.label})"] += 1
    return everywhere, in_parens, by_list


def news_documents(data_dir: Path, per_day: int = 300) -> list[arabicnews.Document]:
    """The SaudiNewsNet articles of :data:`NEWS_DAYS` with every layer the entity stage needs."""
    base = arabicnews.default_pipeline()
    upto = arabicnews.Pipeline(list(base.stages[: base.index("entities")]))
    docs = []
    for day in NEWS_DAYS:
        articles = json.loads((data_dir / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))
        docs += [upto(a["title"] + "\n" + a["content"]) for a in articles[:per_day]]
    return docs


def step_speed(data_dir: Path) -> None:
    """Words per CPU second of the entity stage's work with and without the list step."""
    from arabicnews.stages.entities.stage import entities_of

    docs = news_documents(data_dir)
    words = sum(len(d.tokens) for d in docs)
    best = {"with": 0.0, "without": 0.0}
    for d in docs:  # warm the caches
        entities_of(d)
    for _ in range(3):
        for setting in best:
            skip = [LIST_STEP] if setting == "without" else []
            t0 = time.process_time()
            for d in docs:
                entities_of(d, skip=skip)
            best[setting] = max(best[setting], words / (time.process_time() - t0))
    print(f"{len(docs)} articles, {words:,} tokens; entity stage, best of 3, words per CPU second:")
    for setting, speed in best.items():
        print(f"  {setting} the list step: {speed:,.0f}")
    # The step alone, on the decoded tags of each sentence (the two figures above differ by noise).
    model = default_model()
    rows = []
    for d in docs:
        texts = [t.text for t in d.tokens]
        tagging = model.tagging([texts[a:b] for a, b in sentence_token_ranges(d.tokens, d.sentences)])
        rows += list(zip(tagging.tags, tagging.margins, tagging.stems, strict=True))
    alone = []
    for _ in range(3):
        t0 = time.process_time()
        for tags, margins, stems in rows:
            tag_latin_organisations(list(tags), list(margins), stems)
        alone.append(time.process_time() - t0)
    print(f"  the list step alone: {min(alone):.3f} CPU s for {words:,} tokens in {len(rows):,} sentences")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="a pass-1 model (--dev-model)")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--news", action="store_true", help="also list what the rules relabel in real news")
    parser.add_argument("--speed", action="store_true", help="also time the stage with and without the list step")
    args = parser.parse_args(list(argv))
    model = load_model(args.model)
    train, dev = load_training(args.data_dir or default_data_dir(), ["anercorp", "aqmar"])
    print(f"Latin-script gold entities, training sentences: {dict(latin_labels(train))}")
    print(f"  of which the organisation list matches: {dict(list_matches(train))}")
    for name, sents in dev.items():
        print(f"Latin-script gold entities, {name} dev: {dict(latin_labels(sents))}")
        print(f"  of which the organisation list matches: {dict(list_matches(sents))}")
    for name, sents in dev.items():
        for setting in ("per sentence", "document context"):
            for step in ("without", "with"):
                skip = [LIST_STEP] if step == "without" else []
                if setting == "per sentence":
                    predicted = [model.tag_document([s.tokens], skip=skip)[0][0] for s in sents]
                else:
                    predicted = [tags for tags, _ in model.tag_document([s.tokens for s in sents], skip=skip)]
                rules = RULES if step == "without" else {"with the list step": RULES["without the list step"]}
                for rule, relabel in rules.items():
                    tags = [relabel(s.tokens, p) for s, p in zip(sents, predicted, strict=True)]
                    counts = score_spans([s.tags for s in sents], tags)
                    labels = "  ".join(f"{k} {100 * v.f1:.2f}" for k, v in counts.items() if k != "micro")
                    print(
                        f"{name} dev, {setting}, {rule:<26} micro {100 * counts['micro'].f1:.2f}  {labels}"
                        f"  latin found: {latin_found_text(sents, tags)}"
                    )
    if args.news:
        everywhere, in_parens, by_list = news_relabelled(args.data_dir or default_data_dir())
        for rule, found in (
            ("latin MISC -> ORG", everywhere),
            ("latin MISC -> ORG in ( )", in_parens),
            ("the list step", by_list),
        ):
            print(f"news, {rule}: {sum(found.values())} mentions relabelled: {dict(found.most_common())}")
    if args.speed:
        step_speed(args.data_dir or default_data_dir())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
