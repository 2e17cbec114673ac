"""``python -m arabicnews.evaluate ner --corpus anercorp|aqmar|newsfane``: entity P/R/F1 on a test split.

Scoring is conlleval's: an entity counts as found only when its first word, last word and label
all match the gold one (exact spans), and micro P/R/F1 is over all entities. The tagger reads the
corpus's gold tokens (whole words with their clitics, as the corpora are tokenised), so the figures
measure the model, not the tokenizer; the pipeline stage runs the same model over our tokens.

The headline tags each sentence on its own (:func:`tag_each_sentence`), as the published ANERcorp
figures do and as a user analysing a short text gets; a second, labelled line gives the score with
document context (:func:`tag_sentences`: the split tagged as one document, so names propagate to
the sentences around and labels are harmonised across it).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import regex
from attrs import frozen

from arabicnews.evaluate.corpora import (
    CORPORA,
    Split,
    TaggedSentence,
    default_data_dir,
    newsfane_by_anercorp_split,
    read_corpus,
)
from arabicnews.stages.entities.bio import ENTITY_LABELS, bio_spans
from arabicnews.stages.entities.perceptron import NerModel, default_model

DEFAULT_SPLIT: dict[str, Split] = {"anercorp": "test", "aqmar": "test", "newsfane": "all"}


@frozen
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def score_spans(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Counts]:
    """Per-label counts (and ``"micro"`` over all labels) of exact-span matches, conlleval style."""
    counts: dict[str, Counts] = {label: Counts() for label in ENTITY_LABELS}
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g = set(bio_spans(g_tags))
        p = set(bio_spans(p_tags))
        for label in {x[2] for x in g | p}:
            gl = {x for x in g if x[2] == label}
            pl = {x for x in p if x[2] == label}
            c = Counts(len(gl & pl), len(pl - gl), len(gl - pl))
            counts[label] = counts.get(label, Counts()) + c
    micro = Counts()
    for c in counts.values():
        micro = micro + c
    counts["micro"] = micro
    return counts


_LATIN = regex.compile(r"\p{Latin}")
_ARABIC = regex.compile(r"\p{Arabic}")


_PROCLITIC = regex.compile(r"^[\p{Arabic}\N{ARABIC TATWEEL}]{1,3}(?=[^\p{Arabic}\N{ARABIC TATWEEL}])")


def is_latin(words: Sequence[str]) -> bool:
    """Whether a name is in Latin script: a Latin letter in its words and no Arabic one.

    Up to three Arabic letters glued to the head of the first word are proclitics, not part of the
    name: the corpora tokenise «وIBM» and «لـCNN» as one word each.
    """
    if not words:
        return False
    rest = [_PROCLITIC.sub("", words[0]), *words[1:]]
    return any(_LATIN.search(w) for w in rest) and not any(_ARABIC.search(w) for w in rest)


def latin_recall(sentences: Sequence[TaggedSentence], predicted: Iterable[Sequence[str]]) -> dict[str, tuple[int, int]]:
    """Per label, the Latin-script gold entities found with their exact span and label, and how many there are."""
    found: dict[str, list[int]] = {}
    for s, tags in zip(sentences, predicted, strict=True):
        mine = set(bio_spans(tags))
        for g in bio_spans(s.tags):
            if is_latin(s.tokens[g[0] : g[1]]):
                pair = found.setdefault(g[2], [0, 0])
                pair[0] += g in mine
                pair[1] += 1
    return {label: (f, n) for label, (f, n) in sorted(found.items())}


def format_table(counts: dict[str, Counts]) -> str:
    """The counts as a table of precision, recall and F1 in percent."""
    lines = [f"{'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for label, c in counts.items():
        lines.append(
            f"{label:<6} {100 * c.precision:6.2f} {100 * c.recall:6.2f} {100 * c.f1:6.2f} "
            f"{c.tp + c.fn:6d} {c.tp + c.fp:6d}"
        )
    return "\n".join(lines)


def tag_sentences(model: NerModel, sentences: Sequence[TaggedSentence]) -> list[list[str]]:
    """The model's BIO tags for each sentence's gold tokens, with document context.

    The sentences are tagged as one document, in corpus order: as in the pipeline stage, names
    found in a sentence are propagated to the three sentences on either side
    (:func:`arabicnews.stages.entities.postprocess.propagate`; the corpora keep each article's
    sentences together) and every mention takes the label of its most confident mention.
    """
    return [tags for tags, _ in model.tag_document([s.tokens for s in sentences])]


def tag_each_sentence(model: NerModel, sentences: Sequence[TaggedSentence]) -> list[list[str]]:
    """The model's BIO tags for each sentence's gold tokens, each sentence tagged as a document on its own.

    All the post-processing steps run, but they see one sentence: what a user analysing that
    sentence alone gets, and how published ANERcorp figures are measured.
    """
    return [model.tag_document([s.tokens])[0][0] for s in sentences]


def load_model(path: Path | None) -> NerModel:
    """The model file at ``path`` (a candidate written by the training command), else the shipped one."""
    if path is None:
        return default_model()
    import gzip
    import json

    with path.open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as text:
        return NerModel.from_dict(json.load(text))


def benchmark(data_dir: Path, articles: int, model_path: Path | None = None) -> int:
    """Time the entity stage (and the whole tokens-sentences-entities pipeline) on SaudiNewsNet."""
    import json
    import tracemalloc

    from arabicnews.core.document import Document
    from arabicnews.stages.entities.stage import EntityStage
    from arabicnews.stages.sentences import SentenceStage
    from arabicnews.stages.tokens import TokenizerStage

    texts: list[str] = []
    for path in sorted((data_dir / "saudinewsnet").glob("*.json")):
        texts.extend(str(a.get("content") or "") for a in json.loads(path.read_text(encoding="utf-8")))
        if len(texts) >= articles:
            break
    texts = texts[:articles]
    if not texts:
        print(f"no SaudiNewsNet articles under {data_dir / 'saudinewsnet'}", file=sys.stderr)
        return 2
    tracemalloc.start()
    t0 = time.perf_counter()
    model = NerModel.load() if model_path is None else load_model(model_path)
    load_s = time.perf_counter() - t0
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tok, sent, ent = TokenizerStage(), SentenceStage(), EntityStage(model)
    t0 = time.perf_counter()
    docs = [ent(sent(tok(Document(t)))) for t in texts]
    cold_s = time.perf_counter() - t0
    words = sum(sum(1 for x in d.tokens if x.kind == "word") for d in docs)
    n_ent = sum(len(d.entities) for d in docs)
    t0 = time.perf_counter()
    for t in texts:
        ent(sent(tok(Document(t))))
    warm_s = time.perf_counter() - t0
    bare = [sent(tok(Document(t))) for t in texts]
    t0 = time.perf_counter()
    for d in bare:
        ent(d)
    stage_s = time.perf_counter() - t0
    print(f"{len(texts)} SaudiNewsNet articles, {words:,} words, {n_ent:,} entities")
    print(
        f"model load {load_s:.2f} s (traced), memory held by the model {held / 2**20:.0f} MiB "
        f"(peak while loading {peak / 2**20:.0f} MiB)"
    )
    print(f"tokens + sentences + entities, first pass (caches filling): {words / cold_s:,.0f} words/s")
    print(f"tokens + sentences + entities, second pass over the same texts: {words / warm_s:,.0f} words/s")
    print(f"entity stage alone, third pass: {words / stage_s:,.0f} words/s")
    return 0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m arabicnews.evaluate ner",
        description="Score the shipped entity model on a public corpus (gold tokens, exact spans).",
    )
    parser.add_argument("--corpus", choices=CORPORA, default="anercorp")
    parser.add_argument("--split", choices=("train", "dev", "test", "all"), default=None,
                        help="default: test (newsfane: all, it has no split)")  # fmt: skip
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data")
    parser.add_argument(
        "--newsfane-part", choices=("test", "train", "unmatched", "all"), default="test",
        help="NewsFANE is ANERcorp's text re-annotated: score the sentences from ANERcorp's test split "
        "(default; the model never saw them), its train split, neither, or all",
    )  # fmt: skip
    parser.add_argument(
        "--benchmark", type=int, metavar="N", default=0,
        help="instead of scoring, time the stage on the first N SaudiNewsNet articles (one core)",
    )  # fmt: skip
    parser.add_argument(
        "--model", type=Path, default=None, metavar="PATH",
        help="score this model file (as written by python -m arabicnews.train ner --out) instead of the shipped one",
    )  # fmt: skip
    args = parser.parse_args(list(argv))
    data_dir = args.data_dir or default_data_dir()
    if args.benchmark:
        return benchmark(data_dir, args.benchmark, args.model)
    split: Split = args.split or DEFAULT_SPLIT[args.corpus]
    try:
        if args.corpus == "newsfane" and args.newsfane_part != "all":
            sentences = newsfane_by_anercorp_split(data_dir)[args.newsfane_part]
        else:
            sentences = read_corpus(args.corpus, data_dir, split)
    except (OSError, ValueError) as exc:
        print(f"cannot read {args.corpus} ({split}) from {data_dir}: {exc}", file=sys.stderr)
        return 2
    model = load_model(args.model)
    gold = [s.tags for s in sentences]
    t0 = time.perf_counter()
    predicted = tag_each_sentence(model, sentences)
    elapsed = time.perf_counter() - t0
    counts = score_spans(gold, predicted)
    context = score_spans(gold, tag_sentences(model, sentences))["micro"]
    words = sum(len(s.tokens) for s in sentences)
    where = f"part {args.newsfane_part}" if args.corpus == "newsfane" else f"split {split}"
    print(f"corpus {args.corpus}, {where}: {len(sentences)} sentences, {words} gold tokens")
    print("each sentence tagged on its own:")
    print(format_table(counts))
    print(
        f"with document context (the split as one document: names propagated, labels harmonised): "
        f"micro P {100 * context.precision:.2f} R {100 * context.recall:.2f} F1 {100 * context.f1:.2f}"
    )
    latin = latin_recall(sentences, predicted)
    if latin:
        found = ", ".join(f"{label} {f}/{n} ({100 * f / n:.1f} %)" for label, (f, n) in latin.items())
        print(f"Latin-script gold entities found (exact span and label), each sentence on its own: {found}")
    print(f"tagged in {elapsed:.1f} s ({words / max(elapsed, 1e-9):,.0f} tokens/s, each sentence on its own)")
    return 0
