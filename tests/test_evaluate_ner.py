"""The NER evaluation command: conlleval-style exact-span scoring and the printed table."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabicnews.evaluate.ner import Counts, main, score_spans
from arabicnews.stages.entities.bio import bio_spans


def _write_anercorp_test(data_dir: Path, lines: list[str]) -> None:
    """A tiny ANERcorp test split (one "word LABEL" per line, blank lines between sentences)."""
    corpus = data_dir / "anercorp"
    corpus.mkdir()
    (corpus / "ANERCorp_CamelLabSplit_test.reconstructed.txt").write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # a stray I- starts an entity, as in conlleval
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        (["O", "O"], []),
        (["B-MISC"], [(0, 1, "MISC")]),
    ],
)
def test_bio_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


def test_exact_spans_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]  # the person is cut short: a false positive and a miss
    counts = score_spans(gold, pred)
    assert counts["PER"] == Counts(tp=0, fp=1, fn=1)
    assert counts["LOC"] == Counts(tp=1, fp=0, fn=0)
    assert counts["micro"] == Counts(tp=1, fp=1, fn=1)
    assert counts["micro"].f1 == pytest.approx(0.5)


def test_wrong_label_counts_against_both() -> None:
    counts = score_spans([["B-ORG", "I-ORG"]], [["B-LOC", "I-LOC"]])
    assert counts["ORG"] == Counts(0, 0, 1)
    assert counts["LOC"] == Counts(0, 1, 0)


def test_empty_counts_score_zero_not_error() -> None:
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


def test_command_prints_per_label_and_micro(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["وقال O", "الرئيس O", "جورج B-PERS", "بوش I-PERS", "في O", "واشنطن B-LOC", ". O", ""]
    _write_anercorp_test(tmp_path, lines)
    assert main(["--corpus", "anercorp", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "corpus anercorp, split test: 1 sentences, 7 gold tokens" in out
    for label in ("PER", "LOC", "ORG", "MISC", "micro"):
        assert any(line.startswith(label) for line in out.splitlines())


def test_command_heads_with_each_sentence_and_labels_document_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["وقال O", "الرئيس O", "جورج B-PERS", "بوش I-PERS", ". O", "", "وأكد O", "بوش B-PERS", ". O", ""]
    _write_anercorp_test(tmp_path, lines)
    assert main(["--corpus", "anercorp", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "each sentence tagged on its own:"
    assert out[2].startswith("label")
    (context,) = [line for line in out if line.startswith("with document context")]
    assert "micro P" in context and "F1" in context


def test_each_sentence_on_its_own_does_not_propagate() -> None:
    """The split as one document carries a name to the next sentence; each sentence alone does not."""
    from arabicnews.evaluate.corpora import TaggedSentence
    from arabicnews.evaluate.ner import tag_each_sentence, tag_sentences
    from arabicnews.stages.entities.perceptron import default_model

    text = (
        "ويعود الخلاف بين السعودية والكويت على أوكسيدنتال في عام 2008 . "
        "وتريد الكويت من أوكسيدنتال العربية إخلاء أرض الزور ."
    )
    words = text.split()
    cut = words.index(".") + 1
    sentences = [TaggedSentence(tuple(w), tuple("O" for _ in w)) for w in (words[:cut], words[cut:])]
    model = default_model()
    alone, together = tag_each_sentence(model, sentences), tag_sentences(model, sentences)
    assert alone[0] == together[0]
    second = sentences[1].tokens.index("أوكسيدنتال")
    assert together[1][second] != "O"
    assert alone[1][second] == "O"


def test_command_scores_a_model_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--model`` scores a candidate file: here one that tags «زيد» as a person and nothing else."""
    import gzip
    import json

    from arabicnews.stages.entities.perceptron import LABELS

    lines = ["جاء O", "زيد B-PERS", "من O", "دمشق B-LOC", ""]
    _write_anercorp_test(tmp_path, lines)
    model = {
        "labels": list(LABELS),
        "transitions": [[0.0] * len(LABELS) for _ in range(len(LABELS) + 1)],
        "vocab": {},
        "weights": {"w=زيد": [1, 5.0]},
    }
    path = tmp_path / "model.json.gz"
    path.write_bytes(gzip.compress(json.dumps(model).encode("utf-8")))
    assert main(["--corpus", "anercorp", "--data-dir", str(tmp_path), "--model", str(path)]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines() if line}
    assert rows["PER"][:3] == ["100.00", "100.00", "100.00"]
    assert rows["LOC"][:3] == ["0.00", "0.00", "0.00"]


def test_command_reports_missing_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", "aqmar", "--data-dir", str(tmp_path)]) == 2
    assert "cannot read aqmar" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize(
    ("corpus", "model_file", "floor"),
    [
        ("anercorp", "ner/model.json.gz", 0.68),
        ("aqmar", "ner/model.json.gz", 0.75),
        ("aqmar", "ner/model_aqmar.json.gz", 0.76),
    ],
)
def test_shipped_model_accuracy(data_dir: Path, corpus: str, model_file: str, floor: float) -> None:
    """The figures in docs/entities.md, with some slack: a regression guard, not the measurement.

    AQMAR (Wikipedia articles) is scored with the default model and with the weights merged for it
    (``EntityStage(model="aqmar")``), as docs/entities.md says.
    """
    from arabicnews.evaluate.corpora import read_corpus
    from arabicnews.evaluate.ner import tag_sentences
    from arabicnews.stages.entities.perceptron import NerModel

    sentences = read_corpus(corpus, data_dir, "test")  # type: ignore[arg-type]
    counts = score_spans([s.tags for s in sentences], tag_sentences(NerModel.load(model_file), sentences))
    assert counts["micro"].f1 >= floor


def test_newsfane_sentences_are_split_by_their_anercorp_part(tmp_path: Path) -> None:
    from arabicnews.evaluate.corpora import newsfane_by_anercorp_split

    (tmp_path / "anercorp").mkdir()
    (tmp_path / "newsfane_gold").mkdir()
    train = "أعلن O\nاتحاد B-ORG\nصناعة I-ORG\nالسيارات I-ORG\nفي O\nألمانيا B-LOC\nامس O\n. O\n"
    test = "أمر O\nجلالة O\nالملك O\nعبدالله B-PERS\nالثاني I-PERS\nبتنفيذ O\nحزمة O\nمشاريع O\n. O\n"
    (tmp_path / "anercorp" / "ANERCorp_CamelLabSplit_train.reconstructed.txt").write_text(train, encoding="utf-8")
    (tmp_path / "anercorp" / "ANERCorp_CamelLabSplit_test.reconstructed.txt").write_text(test, encoding="utf-8")
    newsfane = (
        "\ufeff\u200eامر\tO\r\n\u200eجلالة\tO\r\n\u200eالملك\tO\r\n\u200eعبدالله\tB-Politician\r\n"
        "\u200eالثاني\tI-Politician\r\n\u200eب\tO\r\n\u200eتنفيذ\tO\r\n\u200eحزمة\tO\r\n\u200eمشاريع\tO\r\n.\tO\r\n\t\r\n"
        "\u200eاعلن\tO\r\n\u200eاتحاد\tB-Government\r\n\u200eصناعة\tI-Government\r\n\u200eالسيارات\tI-Government\r\n"
        "\u200eفي\tO\r\n\u200eالمانيا\tB-Nation\r\n\u200eامس\tO\r\n.\tO\r\n\t\r\n\u200eنعم\tO\r\n"
    )
    (tmp_path / "newsfane_gold" / "NewsFANE_Gold_2014_170K.txt").write_text(newsfane, encoding="utf-8")
    parts = newsfane_by_anercorp_split(tmp_path)
    assert [s.tags[3] for s in parts["test"]] == ["B-PER"]
    assert [s.tags[1] for s in parts["train"]] == ["B-ORG"]
    assert [s.tokens for s in parts["unmatched"]] == [("نعم",)]


def test_command_prints_the_latin_script_recall(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["وقالت O", "شبكة O", "CNN B-ORG", "إن O", "Xbox B-MISC", "مهم O", ". O", ""]
    _write_anercorp_test(tmp_path, lines)
    assert main(["--corpus", "anercorp", "--data-dir", str(tmp_path)]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("Latin-script")]
    assert "ORG 1/1 (100.0 %)" in line and "MISC " in line


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["CNN"], True),
        (["Apple", "Inc"], True),
        (["وIBM"], True),  # a proclitic glued to the name, as the corpora tokenise it
        (["لـCNN"], True),
        (["شبكة", "CNN"], False),
        (["سوني"], False),
        (["2015"], False),
        ([], False),
    ],
)
def test_latin_script_names(words: list[str], expected: bool) -> None:
    from arabicnews.evaluate.ner import is_latin

    assert is_latin(words) is expected
