"""The clitic split on a second dev set: hand-annotated SaudiNewsNet excerpts (``--split dev2``).

The dev folds of the WikiNews gold (:mod:`arabicnews.evaluate.segmentation`) are nearly saturated
and all of one kind of text. ``benchmarks/clitic_gold_dev2.jsonl`` holds 16 excerpts of
SaudiNewsNet articles (the four allowed days, never 2015-08-11; chosen by
``benchmarks/clitic_gold_select.py``), about 1,500 words split by hand before the segmenter was run
on them, UD-style: each proclitic letter (و ف ب ل ك and the future س), the stem with the article
(ل + لحرفيين for «للحرفيين»), a pronoun enclitic; a past verb's subject نا stays («أنزلنا»).

One JSON line per excerpt: ``file`` and ``index`` of the article, ``sha1`` of its content, ``end``
(the excerpt is ``content[:end]``), ``splits`` (``[start, end, "و+قال"]`` for each word that splits)
and ``skip`` (words whose UD split the segmenter cannot write, such as «مما», من + ما; left out).
Every other word of the excerpt (a run of Arabic letters and marks) is whole. No text is copied:
SaudiNewsNet is CC BY-NC-SA 4.0, so the articles are read from ``../shared/data``.

SaudiNewsNet is in none of the segmenter's sources (``arabicnews/data/clitics/PROVENANCE.md``), so
the shipped model scores it unseen; the figure is a dev figure all the same once choices are made
on it.

A second part holds names, what the news excerpts have few of: ``benchmarks/clitic_gold_dev2_names.tsv``,
the 616 distinct words of the person and place entities of AQMAR train (Wikipedia articles, full
of foreign names) that begin with a proclitic letter or end like a pronoun, split by hand (224
split: «ولندن»-like; 392 whole: «بيكهام», «سانتياغو», «فالدانو»). AQMAR is one of the counts'
sources and the entity tagger's name lists hold many of these names, so the names part is scored by
:func:`names_model`: the shipped model with each of these words, and what is left of it after a
proclitic, taken out of the name lists, and the word's AQMAR occurrences taken out of the counts
(an unlisted name, as in a text the lists do not know). Each distinct word counts once.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

from arabicnews.arabic.clitics import PROCLITIC_SEQUENCES, CliticModel, analyse_word, count_key, load_model
from arabicnews.core.normalize import normalize
from arabicnews.evaluate.segmentation import ARABIC_RUN, SplitScores, corpus_tokens, cuts, score_splits


def default_dev2_path() -> Path:
    """``benchmarks/clitic_gold_dev2.jsonl`` of the project checkout."""
    return Path(__file__).resolve().parents[2] / "benchmarks" / "clitic_gold_dev2.jsonl"


def default_dev3_path() -> Path:
    """``benchmarks/clitic_gold_dev3.jsonl`` of the project checkout (the third dev set, same format as dev2).

    16 more SaudiNewsNet excerpts (``benchmarks/clitic_gold_select_dev3.py``: seed 1920, dev2's
    articles left out), split by hand by reading before the segmenter was run on them (issue 19,
    session 9); scored by the shipped model with no names part (``--split dev3``).
    """
    return Path(__file__).resolve().parents[2] / "benchmarks" / "clitic_gold_dev3.jsonl"


def default_dev4_path() -> Path:
    """``benchmarks/clitic_gold_dev4.jsonl`` of the project checkout (the fourth dev set, same format as dev2).

    18 more SaudiNewsNet excerpts (``benchmarks/clitic_gold_select_dev4.py``: seed 1921, the articles
    of dev2 and dev3 left out), split by hand by reading before the segmenter was run on them
    (issue 19, session 10); scored by the shipped model with no names part (``--split dev4``).
    """
    return Path(__file__).resolve().parents[2] / "benchmarks" / "clitic_gold_dev4.jsonl"


def default_dev5_path() -> Path:
    """``benchmarks/clitic_gold_dev5.jsonl`` of the project checkout (the fifth dev set, same format as dev2).

    21 more SaudiNewsNet excerpts of the days 2015-07-22 and 2015-07-31 only
    (``benchmarks/clitic_gold_select_dev5.py``: seed 1922, the articles of dev2 to dev4 and near copies
    of any gold's documents left out), split by hand by reading before the segmenter was run on them
    (issue 19, session 11); scored by the shipped model with no names part (``--split dev5``).
    """
    return Path(__file__).resolve().parents[2] / "benchmarks" / "clitic_gold_dev5.jsonl"


def default_dev6_path() -> Path:
    """``benchmarks/clitic_gold_dev6.jsonl`` of the project checkout (the sixth dev set, same format as dev2).

    21 more SaudiNewsNet excerpts of the days 2015-07-22 and 2015-07-31 only
    (``benchmarks/clitic_gold_select_dev6.py``: seed 1924, the articles of dev2 to dev5, near copies of
    any gold's documents and the 300 articles of ``benchmarks/clitic_unseen_sample.py`` left out), split
    by hand by reading before the segmenter was run on them (issue 19, session 12); scored by the
    shipped model with no names part (``--split dev6``).
    """
    return Path(__file__).resolve().parents[2] / "benchmarks" / "clitic_gold_dev6.jsonl"


def default_names_path() -> Path:
    """``benchmarks/clitic_gold_dev2_names.tsv`` of the project checkout."""
    return Path(__file__).resolve().parents[2] / "benchmarks" / "clitic_gold_dev2_names.tsv"


@frozen
class Dev2Word:
    """A gold word of dev2: as written, its gold cuts in normalised letters, its gold split shown."""

    text: str
    cuts: frozenset[int]
    shown: str


def _gold_cuts(shown: str) -> frozenset[int]:
    """The cuts of a split written with ``+`` (``و+قال``), in normalised letters."""
    out: list[int] = []
    pos = 0
    for seg in shown.split("+")[:-1]:
        pos += len(normalize(seg))
        out.append(pos)
    return frozenset(out)


def dev2_excerpts(data_dir: Path, gold_path: Path | None = None) -> Iterator[tuple[dict[str, Any], str]]:
    """Each record of a dev2-format gold file with the text it annotates (its article's content up to
    the record's ``end``).

    Raises ``ValueError`` when an article is not the one annotated (its SHA-1 differs).
    """
    gold_path = default_dev2_path() if gold_path is None else gold_path
    articles: dict[str, list[dict[str, str]]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        file = str(g["file"])
        if file not in articles:
            articles[file] = json.loads((data_dir / "saudinewsnet" / file).read_text(encoding="utf-8"))
        content = articles[file][int(g["index"])].get("content") or ""
        if hashlib.sha1(content.encode("utf-8")).hexdigest() != g["sha1"]:
            raise ValueError(f"{g['id']}: {file} article {g['index']} is not the article annotated (SHA-1 differs)")
        yield g, content[: int(g["end"])]


def read_dev2(data_dir: Path, gold_path: Path | None = None) -> list[Dev2Word]:
    """The gold words of dev2, in order (skipped words left out).

    Raises ``ValueError`` when an article is not the one annotated (its SHA-1 differs) or a split
    does not spell its word.
    """
    words: list[Dev2Word] = []
    for g, text in dev2_excerpts(data_dir, gold_path):
        splits = {(int(s), int(e)): str(shown) for s, e, shown in g["splits"]}
        skip = {(int(s), int(e)) for s, e in g["skip"]}
        for m in ARABIC_RUN.finditer(text):
            span = m.span()
            if span in skip:
                continue
            shown = splits.pop(span, m.group())
            if normalize(shown.replace("+", "")) != normalize(m.group()):
                raise ValueError(f"{g['id']}: the split {shown!r} does not spell the word {m.group()!r} at {span}")
            words.append(Dev2Word(m.group(), _gold_cuts(shown) if "+" in shown else frozenset(), shown))
        if splits:
            raise ValueError(f"{g['id']}: splits that match no word: {sorted(splits)}")
    return words


def read_dev2_names(path: Path | None = None) -> list[Dev2Word]:
    """The name words of dev2 (``word<TAB>split``; ``#`` lines are comments).

    Raises ``ValueError`` when a split does not spell its word.
    """
    path = default_names_path() if path is None else path
    words: list[Dev2Word] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, shown = line.split("\t")
        if shown.replace("+", "") != word:
            raise ValueError(f"{path}: the split {shown!r} does not spell the word {word!r}")
        words.append(Dev2Word(word, _gold_cuts(shown), shown))
    return words


def names_model(words: list[Dev2Word], data_dir: Path, model: CliticModel | None = None) -> CliticModel:
    """``model`` (the shipped one by default) with the name ``words`` unlisted and unseen in AQMAR.

    Each word's key, and the key of what follows each proclitic sequence it begins with, leaves
    the name lists; each word's occurrences in the AQMAR files (which the counts were built from,
    ``python -m arabicnews.train clitics``) leave the counts.
    """
    model = load_model() if model is None else model
    keys = {count_key(w.text) for w in words}
    unlisted = set(keys)
    for k in keys:
        unlisted.update(k[len(p) :] for p in PROCLITIC_SEQUENCES if k.startswith(p) and len(k) - len(p) >= 2)
    seen: Counter[str] = Counter()
    for path in sorted((data_dir / "aqmar").glob("*.txt")):
        for token in corpus_tokens(path, None):
            for m in ARABIC_RUN.finditer(token):
                k = count_key(m.group())
                if k in keys:
                    seen[k] += 1
    counts = dict(model.counts)
    for k, n in seen.items():
        left = counts.get(k, 0) - n
        if left > 0:
            counts[k] = left
        else:
            counts.pop(k, None)
    return evolve(model, counts=counts, names=model.names - unlisted)


def dev2_pairs(words: list[Dev2Word], model: CliticModel | None = None) -> Iterator[tuple[Dev2Word, frozenset[int]]]:
    """Each gold word with the cuts the segmenter (``model``, the shipped one by default) makes."""
    model = load_model() if model is None else model
    for w in words:
        a = analyse_word(model, w.text)
        yield w, cuts(len(normalize(w.text)), a.proclitic_len, a.enclitic_len)


def score_dev2(pairs: list[tuple[Dev2Word, frozenset[int]]]) -> SplitScores:
    """Word accuracy, words F1 and split points of the pairs (as the dev folds are scored)."""
    return score_splits((w.cuts, system, len(normalize(w.text))) for w, system in pairs)


def dev2_errors(pairs: list[tuple[Dev2Word, frozenset[int]]]) -> Counter[tuple[str, str, str]]:
    """The words split wrongly: ``(word, gold split, system split)`` with their counts."""
    out: Counter[tuple[str, str, str]] = Counter()
    for w, system in pairs:
        if system != w.cuts:
            norm = normalize(w.text)
            bounds = sorted({0, len(norm), *system})
            shown = "+".join(norm[i:j] for i, j in itertools.pairwise(bounds))
            out[(w.text, w.shown, shown)] += 1
    return out


Pairs = list[tuple[Dev2Word, frozenset[int]]]


def dev2_runs(
    data_dir: Path,
    gold_path: Path | None = None,
    names_path: Path | None = None,
    adjust: Callable[[CliticModel], CliticModel] | None = None,
) -> tuple[Pairs, Pairs]:
    """The news excerpts and the names of dev2, each word with the segmenter's cuts.

    The news words are split by the shipped model, the names by :func:`names_model`; ``adjust``
    changes both models before they are used (a rule under test).
    """
    base = load_model()
    names = read_dev2_names(names_path)
    news_model, names_model_ = base, names_model(names, data_dir, base)
    if adjust is not None:
        news_model, names_model_ = adjust(news_model), adjust(names_model_)
    news = list(dev2_pairs(read_dev2(data_dir, gold_path), news_model))
    return news, list(dev2_pairs(names, names_model_))
