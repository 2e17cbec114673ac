"""The stanza entity backend: tag mapping, offsets, clitics, token alignment, errors, downloads.

The first half runs everywhere: it drives the stage with a stand-in for ``stanza.Pipeline`` and
checks the errors raised without stanza. The second half needs stanza (skipped without it) and runs
a real stanza NER model end to end: a tiny one trained by stanza's own training entry point on a
slice of ANERcorp train (tests/fixtures/stanza/build_model.py rebuilds it), and stanza's full Arabic
model where one is installed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

import arabicnews
from arabicnews import Document, Pipeline, Segment, Token
from arabicnews.core.errors import (
    ArabicNewsError,
    BackendNotInstalledError,
    DownloadError,
    ModelNotFoundError,
    PipelineError,
    StageError,
)
from arabicnews.model.entity import Entity
from arabicnews.model.spans import Sentence, TokenKind
from arabicnews.stages.entities.bio import bio_spans
from arabicnews.stages.entities.stanza import (
    STANZA_LABELS,
    StanzaEntityStage,
    stanza_models_installed,
    token_groups,
)
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage
from arabicnews.surfaces.cli.download import DEFAULT_PROCESSORS, add_download_parser, download

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "stanza"
TINY_MODEL = FIXTURES / "ar_anercorp_tiny_nertagger.pt"


# -- a document with hand-made clitic segments, and a stand-in for stanza.Pipeline ----------------


def doc_of(*words: str) -> Document:
    """A document of ``words`` joined by spaces; ``+`` in a word marks where its proclitics end.

    A word ending in ``.`` is a sentence-final punctuation token.
    """
    text_parts: list[str] = []
    tokens: list[Token] = []
    pos = 0
    for word in words:
        pre, _, stem = word.rpartition("+")
        pre = pre.replace("+", "")
        surface = pre + stem
        segs: list[Segment] = [Segment(c, pos + i, pos + i + 1, "proclitic") for i, c in enumerate(pre)]
        segs.append(Segment(stem, pos + len(pre), pos + len(surface), "stem"))
        kind: TokenKind = "punct" if surface in (".", "،", '"') else "word"
        tokens.append(Token(surface, pos, pos + len(surface), kind, surface, tuple(segs)))
        text_parts.append(surface)
        pos += len(surface) + 1
    return Document(" ".join(text_parts)).with_layer("tokens", tokens)


class FakeStanza:
    """Stands in for ``stanza.Pipeline``: tags each given token from a table, in stanza's shapes."""

    def __init__(self, tags: Mapping[str, str], *, pretokenized: bool = True, merge: bool = False) -> None:
        self.tags = dict(tags)
        self.merge = merge
        self.calls: list[list[list[str]]] = []
        self.processors = {"tokenize": SimpleNamespace(config={"pretokenized": pretokenized}), "ner": object()}

    def __call__(self, sentences: list[list[str]]) -> SimpleNamespace:
        self.calls.append(sentences)
        out = []
        for words in sentences:
            if self.merge:  # what a re-tokenizing stanza does: glue tokens back together
                words = [" ".join(words)]
            out.append(SimpleNamespace(tokens=[SimpleNamespace(text=w, ner=self.tags.get(w, "O")) for w in words]))
        return SimpleNamespace(sentences=out)


def spans(doc: Document) -> list[tuple[str, int, int, str]]:
    return [(e.text, e.start, e.end, e.label) for e in doc.entities]


# -- tag decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["O", "S-LOC", "O"], [(1, 2, "LOC")]),
        (["B-PER", "I-PER", "E-PER", "O"], [(0, 3, "PER")]),
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),  # BIO, open at the end
        (["S-LOC", "S-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["B-ORG", "B-ORG"], [(0, 1, "ORG"), (1, 2, "ORG")]),
        (["O", "I-MISC", "E-MISC"], [(1, 3, "MISC")]),  # a stray I- starts an entity (conlleval)
        (["B-PER", "E-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),  # a type change starts a new one
        (["E-ORG", "O"], [(0, 1, "ORG")]),
        (["O", None, "O"], []),
        ([], []),
    ],
)
def test_decode_tags_reads_bio_and_bioes(tags: list[str | None], expected: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == expected


# -- mapping back by token index (stand-in stanza) -----------------------------------------------


def test_entities_map_back_to_original_offsets_by_token_index() -> None:
    doc = doc_of("قال", "فيليب", "هاموند", "في", "لندن", ".")
    fake = FakeStanza({"فيليب": "B-PER", "هاموند": "E-PER", "لندن": "S-LOC"})
    out = StanzaEntityStage(pipeline=fake)(doc)
    assert spans(out) == [("فيليب هاموند", 4, 16, "PER"), ("لندن", 20, 24, "LOC")]
    assert all(out.text[e.start : e.end] == e.text for e in out.entities)
    assert fake.calls == [[["قال", "فيليب", "هاموند", "في", "لندن", "."]]]


def test_mentions_of_one_entity_share_a_group() -> None:
    doc = doc_of("قال", "فيليب", "هاموند", "إن", "هاموند", "زار", "لندن", ".")
    # «فيليب هاموند» … «هاموند»: the table tags every «هاموند» E-, which alone starts an entity.
    fake = FakeStanza({"فيليب": "B-PER", "هاموند": "E-PER", "لندن": "S-LOC"})
    grouped = StanzaEntityStage(pipeline=fake)(doc).entities
    assert [(e.text, e.group) for e in grouped] == [("فيليب هاموند", 0), ("هاموند", 0), ("لندن", 1)]
    ungrouped = StanzaEntityStage(pipeline=fake, group=False)(doc).entities
    assert [e.group for e in ungrouped] == [None, None, None]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ب+سوريا", "سوريا"), ("و+ب+سوريا", "سوريا"), ("سوريا", "سوريا"), ("ل+لبنان", "لبنان")],
)
def test_a_proclitic_stays_outside_the_entity(word: str, expected: str) -> None:
    doc = doc_of("قتل", "مدنيون", word)
    surface = word.replace("+", "")
    out = StanzaEntityStage(pipeline=FakeStanza({surface: "S-LOC"}))(doc)
    (entity,) = out.entities
    assert entity.text == expected
    assert (entity.start, entity.end) == (doc.text.index(surface) + len(surface) - len(expected), len(doc.text))


def test_only_the_first_tokens_proclitic_is_cut_from_a_multi_token_entity() -> None:
    doc = doc_of("و+المرصد", "السوري", "ل+حقوق", "الإنسان")
    tags = {"والمرصد": "B-ORG", "السوري": "I-ORG", "لحقوق": "I-ORG", "الإنسان": "E-ORG"}
    out = StanzaEntityStage(pipeline=FakeStanza(tags))(doc)
    assert spans(out) == [("المرصد السوري لحقوق الإنسان", 1, len(doc.text), "ORG")]


def test_a_token_of_clitics_only_keeps_its_whole_span() -> None:
    doc = doc_of("و+", "فرنسا")
    out = StanzaEntityStage(pipeline=FakeStanza({"و": "B-LOC", "فرنسا": "E-LOC"}))(doc)
    assert spans(out) == [("و فرنسا", 0, 7, "LOC")]


@pytest.mark.parametrize(
    ("stanza_type", "label"),
    [
        ("PER", "PER"),
        ("PERS", "PER"),
        ("PERSON", "PER"),
        ("LOC", "LOC"),
        ("GPE", "LOC"),
        ("ORG", "ORG"),
        ("MISC", "MISC"),
    ],
)
def test_stanza_types_map_to_arabicnews_labels(stanza_type: str, label: str) -> None:
    out = StanzaEntityStage(pipeline=FakeStanza({"حلب": f"S-{stanza_type}"}))(doc_of("في", "حلب"))
    assert [e.label for e in out.entities] == [label]
    assert out.entities[0].score == 1.0


def test_types_outside_the_label_set_are_dropped_unless_mapped() -> None:
    doc = doc_of("في", "2016", "قال", "رويترز")
    fake = FakeStanza({"2016": "S-DATE", "رويترز": "S-NORP"})
    assert StanzaEntityStage(pipeline=fake)(doc).entities == ()
    mapped = StanzaEntityStage(pipeline=fake, label_map={"NORP": "ORG"})(doc)
    assert spans(mapped) == [("رويترز", 12, 18, "ORG")]


def test_label_map_can_drop_a_type() -> None:
    out = StanzaEntityStage(pipeline=FakeStanza({"حلب": "S-MISC"}), label_map={"MISC": None})(doc_of("في", "حلب"))
    assert out.entities == ()


def test_a_bad_label_in_label_map_names_the_valid_labels() -> None:
    with pytest.raises(PipelineError, match="LOC, MISC, ORG, PER"):
        StanzaEntityStage(pipeline=FakeStanza({}), label_map={"GPE": "PLACE"})


def test_stems_feed_gives_stanza_restored_stems_and_ends_at_the_stem() -> None:
    text = "وصل للأحياء"
    segs = (Segment("ل", 4, 5, "proclitic"), Segment("لأحياء", 5, 11, "stem", "الأحياء"))
    tokens = (
        Token("وصل", 0, 3, "word", "وصل", (Segment("وصل", 0, 3, "stem"),)),
        Token("للأحياء", 4, 11, "word", "للاحياء", segs),
    )
    doc = Document(text).with_layer("tokens", tokens)
    fake = FakeStanza({"الأحياء": "S-LOC"})
    out = StanzaEntityStage(pipeline=fake, feed="stems")(doc)
    assert fake.calls == [[["وصل", "الأحياء"]]]
    assert spans(out) == [("لأحياء", 5, 11, "LOC")]


def test_sentences_are_tagged_as_separate_stanza_sentences() -> None:
    doc = doc_of("زار", "لافروف", "جنيف", ".", "ثم", "عاد", ".")
    cut = doc.text.index(".") + 1
    first, second = Sentence(doc.text[:cut], 0, cut), Sentence(doc.text[cut + 1 :], cut + 1, len(doc.text))
    doc = doc.with_layer("sentences", [first, second])
    fake = FakeStanza({})
    StanzaEntityStage(pipeline=fake)(doc)
    assert fake.calls == [[["زار", "لافروف", "جنيف", "."], ["ثم", "عاد", "."]]]


def test_without_a_sentences_layer_groups_end_at_final_punctuation() -> None:
    doc = doc_of("زار", "جنيف", ".", "ثم", "عاد")
    assert token_groups(doc) == [[0, 1, 2], [3, 4]]


def test_tokens_outside_every_sentence_form_their_own_group() -> None:
    doc = doc_of("أ", "ب", "ج", "د")
    doc = doc.with_layer("sentences", [Sentence("ب ج", 2, 5)])
    assert token_groups(doc) == [[0], [1, 2], [3]]


def test_an_empty_document_gets_an_empty_layer_without_calling_stanza() -> None:
    fake = FakeStanza({})
    out = StanzaEntityStage(pipeline=fake)(Document("").with_layer("tokens", ()))
    assert out.entities == () and fake.calls == []


def test_a_retokenizing_stanza_is_an_error_not_a_silent_misalignment() -> None:
    with pytest.raises(StageError, match="re-tokenized"):
        StanzaEntityStage(pipeline=FakeStanza({}, merge=True))(doc_of("في", "حلب"))


def test_a_stanza_pipeline_that_would_retokenize_is_refused() -> None:
    with pytest.raises(PipelineError, match="tokenize_pretokenized=True"):
        StanzaEntityStage(pipeline=FakeStanza({}, pretokenized=False))


def test_a_stanza_pipeline_without_ner_is_refused() -> None:
    with pytest.raises(PipelineError, match="no 'ner' processor"):
        StanzaEntityStage(pipeline=SimpleNamespace(processors={"tokenize": object()}))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"feed": "words"},
        {"pipeline": FakeStanza({}), "model_path": "x.pt"},
        {"model_path": "x.pt", "stanza_dir": "d"},
    ],
)
def test_contradictory_or_unknown_options_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(PipelineError):
        StanzaEntityStage(**kwargs)


def test_the_stage_fits_a_pipeline_after_the_tokens() -> None:
    stage = StanzaEntityStage(pipeline=FakeStanza({"حلب": "S-LOC"}))
    nlp = Pipeline([TokenizerStage(), stage])
    doc = nlp("قصفت الطائرات حلب.")
    assert spans(doc) == [("حلب", 14, 17, "LOC")]
    with pytest.raises(PipelineError, match="requires 'tokens'"):
        Pipeline([stage])


def test_it_replaces_the_entities_stage_of_a_pipeline() -> None:
    stage = StanzaEntityStage(pipeline=FakeStanza({}))
    assert stage.name == "entities" and stage.requires == ("tokens",) and stage.provides == ("entities",)
    assert isinstance(stage, arabicnews.Stage)


# -- pickling --------------------------------------------------------------------------------------


def test_a_stage_made_from_paths_pickles_without_its_model() -> None:
    stage = StanzaEntityStage(model_path="/nowhere/model.pt", feed="stems", label_map={"NORP": "ORG"}, group=False)
    copy = pickle.loads(pickle.dumps(stage))
    assert copy.settings == stage.settings and copy.feed == "stems" and copy.label_map == stage.label_map
    assert copy.group is False
    assert not copy.loaded


def test_a_stage_made_from_a_stanza_object_says_why_it_cannot_pickle() -> None:
    with pytest.raises(TypeError, match="model_path= or stanza_dir="):
        pickle.dumps(StanzaEntityStage(pipeline=FakeStanza({})))


# -- stanza missing -----------------------------------------------------------------------------


@pytest.fixture
def no_stanza(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import stanza`` fail as it does where the extra is not installed."""
    monkeypatch.setitem(sys.modules, "stanza", None)


@pytest.mark.usefixtures("no_stanza")
def test_without_stanza_the_stage_names_the_pip_command() -> None:
    stage = StanzaEntityStage(model_path="model.pt")  # building the stage does not import stanza
    with pytest.raises(BackendNotInstalledError, match=r"pip install -e '\.\[stanza\]'") as info:
        stage(doc_of("حلب"))
    assert isinstance(info.value, ImportError) and isinstance(info.value, ArabicNewsError)


@pytest.mark.usefixtures("no_stanza")
def test_without_stanza_download_names_the_pip_command() -> None:
    with pytest.raises(BackendNotInstalledError, match=r"pip install -e '\.\[stanza\]'"):
        download()


def test_importing_the_backend_imports_neither_stanza_nor_torch() -> None:
    code = (
        "import sys, arabicnews.stages.entities.stanza, arabicnews.surfaces.cli.download; "
        "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- stanza installed ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stanza() -> Iterator[ModuleType]:
    module: ModuleType = pytest.importorskip("stanza")
    torch = pytest.importorskip("torch")
    # One thread: on a loaded two-core machine torch's default of two is twenty times slower.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield module
    torch.set_num_threads(threads)


def test_missing_models_name_the_download_command(stanza: ModuleType, tmp_path: Path) -> None:
    stage = StanzaEntityStage(stanza_dir=tmp_path)
    with pytest.raises(ModelNotFoundError, match="arabicnews download") as info:
        stage(doc_of("حلب"))
    assert isinstance(info.value, FileNotFoundError)
    assert str(tmp_path) in str(info.value)


def test_a_missing_model_file_is_named(stanza: ModuleType, tmp_path: Path) -> None:
    missing = tmp_path / "nope.pt"
    with pytest.raises(ModelNotFoundError, match=r"nope\.pt"):
        StanzaEntityStage(model_path=missing).load()


def test_the_stage_never_asks_stanza_to_download(stanza: ModuleType) -> None:
    kwargs = StanzaEntityStage(model_path=TINY_MODEL).settings.pipeline_kwargs()
    assert kwargs["download_method"] is None
    assert kwargs["tokenize_pretokenized"] is True and kwargs["processors"] == "tokenize,ner"


def test_download_asks_stanza_for_the_ner_models(
    stanza: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(stanza, "download", lambda *a, **k: calls.append((a, k)))
    assert download(model_dir=tmp_path) == tmp_path
    ((args, kwargs),) = calls
    assert args == ("ar",)
    assert kwargs["model_dir"] == str(tmp_path) and kwargs["processors"] == DEFAULT_PROCESSORS


def test_a_failed_download_says_what_to_do(stanza: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def offline(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("Name or service not known")

    monkeypatch.setattr(stanza, "download", offline)
    with pytest.raises(DownloadError, match="Check the network connection") as info:
        download(model_dir=tmp_path)
    assert "Name or service not known" in str(info.value)


def test_the_download_subcommand_runs_download(
    stanza: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(stanza, "download", lambda *a, **k: calls.append(k))
    parser = argparse.ArgumentParser(prog="arabicnews")
    add_download_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["download", "--model-dir", str(tmp_path)])
    assert args.func(args) == 0
    assert calls[0]["model_dir"] == str(tmp_path)
    assert str(tmp_path) in capsys.readouterr().out


# -- a real stanza NER model, end to end ----------------------------------------------------------

# Four ANERcorp train sentences (the tiny model's development set), written as a news text would be:
# punctuation against the words, so our tokens differ from whitespace-split ones.
PARIS = (
    "وفي باريس انتقد وزير الخارجية السعودي سعود الفيصل بعد لقاء نظيره الفرنسي "
    'بباريس "عجرفة" إسرائيل واتهمها "بتدمير" لبنان.'
)
UN = (
    "وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على أمين الأمم المتحدة لأن تقريره لم يشر إلى الإرهاب وإيران وسوريا."
)
BUSH = (
    "ومن المقرر أن تبحث رايس وكذلك الرئيس الأميركي جورج بوش الأزمة اللبنانية "
    "يوم الأحد مع مسؤولين سعوديين في البيت الأبيض."
)
WAR = (
    "الحرب العالمية الأولى أو الحرب العظيمة أو الحرب التي أنهت جميع الحروب "
    "هي تلك الحرب التي قامت بين عامي 1914 إلى 1918."
)


def at(text: str, mention: str, label: str, occurrence: int = 1) -> tuple[str, int, int, str]:
    start = -1
    for _ in range(occurrence):
        start = text.index(mention, start + 1)
    return (mention, start, start + len(mention), label)


@pytest.fixture(scope="module")
def tiny_stage(stanza: ModuleType) -> StanzaEntityStage:
    return StanzaEntityStage(model_path=TINY_MODEL).load()


@pytest.fixture(scope="module")
def tiny_nlp(tiny_stage: StanzaEntityStage) -> Pipeline:
    return Pipeline([TokenizerStage(), SentenceStage(), tiny_stage])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PARIS,
            [
                at(PARIS, "باريس", "LOC"),
                at(PARIS, "سعود الفيصل", "PER"),
                at(PARIS, "باريس", "LOC", occurrence=2),  # «بباريس»: the ب stays outside
                at(PARIS, "إسرائيل", "LOC"),
                at(PARIS, "لبنان", "LOC"),  # «لبنان.»: the full stop is not part of it
            ],
        ),
        (
            UN,
            [
                at(UN, "دان غيلرمان", "PER"),
                at(UN, "الأمم المتحدة", "ORG"),
                at(UN, "إيران", "LOC"),  # «وإيران»
                at(UN, "سوريا", "LOC"),  # «وسوريا.»
            ],
        ),
        (BUSH, [at(BUSH, "رايس", "PER"), at(BUSH, "جورج بوش", "PER"), at(BUSH, "البيت الأبيض", "MISC")]),
        (WAR, [at(WAR, "الحرب العالمية الأولى", "MISC")]),
    ],
    ids=["paris", "un", "bush", "war"],
)
def test_a_real_stanza_model_tags_our_tokens_with_exact_offsets(
    tiny_nlp: Pipeline, text: str, expected: list[tuple[str, int, int, str]]
) -> None:
    doc = tiny_nlp(text)
    assert spans(doc) == expected
    if text == PARIS:  # «باريس» … «بباريس»: one place
        assert doc.entities[0].group == doc.entities[2].group != doc.entities[3].group
    assert all(isinstance(e, Entity) and e.score == 1.0 for e in doc.entities)


def test_the_model_says_pers_and_the_stage_says_per(tiny_stage: StanzaEntityStage) -> None:
    doc = TokenizerStage()(Document(PARIS))
    result = tiny_stage.stanza_pipeline([[t.text for t in doc.tokens]])
    tags = {t.text: t.ner for t in result.sentences[0].tokens}
    assert (tags["سعود"], tags["الفيصل"]) == ("B-PERS", "E-PERS")
    assert STANZA_LABELS["PERS"] == "PER"
    assert [e.label for e in tiny_stage(doc).entities if e.text == "سعود الفيصل"] == ["PER"]


def test_stanza_keeps_our_tokens_where_it_would_split_on_spaces(tiny_stage: StanzaEntityStage) -> None:
    doc = TokenizerStage()(Document(PARIS))
    ours = [t.text for t in doc.tokens]
    assert '"عجرفة"' not in ours and "لبنان." not in ours  # our tokenizer splits the punctuation off
    fed = tiny_stage.stanza_pipeline([ours])
    assert [t.text for t in fed.sentences[0].tokens] == ours
    # The same text handed to stanza as a string is split on spaces: other tokens, other tags.
    as_string = tiny_stage.stanza_pipeline(PARIS)
    theirs = [t.text for s in as_string.sentences for t in s.tokens]
    assert "لبنان." in theirs and len(theirs) < len(ours)


def test_stanza_offsets_are_synthetic_so_the_stage_does_not_use_them(tiny_stage: StanzaEntityStage) -> None:
    doc = TokenizerStage()(Document(PARIS))
    fed = tiny_stage.stanza_pipeline([[t.text for t in doc.tokens]])
    lebanon = next(t for t in fed.sentences[0].tokens if t.text == "لبنان")
    ours = next(t for t in doc.tokens if t.text == "لبنان")
    assert lebanon.start_char != ours.start  # stanza counts in its own space-joined text
    assert tiny_stage(doc).entities[-1].start == ours.start


def test_one_document_of_several_sentences(tiny_nlp: Pipeline) -> None:
    text = f"{PARIS} {UN}\n{BUSH}"
    doc = tiny_nlp(text)
    assert len(doc.sentences) == 3
    assert [e.text for e in doc.entities][-3:] == ["رايس", "جورج بوش", "البيت الأبيض"]
    doc.validate()


def test_a_pickled_stage_loads_its_own_model(tiny_stage: StanzaEntityStage) -> None:
    copy = pickle.loads(pickle.dumps(tiny_stage))
    assert not copy.loaded
    doc = TokenizerStage()(Document(UN))
    assert copy(doc).entities == tiny_stage(doc).entities


def test_a_pipeline_with_the_stage_runs_in_another_process(tiny_nlp: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "1")  # the worker's torch: one thread, as in this process
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing inherited
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        doc = pool.submit(tiny_nlp, BUSH).result(timeout=300)
    assert doc.entities == tiny_nlp(BUSH).entities


def test_a_stage_can_wrap_a_ready_stanza_pipeline(tiny_stage: StanzaEntityStage) -> None:
    stage = StanzaEntityStage(pipeline=tiny_stage.stanza_pipeline)
    doc = TokenizerStage()(Document(WAR))
    assert spans(stage(doc)) == [at(WAR, "الحرب العالمية الأولى", "MISC")]


def stanza_dir_with_tiny_model(data_dir: Path, root: Path, *, keep_dependencies: bool) -> Path:
    """A stanza_resources directory laid out as ``arabicnews download`` leaves it, the tiny model as
    the default Arabic NER package (its pretrain and charlm dependencies listed or not)."""
    resources = json.loads((data_dir / "stanza_resources_json" / "resources_1.15.0.json").read_text(encoding="utf-8"))
    package = resources["ar"]["default_processors"]["ner"]
    if not keep_dependencies:
        resources["ar"]["ner"][package].pop("dependencies", None)
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    (root / "ar" / "ner").mkdir(parents=True)
    shutil.copyfile(TINY_MODEL, root / "ar" / "ner" / f"{package}.pt")
    return root


def test_a_stanza_directory_is_read_as_stanza_lays_it_out(stanza: ModuleType, data_dir: Path, tmp_path: Path) -> None:
    root = stanza_dir_with_tiny_model(data_dir, tmp_path, keep_dependencies=False)
    assert stanza_models_installed("ar", root)
    stage = StanzaEntityStage(stanza_dir=root)
    doc = TokenizerStage()(Document(UN))
    assert spans(stage(doc))[-2:] == [at(UN, "إيران", "LOC"), at(UN, "سوريا", "LOC")]


def test_a_half_downloaded_stanza_directory_names_the_download_command(
    stanza: ModuleType, data_dir: Path, tmp_path: Path
) -> None:
    root = stanza_dir_with_tiny_model(data_dir, tmp_path, keep_dependencies=True)  # no pretrain file
    with pytest.raises(ModelNotFoundError, match="arabicnews download"):
        StanzaEntityStage(stanza_dir=root).load()


@pytest.mark.slow
def test_the_fixture_model_is_rebuilt_by_its_script(stanza: ModuleType, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model.pt"
    script = FIXTURES / "build_model.py"
    subprocess.run([sys.executable, str(script), "--data-dir", str(data_dir), "--out", str(out)], check=True)
    assert out.stat().st_size < 5_000_000
    doc = TokenizerStage()(Document(PARIS))
    rebuilt = StanzaEntityStage(model_path=out)(doc)
    assert [(e.text, e.label) for e in rebuilt.entities] == [
        ("باريس", "LOC"),
        ("سعود الفيصل", "PER"),
        ("باريس", "LOC"),
        ("إسرائيل", "LOC"),
        ("لبنان", "LOC"),
    ]


# -- stanza's own Arabic model, where installed -----------------------------------------------------


@pytest.fixture(scope="module")
def full_stage(stanza: ModuleType) -> Iterator[StanzaEntityStage]:
    if not stanza_models_installed("ar"):
        from arabicnews.stages.entities.stanza import default_stanza_dir

        pytest.skip(f"stanza's Arabic NER model is not installed in {default_stanza_dir()} (arabicnews download)")
    yield StanzaEntityStage().load()


def test_stanzas_full_arabic_model_on_the_seed_article(full_stage: StanzaEntityStage, seed_text: str) -> None:
    base = arabicnews.default_pipeline()
    nlp = base.replace("entities", full_stage) if "entities" in base.names else base.add(full_stage)
    doc = nlp(seed_text)
    doc.validate()
    found: Sequence[tuple[str, str]] = [(e.text, e.label) for e in doc.entities]
    assert {"PER", "LOC", "ORG"} <= {label for _, label in found}
    assert ("سوريا", "LOC") in found
