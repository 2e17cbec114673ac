"""``python -m arabicnews.evaluate tokens``: tokens, words and sentences against UD Arabic-PUD.

Scores raw text to tokens, clitic-split words and sentence boundaries the way the CoNLL 2018 shared
task does: every unit is a character span of the raw text, and a system unit is correct when a gold
unit has exactly the same span. Precision, recall and F1 are printed for each level.

The raw text is the ``# text`` of every sentence, joined by single spaces (no line breaks, which
would give the sentence splitter the answer). Gold spans come from the gold words, which PUD writes
as surface strings of that text (``للسلطة`` is ل + لسلطة), glued with ``SpaceAfter=No``:

- words: the gold words; the system's words are the segments of its tokens;
- tokens: a multiword-token range when the file has one; otherwise the gold words glued together
  across a junction between two word characters (letters, marks, digits; a digit and a following
  percent sign), which is where a clitic meets its host (PUD has no ranges); glued punctuation stays
  a token of its own;
- sentences: from the first character of a sentence's first word to the last of its last word.

Two figures of the clitic split alone follow the table: word accuracy, the share of the gold tokens
holding an Arabic letter that the system finds with exactly the gold words inside (same span, same
cuts), and split-point precision, recall and F1 over the cuts inside tokens (where a gold word
meets the next inside one gold token; where a segment meets the next inside one system token).

``--split dev`` scores the segmenter instead on the dev split of the WikiNews segmentation gold, with
those words taken out of what it knows (see :mod:`arabicnews.evaluate.segmentation`), and prints
the figure on all of WikiNews labelled "seen in training". ``--split dev2`` scores it on the second
dev set, hand-split SaudiNewsNet excerpts (see :mod:`arabicnews.evaluate.tokens_dev2`), unseen by
the segmenter's sources; ``--split dev3`` on 16 more, drawn afresh (``benchmarks/clitic_gold_dev3.jsonl``,
the news part only); ``--split dev4`` on 18 more (``benchmarks/clitic_gold_dev4.jsonl``, drawn after
dev3); ``--split dev5`` on 21 more (``benchmarks/clitic_gold_dev5.jsonl``, drawn after dev4 from two
days); ``--split dev6`` on 21 more (``benchmarks/clitic_gold_dev6.jsonl``, drawn after dev5 from the same
two days). Choices are made on dev to dev6; PUD is the test.

A word of a multiword token whose forms do not spell the token's surface (PADT restores letters:
للسلطة → لِ + السلطة) takes the span of the surface it matches, when it matches one; else it is
counted as a gold word that no system word can match.
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import regex
from attrs import frozen

from arabicnews.evaluate.corpora import default_data_dir

_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}\u0640]")
_DIGIT = regex.compile(r"\p{N}")
_PERCENT = frozenset("%٪")
_ARABIC = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)

SpanT = tuple[int, int]


@frozen
class GoldWord:
    """One word line of a CoNLL-U sentence: its form and whether a space follows it."""

    form: str
    space_after: bool


@frozen
class GoldToken:
    """One surface token of a CoNLL-U sentence (a multiword-token range or a single word)."""

    form: str
    space_after: bool
    words: tuple[GoldWord, ...]
    is_range: bool


@frozen
class GoldSentence:
    """A CoNLL-U sentence: its ``# text`` and its tokens in order."""

    text: str
    tokens: tuple[GoldToken, ...]


@frozen
class Score:
    """Counts and rates of one level: gold units, system units, correct units."""

    gold: int
    system: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@frozen
class Evaluation:
    """The scores of the three levels, and the unmatched spans for inspection."""

    tokens: Score
    words: Score
    sentences: Score
    text: str
    missed_words: tuple[SpanT, ...]
    extra_words: tuple[SpanT, ...]
    split_tokens: int = 0
    """Gold tokens holding an Arabic letter."""
    split_right: int = 0
    """Of those, the ones the system finds with exactly the gold words inside."""
    points: Score = Score(0, 0, 0)
    """Cuts inside tokens: gold, system, correct."""

    @property
    def word_accuracy(self) -> float:
        return self.split_right / self.split_tokens if self.split_tokens else 0.0


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def parse_conllu(lines: Iterable[str]) -> list[GoldSentence]:
    """Read CoNLL-U sentences: ``# text``, multiword-token ranges and words (empty nodes skipped)."""
    sentences: list[GoldSentence] = []
    text = ""
    tokens: list[GoldToken] = []
    range_end = 0
    range_form, range_space = "", True
    range_words: list[GoldWord] = []
    for raw in [*lines, ""]:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                sentences.append(GoldSentence(text, tuple(tokens)))
            text, tokens = "", []
            continue
        if line.startswith("#"):
            if line.startswith("# text =") or line.startswith("# text="):
                text = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if len(cols) < 10 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            range_end = int(cols[0].split("-")[1])
            range_form, range_space, range_words = cols[1], _space_after(cols[9]), []
            continue
        word = GoldWord(cols[1], _space_after(cols[9]))
        if int(cols[0]) <= range_end:
            range_words.append(word)
            if int(cols[0]) == range_end:
                tokens.append(GoldToken(range_form, range_space, tuple(range_words), True))
            continue
        tokens.append(GoldToken(word.form, word.space_after, (word,), False))
    return sentences


def _glue(prev: str, nxt: str) -> bool:
    """Whether two glued gold words form one surface token (a clitic and its host)."""
    if not prev or not nxt:
        return False
    a, b = prev[-1], nxt[0]
    if _WORD_CHAR.match(a) and _WORD_CHAR.match(b):
        return True
    return bool(_DIGIT.match(a)) and b in _PERCENT


def _find(text: str, form: str, pos: int) -> int:
    """Where ``form`` starts in ``text`` at ``pos`` or after white space there; -1 if it does not."""
    while pos < len(text) and text[pos].isspace() and not form[:1].isspace():
        pos += 1
    return pos if text.startswith(form, pos) else -1


def gold_spans(sentences: Sequence[GoldSentence]) -> tuple[str, list[SpanT], list[SpanT | None], list[SpanT]]:
    """The raw text and the gold token, word and sentence spans in it.

    A word whose span cannot be found (a restored form inside a multiword token) is ``None``.
    """
    text_parts: list[str] = []
    offset = 0
    tokens: list[SpanT] = []
    words: list[SpanT | None] = []
    sents: list[SpanT] = []
    for sent in sentences:
        sent_text = sent.text or "".join(t.form + (" " if t.space_after else "") for t in sent.tokens).strip()
        if text_parts:
            text_parts.append(" ")
            offset += 1
        base = offset
        text_parts.append(sent_text)
        offset += len(sent_text)
        pos = 0
        first, last = -1, -1
        open_token: SpanT | None = None
        prev_form, prev_glued = "", False
        for tok in sent.tokens:
            start = _find(sent_text, tok.form, pos)
            if start < 0:
                raise ValueError(f"gold token {tok.form!r} is not in the sentence text {sent_text!r} at {pos}")
            end = start + len(tok.form)
            if first < 0:
                first = start
            last = end
            # Word spans inside the token.
            wpos = start
            for w in tok.words:
                ws = _find(sent_text[:end], w.form, wpos) if tok.is_range else start
                if ws < 0:
                    words.append(None)
                    continue
                words.append((base + ws, base + ws + len(w.form)))
                wpos = ws + len(w.form)
            # Surface tokens: ranges as they are; plain words glued across word characters.
            if not tok.is_range and prev_glued and open_token is not None and _glue(prev_form, tok.form):
                open_token = (open_token[0], base + end)
                tokens[-1] = open_token
            else:
                open_token = (base + start, base + end)
                tokens.append(open_token)
            prev_form, prev_glued = tok.form, not tok.space_after and not tok.is_range
            pos = end
        if first >= 0:
            sents.append((base + first, base + last))
    return "".join(text_parts), tokens, words, sents


def _score(gold: Iterable[SpanT | None], system: Iterable[SpanT]) -> tuple[Score, list[SpanT], list[SpanT]]:
    gold_list = list(gold)
    g = Counter(s for s in gold_list if s is not None)
    s = Counter(system)
    correct = sum((g & s).values())
    return (
        Score(len(gold_list), sum(s.values()), correct),
        sorted((g - s).elements()),
        sorted((s - g).elements()),
    )


def evaluate(sentences: Sequence[GoldSentence]) -> Evaluation:
    """Run the default pipeline on the raw text of ``sentences`` and score it against them."""
    import arabicnews

    text = gold_spans(sentences)[0]
    doc = arabicnews.default_pipeline()(text)
    sys_tokens = [(t.start, t.end) for t in doc.tokens]
    sys_words = [(s.start, s.end) for t in doc.tokens for s in t.segments]
    sys_sents = [(s.start, s.end) for s in doc.sentences]
    return score_spans(sentences, sys_tokens, sys_words, sys_sents)


def score_spans(
    sentences: Sequence[GoldSentence],
    sys_tokens: Sequence[SpanT],
    sys_words: Sequence[SpanT],
    sys_sents: Sequence[SpanT],
) -> Evaluation:
    """Score a system's token, word and sentence spans over the raw text of ``sentences`` (as
    :func:`gold_spans` joins it) against them: what :func:`evaluate` prints for the default pipeline,
    and what ``benchmarks/farasa_compare.py`` prints for another segmenter's words inside our tokens."""
    text, gold_tokens, gold_words, gold_sents = gold_spans(sentences)
    tokens, _, _ = _score(gold_tokens, sys_tokens)
    words, missed, extra = _score(gold_words, sys_words)
    sents, _, _ = _score(gold_sents, sys_sents)
    gold_cuts = _inner_cuts(gold_tokens, (w for w in gold_words if w is not None))
    sys_cuts = _inner_cuts(sys_tokens, sys_words)
    arabic = [t for t in gold_tokens if _ARABIC.search(text, t[0], t[1])]
    right = sum(t in sys_cuts and sys_cuts[t] == gold_cuts[t] for t in arabic)
    g_points = {c for cs in gold_cuts.values() for c in cs}
    s_points = {c for cs in sys_cuts.values() for c in cs}
    points = Score(len(g_points), len(s_points), len(g_points & s_points))
    return Evaluation(tokens, words, sents, text, tuple(missed), tuple(extra), len(arabic), right, points)


def _inner_cuts(tokens: Sequence[SpanT], words: Iterable[SpanT]) -> dict[SpanT, frozenset[int]]:
    """Each token span and the word boundaries strictly inside it (words in text order)."""
    bounds = sorted({b for w in words for b in w})
    out: dict[SpanT, frozenset[int]] = {}
    for start, end in tokens:
        lo, hi = bisect_right(bounds, start), bisect_left(bounds, end)
        out[(start, end)] = frozenset(bounds[lo:hi])
    return out


def format_scores(ev: Evaluation) -> str:
    """The scores as a small table, percentages with two decimals."""
    lines = [f"{'level':<10}{'gold':>8}{'system':>8}{'correct':>9}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, sc in (("tokens", ev.tokens), ("words", ev.words), ("sentences", ev.sentences)):
        lines.append(
            f"{name:<10}{sc.gold:>8}{sc.system:>8}{sc.correct:>9}"
            f"{100 * sc.precision:>8.2f}{100 * sc.recall:>8.2f}{100 * sc.f1:>8.2f}"
        )
    if ev.split_tokens:
        pt = ev.points
        lines.append(
            f"clitic split: word accuracy {100 * ev.word_accuracy:.2f} ({ev.split_right} of {ev.split_tokens} Arabic"
            f" tokens), split points P {100 * pt.precision:.2f} R {100 * pt.recall:.2f} F1 {100 * pt.f1:.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m arabicnews.evaluate tokens",
        description="Score tokens, clitic-split words and sentences against UD Arabic-PUD (character spans).",
    )
    parser.add_argument("--data-dir", type=Path, default=default_data_dir(), help="the public corpora")
    parser.add_argument("--conllu", type=Path, help="a CoNLL-U file to score instead of UD Arabic-PUD")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N missed and N extra words")
    parser.add_argument(
        "--split",
        choices=("test", "dev", "dev2", "dev3", "dev4", "dev5", "dev6"),
        default="test",
        help="test: UD Arabic-PUD (default); dev: the clitic split on the dev split of the WikiNews gold;"
        " dev2: on hand-split SaudiNewsNet excerpts (benchmarks/clitic_gold_dev2.jsonl); dev3: on 16 more"
        " (benchmarks/clitic_gold_dev3.jsonl); dev4: on 18 more (benchmarks/clitic_gold_dev4.jsonl);"
        " dev5: on 21 more (benchmarks/clitic_gold_dev5.jsonl); dev6: on 21 more (benchmarks/clitic_gold_dev6.jsonl)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=None,
        help="dev2 (dev3 to dev6): default benchmarks/clitic_gold_dev2.jsonl (_dev3 to _dev6)",
    )
    parser.add_argument(
        "--names", type=Path, default=None, help="dev2 only: default benchmarks/clitic_gold_dev2_names.tsv"
    )
    args = parser.parse_args(list(argv))
    if args.split == "dev":
        return _main_dev(args.data_dir, args.show_errors)
    if args.split == "dev2":
        return _main_dev2(args.data_dir, args.gold, args.names, args.show_errors)
    if args.split in ("dev3", "dev4", "dev5", "dev6"):
        return _main_dev3(args.data_dir, args.gold, args.show_errors, args.split)
    path: Path = args.conllu or args.data_dir / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
    if not path.is_file():
        print(
            f"error: {path} not found; pass --data-dir DIR (holding ud_arabic_pud/) or --conllu FILE", file=sys.stderr
        )
        return 2
    with path.open(encoding="utf-8") as fh:
        sentences = parse_conllu(fh)
    ev = evaluate(sentences)
    print(f"{path}: {len(sentences)} sentences")
    print(format_scores(ev))
    n: int = args.show_errors
    if n:
        print("missed gold words:")
        for s, e in ev.missed_words[:n]:
            print(f"  {ev.text[max(0, s - 12) : s]}[{ev.text[s:e]}]{ev.text[e : e + 12]}")
        print("extra system words:")
        for s, e in ev.extra_words[:n]:
            print(f"  {ev.text[max(0, s - 12) : s]}[{ev.text[s:e]}]{ev.text[e : e + 12]}")
    return 0


def _main_dev(data_dir: Path, show: int) -> int:
    from arabicnews.evaluate.segmentation import dev_scores, wikinews_path

    path = wikinews_path(data_dir)
    if not path.is_file():
        print(f"error: {path} not found; pass --data-dir DIR (holding wikinews_qcri_segmentation/)", file=sys.stderr)
        return 2
    dev, seen, wrong = dev_scores(data_dir, show)
    print(f"{path}: the clitic split of each gold word")
    print(dev.format("dev (held out)"))
    print(seen.format("all of WikiNews (seen in training)"))
    if wrong:
        print("dev errors, most frequent first:")
        print("\n".join(wrong))
    return 0


def _main_dev2(data_dir: Path, gold: Path | None, names: Path | None, show: int) -> int:
    from arabicnews.evaluate.tokens_dev2 import (
        default_dev2_path,
        default_names_path,
        dev2_errors,
        dev2_runs,
        score_dev2,
    )

    for folder in ("saudinewsnet", "aqmar"):
        if not (data_dir / folder).is_dir():
            print(f"error: {data_dir / folder} not found; pass --data-dir DIR (holding {folder}/)", file=sys.stderr)
            return 2
    gold_path = default_dev2_path() if gold is None else gold
    names_path = default_names_path() if names is None else names
    for path, option in ((gold_path, "--gold"), (names_path, "--names")):
        if not path.is_file():
            print(f"error: {path} not found; pass {option} FILE", file=sys.stderr)
            return 2
    news, names_ = dev2_runs(data_dir, gold_path, names_path)
    print(f"{gold_path} and {names_path}: the clitic split of each gold word")
    print(score_dev2(news).format("dev2 news (SaudiNewsNet, unseen by the sources)"))
    print(score_dev2(names_).format("dev2 names (AQMAR train, unlisted)"))
    print(score_dev2(news + names_).format("dev2"))
    if show:
        print("dev2 errors, most frequent first:")
        for (w, g, s), n in dev2_errors(news + names_).most_common(show):
            print(f"  {n}× {w}: gold {g}, system {s}")
    return 0


def _main_dev3(data_dir: Path, gold: Path | None, show: int, split: str = "dev3") -> int:
    """dev3 to dev6: a dev2-format gold file with no names part."""
    from arabicnews.evaluate.tokens_dev2 import (
        default_dev3_path,
        default_dev4_path,
        default_dev5_path,
        default_dev6_path,
        dev2_errors,
        dev2_pairs,
        read_dev2,
        score_dev2,
    )

    if not (data_dir / "saudinewsnet").is_dir():
        print(
            f"error: {data_dir / 'saudinewsnet'} not found; pass --data-dir DIR (holding saudinewsnet/)",
            file=sys.stderr,
        )
        return 2
    if gold is None:
        gold = {
            "dev3": default_dev3_path,
            "dev4": default_dev4_path,
            "dev5": default_dev5_path,
        }.get(split, default_dev6_path)()
    gold_path = gold
    if not gold_path.is_file():
        print(f"error: {gold_path} not found; pass --gold FILE", file=sys.stderr)
        return 2
    news = list(dev2_pairs(read_dev2(data_dir, gold_path)))
    print(f"{gold_path}: the clitic split of each gold word")
    print(score_dev2(news).format(f"{split} (SaudiNewsNet, unseen by the sources)"))
    if show:
        print(f"{split} errors, most frequent first:")
        for (w, g, s), n in dev2_errors(news).most_common(show):
            print(f"  {n}× {w}: gold {g}, system {s}")
    return 0
