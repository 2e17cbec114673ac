"""The transformers entity backend, on tiny random BERT models built here (nothing is downloaded).

The models and their WordPiece tokenizer come from ``tests/tiny_transformers.py``, saved with
``save_pretrained`` into a temporary directory once per session. The stage must give exactly the
labels the model itself gives each word's first sub-word, spans on our tokens with exact offsets,
proclitics and edge punctuation outside them. The test of the real CAMeL Lab model skips unless it is
in the local Hugging Face cache.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

# Nothing here may reach the network: the hub library reads this when it is first imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# transformers first, so that a run without the extra names it ([transformers]) in its skip reason.
transformers = pytest.importorskip("transformers")
torch = pytest.importorskip("torch")

from tiny_transformers import BIO_LABELS, build_tiny_model  # noqa: E402

import arabicnews  # noqa: E402
from arabicnews import Document, Pipeline, Segment, Token  # noqa: E402
from arabicnews.core.errors import (  # noqa: E402
    BackendNotInstalledError,
    CommandError,
    DownloadError,
    ModelNotFoundError,
    PipelineError,
)
from arabicnews.model.entity import Entity  # noqa: E402
from arabicnews.stages.entities.bio import bio_spans  # noqa: E402
from arabicnews.stages.entities.stanza import token_groups  # noqa: E402
from arabicnews.stages.entities.transformer import (  # noqa: E402
    DEFAULT_MODEL,
    TransformerEntityStage,
    Window,
    import_transformers,
    model_tag,
    word_windows,
)
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402
from arabicnews.surfaces.cli import download as download_module  # noqa: E402
from arabicnews.surfaces.cli.download import add_download_parser, download_transformer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_805b287045dc9b63.txt"

# The CAMeL model's types, spelled as the test expects them mapped (independently of the stage's table).
CAMEL_TAGS = {"O": "O"} | {
    f"{p}-{t}": f"{p}-{'PER' if t == 'PERS' else t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")
}
PROCLITICS = set("وفبلك")

SENTENCES = [
    "وفي باريس انتقد وزير الخارجية السعودي سعود الفيصل «عجرفة» إسرائيل، وقال إن بسوريا مئات الآلاف.",
    "وأكد هاموند لمكسيكو سيتى أن «المرصد السوري لحقوق الإنسان» سيذهب إلى دمشق (سوريا) غدا!",
    "قالت وكالة رويترز إن شركة IBM وسوني والبنك الدولي للإنشاء والتعمير اجتمعوا في نيويورك يوم 12 مارس 2015؟",
]


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread() -> Iterator[None]:
    """One torch thread: several on a busy shared machine are many times slower (docs/entities.md)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tiny-transformers")
    return {
        "bio": build_tiny_model(root / "bio", seed=0, max_positions=512),
        "bio2": build_tiny_model(root / "bio2", seed=7, layers=1),
        "plain": build_tiny_model(root / "plain", ("O", "PER", "LOC", "ORG", "MISC", "DATE"), seed=1),
        "short": build_tiny_model(root / "short", seed=3, max_positions=16),
        "context_free": build_tiny_model(root / "context_free", seed=2, max_positions=16, context_free=True),
        "all_b_loc": build_tiny_model(root / "all_b_loc", always="B-LOC"),
        "all_i_loc": build_tiny_model(root / "all_i_loc", always="I-LOC"),
        "unmapped": build_tiny_model(root / "unmapped", ("LABEL_0", "LABEL_1", "LABEL_2")),
    }


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    nlp = arabicnews.default_pipeline()
    return [nlp(SEED.read_text(encoding="utf-8")), *(nlp(s) for s in SENTENCES), nlp(" ".join(SENTENCES))]


# -- the model's own answer, computed here without the stage ---------------------------------------


@functools.cache
def loaded(directory: Path) -> tuple[Any, Any]:
    tokenizer = transformers.AutoTokenizer.from_pretrained(directory, local_files_only=True)
    model = transformers.AutoModelForTokenClassification.from_pretrained(directory, local_files_only=True)
    return tokenizer, model.eval()


def direct_labels(directory: Path, words: Sequence[str]) -> tuple[list[str], list[float]]:
    """The model's label (``config.id2label``) of each word's first sub-word, and its probability."""
    tokenizer, model = loaded(directory)
    enc = tokenizer([list(words)], is_split_into_words=True, return_tensors="pt")
    with torch.no_grad():
        probs = torch.softmax(model(**enc).logits[0], dim=-1)
    labels, scores = ["O"] * len(words), [1.0] * len(words)
    seen: set[int] = set()
    for pos, wid in enumerate(enc.word_ids(0)):
        if wid is not None and wid not in seen:
            seen.add(wid)
            best = int(probs[pos].argmax())
            labels[wid] = model.config.id2label[best]
            scores[wid] = float(probs[pos][best])
    return labels, scores


def expected_entities(doc: Document, directory: Path) -> list[tuple[int, int, str, float]]:
    """The entities the stage should find: the model's tags, read as BIO, on our tokens."""
    tokens = doc.tokens
    found = []
    for group in token_groups(doc):
        labels, scores = direct_labels(directory, [tokens[i].text for i in group])
        for first, stop, label in bio_spans([CAMEL_TAGS[x] for x in labels]):
            toks = [tokens[i] for i in group[first:stop]]
            while toks and toks[0].kind in ("punct", "symbol"):
                toks.pop(0)
            while toks and toks[-1].kind in ("punct", "symbol"):
                toks.pop()
            if not toks:
                continue
            segs = toks[0].segments
            k = 0
            while k < len(segs) - 1 and segs[k].role == "proclitic" and segs[k].text in PROCLITICS:
                k += 1
            found.append((segs[k].start, toks[-1].end, label, round(min(scores[first:stop]), 4)))
    return found


def spans(entities: Sequence[Entity]) -> list[tuple[int, int, str, float]]:
    return [(e.start, e.end, e.label, e.score) for e in entities]


def assert_same(got: Sequence[Entity], expected: Sequence[tuple[int, int, str, float]]) -> None:
    """Spans and labels exactly; scores to rounding (a padded batch moves the fifth decimal)."""
    assert [s[:3] for s in spans(got)] == [s[:3] for s in expected]
    assert [e.score for e in got] == pytest.approx([s[3] for s in expected], abs=2e-4)


# -- the model's predictions, reproduced ------------------------------------------------------------


@pytest.mark.parametrize("name", ["bio", "bio2"])
def test_the_stage_gives_the_models_own_labels(models: dict[str, Path], docs: list[Document], name: str) -> None:
    stage = TransformerEntityStage(models[name])
    total = 0
    for doc in docs[1:]:
        got = stage(doc).entities
        assert_same(got, expected_entities(doc, models[name]))
        total += len(got)
    assert total > 10  # the random model tags plenty: the comparison is not vacuous


def test_each_word_takes_the_label_of_its_first_sub_word(models: dict[str, Path], docs: list[Document]) -> None:
    stage = TransformerEntityStage(models["bio"]).load()
    doc = docs[0]
    groups = token_groups(doc)
    words = [[doc.tokens[i].text for i in g] for g in groups]
    tagged = stage._state().tag(words)
    multi = 0
    for sentence, (tags, probs) in zip(words, tagged, strict=True):
        labels, scores = direct_labels(models["bio"], sentence)
        assert tags == [CAMEL_TAGS[x] for x in labels]
        assert probs == pytest.approx(scores, abs=1e-5)
        multi += sum(len(stage._state().tokenizer.tokenize(w)) > 1 for w in sentence)
    assert multi > 100  # most words are several sub-words


def test_offsets_are_exact_and_spans_are_on_token_edges(models: dict[str, Path], docs: list[Document]) -> None:
    stage = TransformerEntityStage(models["bio"])
    for doc in docs:
        starts = {t.start for t in doc.tokens} | {s.start for t in doc.tokens for s in t.segments}
        ends = {t.end for t in doc.tokens}
        for e in stage(doc).entities:
            assert doc.text[e.start : e.end] == e.text
            assert e.start in starts and e.end in ends
            assert 0.0 <= e.score <= 1.0
            assert e.label in ("PER", "LOC", "ORG", "MISC")


def test_the_seed_article_on_the_tiny_model(models: dict[str, Path], docs: list[Document]) -> None:
    stage = TransformerEntityStage(models["bio"])
    assert_same(stage(docs[0]).entities, expected_entities(docs[0], models["bio"]))


def test_proclitics_and_edge_punctuation_stay_outside(models: dict[str, Path]) -> None:
    nlp = arabicnews.default_pipeline().replace("entities", TransformerEntityStage(models["all_b_loc"]))
    doc = nlp("وبسوريا «لبنان» وسيذهب للأحياء فالكويت كمصر.")
    # Every word is B-LOC: each is an entity of its own; the punctuation tokens alone are dropped.
    assert [e.text for e in doc.entities] == ["سوريا", "لبنان", "سيذهب", "لأحياء", "الكويت", "مصر"]
    nlp = arabicnews.default_pipeline().replace("entities", TransformerEntityStage(models["all_i_loc"]))
    doc = nlp("«وبسوريا لبنان» قال. (ولمصر)")
    # Every word is I-LOC: a sentence is one entity, from after the first proclitics to the last word.
    assert [e.text for e in doc.entities] == ["سوريا لبنان» قال", "مصر"]


def test_hand_made_segments_decide_where_a_name_starts(models: dict[str, Path]) -> None:
    text = "وسيقول كبيروت"
    tokens = (
        Token(
            "وسيقول",
            0,
            6,
            "word",
            "وسيقول",
            (Segment("و", 0, 1, "proclitic"), Segment("س", 1, 2, "proclitic"), Segment("يقول", 2, 6, "stem")),
        ),
        Token("كبيروت", 7, 13, "word", "كبيروت", (Segment("ك", 7, 8, "proclitic"), Segment("بيروت", 8, 13, "stem"))),
    )
    doc = Document(text).with_layer("tokens", tokens)
    got = TransformerEntityStage(models["all_b_loc"])(doc).entities
    # و is outside, the future س is kept (a name takes no verb prefix), ك is outside.
    assert [e.text for e in got] == ["سيقول", "بيروت"]


def test_without_sentences_the_text_is_cut_at_final_punctuation(models: dict[str, Path]) -> None:
    nlp = Pipeline([TokenizerStage(), TransformerEntityStage(models["all_i_loc"])])
    doc = nlp("باريس لندن. روما برلين")
    assert [e.text for e in doc.entities] == ["باريس لندن", "روما برلين"]
    with_sentences = Pipeline([TokenizerStage(), SentenceStage(), TransformerEntityStage(models["all_i_loc"])])
    assert [e.text for e in with_sentences("باريس لندن. روما برلين").entities] == ["باريس لندن", "روما برلين"]


def test_an_empty_document(models: dict[str, Path]) -> None:
    nlp = arabicnews.default_pipeline().replace("entities", TransformerEntityStage(models["bio"]))
    assert nlp("").entities == ()
    assert nlp("   \n").entities == ()


# -- labels ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "tag"),
    [
        ("O", "O"),
        ("B-PERS", "B-PER"),
        ("I-PERS", "I-PER"),
        ("B-PER", "B-PER"),
        ("I-ORG", "I-ORG"),
        ("B-GPE", "B-LOC"),
        ("b-loc", "B-LOC"),
        ("B_ORGANIZATION", "B-ORG"),
        ("S-MISC", "S-MISC"),
        ("E-LOC", "E-LOC"),
        ("U-PER", "S-PER"),
        ("L-PER", "E-PER"),
        ("PER", "I-PER"),
        ("LOC", "I-LOC"),
        ("B-DATE", "O"),
        ("DATE", "O"),
        ("LABEL_3", "O"),
        ("B-", "O"),
    ],
)
def test_model_labels_map_onto_ours(label: str, tag: str) -> None:
    stage = TransformerEntityStage("unused")
    assert model_tag(label, stage.label_map) == tag


def test_the_camel_label_set_is_read_as_bio(models: dict[str, Path]) -> None:
    stage = TransformerEntityStage(models["bio"]).load()
    assert stage.tags == tuple(CAMEL_TAGS[x] for x in BIO_LABELS)


def test_plain_labels_and_the_label_map(models: dict[str, Path], docs: list[Document]) -> None:
    doc = docs[3]
    plain = TransformerEntityStage(models["plain"]).load()
    assert plain.tags == ("O", "I-PER", "I-LOC", "I-ORG", "I-MISC", "O")
    labels, _ = direct_labels(models["plain"], [t.text for t in doc.tokens])
    assert "DATE" in labels  # the random model does use the type that is dropped
    got = plain(doc).entities
    words_of = {(t.start, t.end): i for i, t in enumerate(doc.tokens)}
    for e in got:
        assert e.label != "DATE"
        assert e.text.strip()
    dated = TransformerEntityStage(models["plain"], label_map={"DATE": "MISC", "ORG": None}).load()
    assert dated.tags == ("O", "I-PER", "I-LOC", "O", "I-MISC", "I-MISC")
    got2 = dated(doc).entities
    assert all(e.label != "ORG" for e in got2)
    assert any(e.label == "MISC" for e in got2)
    assert words_of


def test_a_bad_label_map_is_refused() -> None:
    with pytest.raises(PipelineError, match="LOC, MISC, ORG, PER or None"):
        TransformerEntityStage("x", label_map={"NORP": "NATION"})


def test_a_model_whose_labels_map_to_nothing_is_refused(models: dict[str, Path]) -> None:
    with pytest.raises(PipelineError, match="label_map"):
        TransformerEntityStage(models["unmapped"]).load()
    stage = TransformerEntityStage(models["unmapped"], label_map={"LABEL_1": "PER"}).load()
    assert stage.tags == ("O", "I-PER", "O")


# -- windows and batches ------------------------------------------------------------------------------


def test_word_windows_cover_every_word_once() -> None:
    assert word_windows([], 5) == []
    assert word_windows([1, 2, 1], 4) == [Window(0, 3, 0, 3)]
    counts = [1, 3, 2, 1, 1, 4, 2, 9, 1, 1, 2]
    for budget in (1, 2, 4, 6, 10):
        for overlap in (0, 1, 3, 8):
            windows = word_windows(counts, budget, overlap)
            decided = [i for w in windows for i in range(w.keep_start, w.keep_end)]
            assert decided == list(range(len(counts)))
            for w in windows:
                assert w.start <= w.keep_start <= w.keep_end <= w.end
                # within the budget, unless the window is one word longer than the budget
                assert sum(counts[w.start : w.end]) <= budget or w.end - w.start == 1
            if overlap >= 2 and budget >= 4:
                assert any(a.end > b.start for a, b in itertools.pairwise(windows))
    with pytest.raises(PipelineError):
        word_windows([1], 0)


def test_long_sentences_are_cut_into_windows_each_tagged_as_the_model_tags_it(
    models: dict[str, Path], docs: list[Document]
) -> None:
    stage = TransformerEntityStage(models["bio"], max_length=12, window_overlap=4).load()
    tokenizer = stage._state().tokenizer
    doc = docs[-1]
    for group in token_groups(doc):
        words = [doc.tokens[i].text for i in group]
        counts = [len(tokenizer.tokenize(w)) for w in words]
        windows = word_windows(counts, 12 - 2, 4)
        assert len(windows) > 1
        expected: list[str] = []
        for w in windows:
            labels, _ = direct_labels(models["bio"], words[w.start : w.end])
            expected += [CAMEL_TAGS[x] for x in labels[w.keep_start - w.start : w.keep_end - w.start]]
        assert stage._state().tag([words])[0][0] == expected


def test_windows_change_no_label_of_a_model_without_context(models: dict[str, Path], docs: list[Document]) -> None:
    # The context-free model labels a sub-word by itself alone, so windows of any size agree; its
    # limit of 16 positions also means a long sentence could not be tagged without them.
    whole = TransformerEntityStage(models["context_free"]).load()
    assert whole.max_length == 16
    for doc, settings in ((docs[0], [(5, 2)]), (docs[-1], [(3, 0), (3, 2), (5, 0), (9, 2)])):
        reference = spans(whole(doc).entities)
        assert reference
        for max_length, overlap in settings:
            stage = TransformerEntityStage(models["context_free"], max_length=max_length, window_overlap=overlap)
            assert spans(stage(doc).entities) == reference
    doc = docs[0]
    # and each word's label is that of the word given alone
    tokens = doc.tokens
    for group in token_groups(doc)[:5]:
        tags, _ = whole._state().tag([[tokens[i].text for i in group]])[0]
        assert tags == [CAMEL_TAGS[direct_labels(models["context_free"], [tokens[i].text])[0][0]] for i in group]


def test_a_model_with_few_positions_tags_a_long_sentence(models: dict[str, Path], docs: list[Document]) -> None:
    stage = TransformerEntityStage(models["short"])
    doc = docs[-1]
    assert max(len(g) for g in token_groups(doc)) > 16
    for e in stage(doc).entities:
        assert doc.text[e.start : e.end] == e.text


def test_a_word_longer_than_a_window_keeps_its_first_sub_word(models: dict[str, Path]) -> None:
    stage = TransformerEntityStage(models["all_b_loc"], max_length=4)
    nlp = Pipeline([TokenizerStage(), stage])
    doc = nlp("في استراتيجياتهم الخارجية")
    assert [e.text for e in doc.entities] == ["في", "استراتيجياتهم", "الخارجية"]


def test_batches_change_nothing(models: dict[str, Path], docs: list[Document]) -> None:
    one = TransformerEntityStage(models["bio"], batch_size=1)
    many = TransformerEntityStage(models["bio"], batch_size=64)
    for doc in docs:
        assert_same(one(doc).entities, spans(many(doc).entities))


def test_bad_settings_are_refused() -> None:
    with pytest.raises(PipelineError, match="batch_size"):
        TransformerEntityStage("x", batch_size=0)
    with pytest.raises(PipelineError, match="max_length"):
        TransformerEntityStage("x", max_length=2)
    with pytest.raises(PipelineError, match="window_overlap"):
        TransformerEntityStage("x", window_overlap=-1)


# -- groups, pipelines, pickling, device ------------------------------------------------------------


def test_mentions_are_grouped_as_by_the_default_model(models: dict[str, Path]) -> None:
    nlp = arabicnews.default_pipeline().replace("entities", TransformerEntityStage(models["all_i_loc"]))
    doc = nlp("باريس. وباريس. لندن.")
    assert [(e.text, e.group) for e in doc.entities] == [("باريس", 0), ("باريس", 0), ("لندن", 1)]
    nlp = arabicnews.default_pipeline().replace("entities", TransformerEntityStage(models["all_i_loc"], group=False))
    assert {e.group for e in nlp("باريس. وباريس.").entities} == {None}


def test_the_stage_pickles_as_its_settings(models: dict[str, Path], docs: list[Document]) -> None:
    stage = TransformerEntityStage(models["bio"], batch_size=3, label_map={"MISC": None}).load()
    copy = pickle.loads(pickle.dumps(stage))
    assert not copy.loaded
    assert copy.settings == stage.settings
    assert spans(copy(docs[1]).entities) == spans(stage(docs[1]).entities)
    assert "TransformerEntityStage(" in repr(copy)


def test_the_device_is_cpu_by_default(models: dict[str, Path]) -> None:
    stage = TransformerEntityStage(models["bio"]).load()
    assert stage.settings.device == "cpu"
    assert next(stage._state().model.parameters()).device.type == "cpu"
    assert TransformerEntityStage(models["bio"], device="cpu").settings.device == "cpu"


def test_an_unknown_device_is_a_clear_error(models: dict[str, Path]) -> None:
    with pytest.raises(PipelineError, match="device 'no-such-device'"):
        TransformerEntityStage(models["bio"], device="no-such-device").load()


@pytest.mark.parametrize("download", [False, True])
def test_only_download_true_lets_transformers_fetch(monkeypatch: pytest.MonkeyPatch, download: bool) -> None:
    asked: list[Any] = []

    def from_pretrained(source: str, **kwargs: Any) -> Any:
        asked.append(kwargs["local_files_only"])
        raise OSError("not here")

    monkeypatch.setattr(transformers.AutoModelForTokenClassification, "from_pretrained", from_pretrained)
    with pytest.raises(ModelNotFoundError):
        TransformerEntityStage("someone/some-model", download=download).load()
    assert asked == [not download]


def test_the_default_model_is_camel_msa_ner() -> None:
    assert TransformerEntityStage().settings.model == DEFAULT_MODEL == "CAMeL-Lab/bert-base-arabic-camelbert-msa-ner"


# -- errors: a missing model, a missing extra, downloads ---------------------------------------------


def test_a_missing_directory_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="does not exist") as info:
        TransformerEntityStage(tmp_path / "nothing" / "here").load()
    assert "\n" not in str(info.value)


def test_a_model_absent_from_the_cache_is_a_one_line_error_without_the_network() -> None:
    # In a fresh process with the hub not told to stay offline: local_files_only alone must keep it
    # off the network. The timeout only guards against a hang; the load fails in well under a second.
    code = (
        "from arabicnews.stages.entities.transformer import TransformerEntityStage\n"
        "TransformerEntityStage('arabicnews-tests/no-such-model').load()\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_HUB_OFFLINE")}
    env["HF_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "arabicnews-empty-hf-home")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("arabicnews.core.errors.ModelNotFoundError: no transformers model found at ")
    assert "arabicnews download --backend transformers" in last


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(BackendNotInstalledError, match=r"\.\[transformers\]") as info:
        import_transformers()
    assert isinstance(info.value, ImportError)
    with pytest.raises(BackendNotInstalledError):
        TransformerEntityStage("x").load()


def test_the_core_import_stays_light() -> None:
    code = (
        "import sys, arabicnews, arabicnews.stages.entities.transformer, arabicnews.surfaces.cli.download\n"
        "heavy = sorted({'torch', 'transformers', 'huggingface_hub', 'tokenizers'} & set(sys.modules))\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_download_fetches_a_snapshot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    hub = pytest.importorskip("huggingface_hub")
    calls: list[dict[str, Any]] = []

    def fake(**kwargs: Any) -> str:
        calls.append(kwargs)
        return str(tmp_path)

    monkeypatch.setattr(hub, "snapshot_download", fake)
    assert download_transformer(model_dir=tmp_path) == tmp_path
    assert calls[0]["repo_id"] == DEFAULT_MODEL
    assert calls[0]["local_dir"] == str(tmp_path)
    assert "*.h5" in calls[0]["ignore_patterns"]


def test_a_failed_download_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    hub = pytest.importorskip("huggingface_hub")

    def offline(**kwargs: Any) -> str:
        raise OSError("no network\nat all")

    monkeypatch.setattr(hub, "snapshot_download", offline)
    with pytest.raises(DownloadError, match="could not download the model") as info:
        download_transformer("someone/some-model")
    assert "\n" not in str(info.value)


def test_the_download_command_offline_fails_at_once_with_one_line() -> None:
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_HOME=str(Path(os.environ.get("TMPDIR", "/tmp")) / "arabicnews-hf"))
    done = subprocess.run(
        [sys.executable, "-m", "arabicnews.surfaces.cli.main", "download", "--backend", "transformers"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("arabicnews: error: could not download the model 'CAMeL-Lab/")


def test_the_download_subcommand_chooses_the_backend(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[str, Path | None]] = []

    def fake(model: str, model_dir: Path | None = None, **_: Any) -> Path:
        calls.append((model, model_dir))
        return tmp_path

    monkeypatch.setattr(download_module, "download_transformer", fake)
    parser = argparse.ArgumentParser(prog="arabicnews")
    add_download_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["download", "--backend", "transformers", "--model", "a/b", "--model-dir", str(tmp_path)])
    assert args.func(args) == 0
    assert calls == [("a/b", tmp_path)]
    assert str(tmp_path) in capsys.readouterr().out
    args = parser.parse_args(["download", "--backend", "transformers"])
    args.func(args)
    assert calls[-1] == (DEFAULT_MODEL, None)
    args = parser.parse_args(["download", "--model", "a/b"])
    with pytest.raises(CommandError, match="--backend transformers"):
        args.func(args)


# -- the real model, where it is in the local cache ---------------------------------------------------


def test_the_camel_model_where_it_is_installed() -> None:
    try:
        stage = TransformerEntityStage().load()
    except ModelNotFoundError:
        pytest.skip(
            f"{DEFAULT_MODEL} is not in the local Hugging Face cache (arabicnews download --backend transformers)"
        )
    nlp = arabicnews.default_pipeline().replace("entities", stage)
    doc = nlp("وفي باريس انتقد وزير الخارجية السعودي سعود الفيصل إسرائيل.")
    got = {(e.text, e.label) for e in doc.entities}
    assert ("باريس", "LOC") in got
    assert ("سعود الفيصل", "PER") in got
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
