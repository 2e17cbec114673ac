"""Hostile input through the whole default pipeline, linear cost, threads, bad arguments, the corpus.

Every pathological text must come out as a Document that keeps every invariant
(:func:`arabicnews.surfaces.validate.check_document`). The heaviest sizes (10 MB, 1 MB) are marked ``slow``
(``python -m pytest -m slow tests/test_robustness.py``); the default run uses smaller ones of the
same shapes. Linear cost is shown by counting work, never by timing: the number of calls of a
stage's inner step grows in proportion to the input.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from invariants import check_document

import arabicnews
from arabicnews import (
    BackendNotInstalledError,
    Document,
    InputTypeError,
    ModelNotFoundError,
    PipelineError,
    Span,
    StageError,
    stage,
)
from arabicnews.stages.attribution import engine as attribution_engine, speakers as attribution_speakers
from arabicnews.stages.entities.stanza import StanzaEntityStage

ROOT = Path(__file__).resolve().parents[1]


def analyse_and_check(text: str, *, round_trip: bool = True) -> Document:
    doc = arabicnews.analyze(text)
    check_document(doc, text, round_trip=round_trip)
    return doc


# -- pathological inputs -----------------------------------------------------------------------

SHAPES: dict[str, Callable[[int], str]] = {
    "alef": lambda n: "ا" * n,
    "space": lambda n: " " * n,
    "newline": lambda n: "\n" * n,
    "full stop": lambda n: "." * n,
    "open quote": lambda n: "«" * n,
    "tatweel": lambda n: "ـ" * n,
    "diacritic": lambda n: "\u064e" * n,
    "NUL": lambda n: "\x00" * n,
    "emoji": lambda n: "😀" * n,
    "lone surrogate": lambda n: "\ud800" * n,
    "Eastern digit": lambda n: "٣" * n,
    "RLM": lambda n: "\u200f" * n,
    "no spaces": lambda n: ("كتبالمرصدوالوزيرقالإنثلاثةآلاف" * (n // 30 + 1))[:n],
    "a.": lambda n: ("a." * n)[:n],  # once quadratic in the tokenizer
    "1.": lambda n: ("1." * n)[:n],
    "digits and spaces": lambda n: ("12 " * n)[:n],
    "thousands": lambda n: ("1,000" * n)[:n],
    "dates": lambda n: ("12/05/2015 " * n)[:n],
    "number words": lambda n: ("ثلاثة وعشرين ألف " * n)[:n],
    "quoted cue": lambda n: ("«قال»" * n)[:n],
    "cue and complementizer": lambda n: ("قال إن " * n)[:n],  # was quadratic in attributions
    "according to": lambda n: ("بحسب " * n)[:n],  # was quadratic in attributions
    "according to then cue": lambda n: ("وفق المرصد قال الوزير إن " * n)[:n],
    "quote per sentence": lambda n: (("«" + "قال الوزير " * 150 + "» ") * (n // 1600 + 1))[:n],
    "table": lambda n: ("| 12 | ٣٫٥ | 1,200 | 45% |\n|---|---|---|---|\n" * n)[:n],
    "html": lambda n: ('<div class="x"><p>قال الوزير&nbsp;إن 35&#1604;</p><br/></div>\n' * n)[:n],
    "mojibake": lambda n: ("Ø§Ù„Ø±ÙŠØ§Ø¶ Ù‚Ø§Ù„ 35 Ã˜Â§ " * n)[:n],
    "presentation forms": lambda n: ("ﻻ ﷲ ﺑﺴﻢ ﻗﺎﻝ ٣٥ " * n)[:n],
    "bidi soup": lambda n: ("\u202bقال\u202c \u2066٣٥\u2069 \u200eA\u200f " * n)[:n],
}


@pytest.mark.parametrize("shape", SHAPES)
def test_pathological_input_keeps_invariants(shape: str) -> None:
    analyse_and_check(SHAPES[shape](2_000))


def test_100000_digits() -> None:
    for digits in ("٣" * 100_000, "3" * 100_000, "۳" * 100_000):
        doc = analyse_and_check(digits)
        assert [t.kind for t in doc.tokens] == ["number"]


def test_deeply_nested_quotes() -> None:
    text = "«" * 50_000 + "قال الوزير إن ٣٥ شخصا قتلوا" + "»" * 50_000
    doc = analyse_and_check(text)
    assert [q.value for q in doc.quantities] == [35]


def test_very_long_sentence_keeps_its_attributions() -> None:
    # 300 clauses in one sentence: past 256 tokens the attribution stage works in pieces, and
    # only a clause cut by a piece boundary may be lost.
    text = "، ".join(f"وقال الوزير إن {i} شخصا قتلوا" for i in range(1, 301)) + "."
    doc = analyse_and_check(text)
    assert len(doc.sentences) == 1
    assert len(doc.attributions) >= 290
    assert all("،" not in a.content.text and a.sources[0].text == "الوزير" for a in doc.attributions)


@pytest.mark.slow
@pytest.mark.parametrize(
    "char",
    ["ا", " ", ".", "«", "٣", "\n"],
)
def test_10_mb_of_one_character(char: str) -> None:
    analyse_and_check(char * 10_000_000, round_trip=False)


@pytest.mark.slow
def test_1_mb_without_spaces_or_punctuation() -> None:
    analyse_and_check(SHAPES["no spaces"](1_000_000), round_trip=False)


@pytest.mark.slow
def test_100000_number_words() -> None:
    words = ["ثلاثة", "وعشرين", "ألف", "مليون", "ومئة", "العشرات", "نصف"]
    text = " ".join(words[i % len(words)] for i in range(100_000))
    analyse_and_check(text, round_trip=False)


@pytest.mark.slow
def test_1_mb_of_quoted_cue() -> None:
    analyse_and_check(SHAPES["quoted cue"](1_000_000), round_trip=False)


@pytest.mark.slow
@pytest.mark.parametrize("shape", SHAPES)
def test_pathological_input_at_1_mb(shape: str) -> None:
    analyse_and_check(SHAPES[shape](1_000_000), round_trip=False)


# -- linear cost, by counting work ---------------------------------------------------------------


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def wrap(self, func: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return func(*args, **kwargs)

        return counted


def _attribution_steps(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Calls of the attribution stage's per-token steps while analysing ``text``."""
    counter = Counter()
    analysis = attribution_engine._Analysis
    with monkeypatch.context() as m:
        for name in ("boundary", "word", "is_stop", "is_role", "source_words"):
            m.setattr(analysis, name, counter.wrap(getattr(analysis, name)))
        m.setattr(attribution_speakers, "normalize", counter.wrap(arabicnews.normalize))
        arabicnews.analyze(text)
    return counter.calls


@pytest.mark.parametrize("unit", ["قال إن ", "بحسب ", "وفق المرصد قال الوزير إن ", "وأضاف أن ", "قال: «"])
def test_attribution_work_grows_linearly(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    units = 2_000 // len(unit)
    small = _attribution_steps(unit * units, monkeypatch)
    large = _attribution_steps(unit * (4 * units), monkeypatch)
    assert small > 0
    # Quadratic work would give 16 times as many steps; linear gives 4, plus the edges.
    assert large <= 5 * small


# -- threads -----------------------------------------------------------------------------------


def _thread_texts(seed_text: str) -> list[str]:
    lines = [line for line in seed_text.splitlines() if line.strip()]
    extra = ["قال المرصد إن ٣٥ مدنيا قتلوا.", "وفق وزارة الصحة، بلغ عدد الوفيات 1,200 حالة", "", "«قال»" * 20]
    return [*lines, *extra, seed_text] * 3


def test_one_pipeline_from_four_threads_gives_the_serial_results(seed_text: str) -> None:
    nlp = arabicnews.default_pipeline()  # a fresh pipeline: lexicons load while the threads race
    texts = _thread_texts(seed_text)
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(nlp, texts))
    serial = [nlp(t) for t in texts]
    assert threaded == serial
    assert [d.text for d in threaded] == texts


# -- bad arguments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"\xd9\x82\xd8\xa7\xd9\x84", r"text must be str, not bytes\. Decode it first, e\.g\. data\.decode\('utf-8'\)"),
        (None, r"text must be str, not NoneType\. Pass an empty string"),
        (35, r"text must be str, not int"),
        (["قال"], r"text must be str, not list"),
    ],
)
def test_non_str_text_gets_a_clear_type_error(value: object, expected: str) -> None:
    for call in (arabicnews.analyze, arabicnews.default_pipeline()):
        with pytest.raises(InputTypeError, match=expected) as info:
            call(value)  # type: ignore[arg-type]
        assert isinstance(info.value, TypeError)


def test_pipe_names_the_bad_text() -> None:
    with pytest.raises(InputTypeError, match=r"texts\[1\] must be str, not bytes"):
        list(arabicnews.default_pipeline().pipe(["قال", b"x"]))  # type: ignore[list-item]


@pytest.mark.parametrize("method", ["get", "remove", "index"])
def test_an_unknown_stage_name_lists_the_stages(method: str) -> None:
    nlp = arabicnews.default_pipeline()
    with pytest.raises(PipelineError, match=r"no stage named 'entites' \(stages: tokens, sentences, quantities"):
        getattr(nlp, method)("entites")


def test_an_unknown_stage_name_in_add_and_replace() -> None:
    nlp = arabicnews.default_pipeline()
    with pytest.raises(PipelineError, match="no stage named 'tokenz'"):
        nlp.add(lambda d: d, after="tokenz")
    with pytest.raises(PipelineError, match="no stage named 'tokenz'"):
        nlp.replace("tokenz", lambda d: d)


def test_a_stage_that_breaks_offsets_is_named_with_the_span() -> None:
    @stage(requires=["tokens"], provides=["shifted"])
    def shifted(doc: Document) -> Document:
        first = doc.tokens[0]
        bad = Span(first.text, first.start + 1, first.end + 1)
        return Document(doc.text, {**doc.layers, "shifted": (bad,)})

    nlp = arabicnews.default_pipeline().add(shifted, after="tokens")
    with pytest.raises(StageError, match=r"stage 'shifted': layer 'shifted': span \[1, 4\) holds 'ال ', but") as info:
        nlp("قال الوزير")
    assert info.value.stage == "shifted"


def test_a_stage_that_rewrites_the_text_is_named() -> None:
    @stage
    def rewrite(doc: Document) -> Document:
        return Document(doc.text.upper())

    with pytest.raises(StageError, match=r"stage 'rewrite': changed the document text"):
        arabicnews.default_pipeline().add(rewrite)("abc")


def test_a_missing_optional_extra_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # as if the [stanza] extra were not installed
    stage_ = StanzaEntityStage(model_path="model.pt")
    with pytest.raises(BackendNotInstalledError, match=r"pip install -e '\.\[stanza\]'") as info:
        stage_(arabicnews.analyze("حلب"))
    assert isinstance(info.value, ImportError)


def test_a_missing_model_names_the_download_command(tmp_path: Path) -> None:
    settings = StanzaEntityStage(stanza_dir=tmp_path).settings
    with pytest.raises(ModelNotFoundError, match=r"arabicnews download") as info:
        settings.pipeline_kwargs()
    assert str(tmp_path) in str(info.value) and isinstance(info.value, FileNotFoundError)


def test_a_missing_model_file_is_named(tmp_path: Path) -> None:
    settings = StanzaEntityStage(model_path=tmp_path / "ner.pt").settings
    with pytest.raises(ModelNotFoundError, match=r"ner\.pt"):
        settings.pipeline_kwargs()


def test_no_assert_validates_anything_in_the_package() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{i}"
        for path in sorted((ROOT / "arabicnews").rglob("*.py"))
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith("assert ")
    ]
    assert offenders == []


# -- the corpus --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_run() -> Iterator[Any]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus_run as module

        yield module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def _run_corpus(data_dir: Path, corpus_run: Any, limit: int) -> None:
    if not (data_dir / "saudinewsnet").is_dir():
        pytest.skip("SaudiNewsNet not found")
    out = io.StringIO()
    failing = corpus_run.run(data_dir, limit=limit, jobs=1, slowest=3, out=out)
    report = out.getvalue()
    assert failing == 0, report
    assert f"articles:             {limit:,}\n" in report
    assert "exceptions:           0\n" in report
    assert "invariant violations: 0 in 0 document(s)" in report


def test_corpus_sample_has_no_exception_and_no_violation(data_dir: Path, corpus_run: Any) -> None:
    # 50 articles spread over the five days keep the default run fast; the slow run takes 1,000
    # and `python benchmarks/corpus_run.py` all 10,872.
    _run_corpus(data_dir, corpus_run, 50)


@pytest.mark.slow
def test_larger_corpus_sample(data_dir: Path, corpus_run: Any) -> None:
    _run_corpus(data_dir, corpus_run, 1_000)
