"""arabicnews against Farasa on UD Arabic-PUD and in speed, reproducibly (issue 19).

Usage::

    pip install farasa==0.0.1        # the pure-Python port of the Farasa segmenter, its data bundled
    python benchmarks/farasa_compare.py [--data-dir ../shared/data] [--articles 300] [--repeat 2] [--skip-speed]

``farasa`` is a benchmark-only tool: the package and its tests never import it. Without it the
script says so and stops.

Accuracy. The default pipeline reads PUD's raw text (as ``python -m arabicnews.evaluate tokens``
joins it); its tokens and sentences are kept, so tokenization is held constant, and each token
holding an Arabic letter is handed to Farasa alone (``segmentation.segmentLine``). Farasa splits
every affix; as for its WikiNews gold (:func:`arabicnews.evaluate.segmentation.read_wikinews_surfaces`)
only the leading one-letter proclitics (و ف ب ل ك and the future س) and a final pronoun
(:data:`arabicnews.arabic.letters.PRONOUN_ENCLITICS`) count as clitics, and the article stays in the
stem (``ل+ال`` covers the surface «لل», whose second ل is the article's). Farasa's output carries
no tags, so a final «نا» is always the pronoun (Farasa splits a past verb's subject «طلب+نا» too,
which UD keeps whole). Farasa drops the marks and the tatweel; its cuts are put back between the
letters it kept. Tokens with no Arabic letter keep arabicnews's segments. Both systems' words are
then scored by :func:`arabicnews.evaluate.tokens.score_spans`, the evaluate command's own scorer
(words F1, word accuracy, split-point F1); the script checks that arabicnews scored this way gives
exactly the figures of :func:`arabicnews.evaluate.tokens.evaluate`. PUD is the test: this scores
it and chooses nothing.

Speed. The first ``--articles`` SaudiNewsNet articles of ``benchmarks/speed.py`` (its loader), words
counted by its bare regex pass. arabicnews: the tokens stage (tokenization, clitic split and
offsets) on fresh Documents. Farasa: ``segmentLine`` over the same articles' Arabic tokens
(arabicnews's tokens, found beforehand and not timed: Farasa's time is its segmentation alone), one
line per article. Each run starts with empty per-word caches and the data loaded: a new tokens stage
over a segmenter whose model and decision table are loaded; Farasa's table of previously seen words
put back as shipped (``segmentLine`` adds every word it analyses to it): the ratio is that of one
run over the articles, as a fresh process makes it. The same run is then timed again with every
word cached (both systems become dictionary look-ups; printed apart, not the ratio). The runs
alternate (arabicnews, Farasa, ``--repeat`` times); CPU seconds of this process, the best run of
each, and the load average before and after (the machine may be shared).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import count_words, load_articles  # noqa: E402

import arabicnews  # noqa: E402
from arabicnews import Document  # noqa: E402
from arabicnews.arabic.clitics import CliticSegmenter  # noqa: E402
from arabicnews.arabic.letters import PROCLITIC_LETTERS, PRONOUN_ENCLITICS  # noqa: E402
from arabicnews.evaluate.corpora import default_data_dir  # noqa: E402
from arabicnews.evaluate.segmentation import cuts  # noqa: E402
from arabicnews.evaluate.tokens import Evaluation, evaluate, format_scores, parse_conllu, score_spans  # noqa: E402
from arabicnews.model.spans import Token  # noqa: E402
from arabicnews.stages.tokens import Tokenizer, TokenizerStage  # noqa: E402

ARABIC = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)
RUN = regex.compile(r"[\p{Arabic}&&\p{L}--\u0640]\p{M}*(?:\u0640*[\p{Arabic}&&\p{L}--\u0640]\p{M}*)*", regex.V1)
"""An Arabic run: letters and their marks, a tatweel only between two letters. Farasa is asked
about each run of a token alone (digits, Latin letters and a tatweel at a run's edge are not
Farasa's to split)."""
DROPPED = frozenset("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
"""What Farasa's ``removeDiacritics`` takes out of a word before it splits it (tatweel, harakat,
shadda, sukun, the dagger alef)."""
PROCLITICS = frozenset(PROCLITIC_LETTERS + "س")
SpanT = tuple[int, int]


def farasa_module() -> ModuleType | None:
    """``farasa.segmentation`` (it loads its tables on import, a few seconds), or ``None``."""
    try:
        return importlib.import_module("farasa.segmentation")
    except ImportError:
        return None


def ud_cuts(letters: str, segments: Sequence[str]) -> frozenset[int] | None:
    """The cuts (positions in ``letters``, the word without what Farasa drops) that Farasa's
    ``segments`` make as UD clitics; ``None`` when the segments do not spell the word's ends."""
    n_pro = pos = i = 0
    while i < len(segments) - 1 and segments[i] in PROCLITICS:
        if not letters.startswith(segments[i], pos):
            return None
        pos += 1
        n_pro += 1
        i += 1
        if segments[i - 1] == "ل" and segments[i] == "ال" and letters.startswith("ل", pos):
            break  # ل+ال is «لل»: the article (the second ل) opens the stem
    last = segments[-1]
    n_enc = len(last) if len(segments) - i > 1 and last in PRONOUN_ENCLITICS and letters.endswith(last) else 0
    return cuts(len(letters), n_pro, n_enc)


def farasa_words(fs: ModuleType, text: str, token: Token) -> tuple[list[SpanT], int]:
    """The word spans of ``token`` with Farasa's cuts inside each Arabic run of it (:data:`RUN`),
    arabicnews's cuts elsewhere (beside a digit, a lone tatweel: tokenization, held constant), and
    how many runs' outputs could not be read (such a run is left whole)."""
    start, end = token.start, token.end
    ours = {s.start for s in token.segments[1:]}
    runs = [m.span() for m in RUN.finditer(text, start, end)]
    bounds = {c for c in ours if not any(a < c < b for a, b in runs)}
    unread = 0
    for a, b in runs:
        keep = [i for i in range(a, b) if text[i] not in DROPPED]
        out = fs.segmentLine(text[a:b])
        found = ud_cuts("".join(text[i] for i in keep), out[0].split("+")) if len(out) == 1 else None
        unread += found is None
        bounds.update(keep[c] for c in found or ())
    edges = [start, *sorted(bounds), end]
    return list(itertools.pairwise(edges)), unread


def accuracy(data_dir: Path, fs: ModuleType) -> None:
    path = data_dir / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
    if not path.is_file():
        raise SystemExit(f"error: {path} not found; pass --data-dir DIR (holding ud_arabic_pud/)")
    with path.open(encoding="utf-8") as fh:
        sentences = parse_conllu(fh)
    reference = evaluate(sentences)
    doc = arabicnews.default_pipeline()(reference.text)
    text = doc.text
    sys_tokens = [(t.start, t.end) for t in doc.tokens]
    sys_sents = [(s.start, s.end) for s in doc.sentences]
    ours_words = [(s.start, s.end) for t in doc.tokens for s in t.segments]
    ours = score_spans(sentences, sys_tokens, ours_words, sys_sents)
    same = format_scores(ours) == format_scores(reference)
    farasa: list[SpanT] = []
    unread = asked = 0
    for t in doc.tokens:
        if ARABIC.search(text, t.start, t.end):
            spans, bad = farasa_words(fs, text, t)
            farasa.extend(spans)
            asked += 1
            unread += bad
        else:
            farasa.extend((s.start, s.end) for s in t.segments)
    theirs = score_spans(sentences, sys_tokens, farasa, sys_sents)
    print(f"accuracy: {path}, {len(sentences)} sentences, arabicnews's tokens held constant")
    print(f"  arabicnews scored here = `python -m arabicnews.evaluate tokens`: {'yes, exactly' if same else 'NO'}")
    print(f"  Farasa asked about {asked:,} Arabic tokens; {unread} outputs unreadable (kept whole)")
    print(f"  {'system':<12}{'words F1':>10}{'word acc':>10}{'points F1':>11}{'points P':>10}{'points R':>10}")
    for name, ev in (("arabicnews", ours), ("farasa", theirs)):
        print(f"  {name:<12}{_row(ev)}")
    if not same:
        raise SystemExit("error: the scorer here does not reproduce the evaluate command's figures")


def _row(ev: Evaluation) -> str:
    pt = ev.points
    return (
        f"{100 * ev.words.f1:>10.2f}{100 * ev.word_accuracy:>10.2f}{100 * pt.f1:>11.2f}"
        f"{100 * pt.precision:>10.2f}{100 * pt.recall:>10.2f}"
    )


def speed(data_dir: Path, fs: ModuleType, shipped: dict[str, str], n_articles: int, repeat: int) -> None:
    """Words per CPU second of both, ``shipped`` being Farasa's table of seen words as it was imported."""
    texts = load_articles(data_dir, n_articles)
    words = count_words(texts)
    probe = TokenizerStage()
    lines = []
    for t in texts:
        toks = probe(Document(t)).tokens
        lines.append(" ".join(k.text for k in toks if ARABIC.search(k.text)))

    def ours() -> Callable[[], None]:
        segmenter = CliticSegmenter()
        segmenter.loaded_model()  # its model and decision table, loaded before the timing starts
        stage = TokenizerStage(Tokenizer(segmenter))  # and no word cached yet

        def run() -> None:
            for t in texts:
                stage(Document(t))

        return run

    def theirs() -> Callable[[], None]:
        vars(fs)["hmSeenBefore"] = dict(shipped)  # the table as shipped: no word remembered from an earlier run

        def run() -> None:
            for line in lines:
                fs.segmentLine(line)

        return run

    runs: dict[str, list[float]] = {"arabicnews": [], "farasa": []}
    warm: dict[str, list[float]] = {"arabicnews": [], "farasa": []}
    load0 = os.getloadavg()[0]
    for _ in range(repeat):
        for name, make in (("arabicnews", ours), ("farasa", theirs)):
            fn = make()
            runs[name].append(_cpu(fn))
            warm[name].append(_cpu(fn))  # again, every word now in the per-word caches
    load1 = os.getloadavg()[0]
    print(f"speed: {len(texts)} SaudiNewsNet articles, {words:,} words (bare regex count); CPU seconds of each run")
    print(f"  load average (1 min) {load0:.2f} before, {load1:.2f} after")
    for label, table in (("one run, per-word caches empty at its start", runs), ("a second run, caches full", warm)):
        best = {name: min(v) for name, v in table.items()}
        print(f"  {label}:")
        for name, v in table.items():
            shown = ", ".join(f"{x:.2f}" for x in v)
            print(f"    {name:<12}{words / best[name]:>12,.0f} words per CPU second (runs {shown} s)")
        pairs = [f / a for a, f in zip(table["arabicnews"], table["farasa"], strict=True)]
        print(
            f"    arabicnews / Farasa: {best['farasa'] / best['arabicnews']:.2f}x (best runs);"
            f" each alternating pair {', '.join(f'{r:.2f}x' for r in pairs)}"
        )


def _cpu(fn: Callable[[], None]) -> float:
    c = time.process_time()
    fn()
    return time.process_time() - c


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each system")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args(argv)
    fs = farasa_module()
    if fs is None:
        print("skipped: the benchmark needs Farasa's pure-Python port (pip install farasa==0.0.1)")
        return 0
    shipped = dict(fs.hmSeenBefore)  # before the accuracy part adds PUD's words to it
    if not args.skip_accuracy:
        accuracy(args.data_dir, fs)
    if not args.skip_speed:
        speed(args.data_dir, fs, shipped, args.articles, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
