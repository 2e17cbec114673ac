"""The clitic segmenter's dev protocol on the WikiNews gold: folds, the model without the held-out
words, split scores and the ``--split dev`` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabicnews.arabic.clitics import load_model, word_key
from arabicnews.evaluate.segmentation import (
    FOLDS,
    cuts,
    dev_model,
    dev_scores,
    read_wikinews_surfaces,
    score_splits,
    split_wikinews,
)
from arabicnews.evaluate.tokens import main

ROWS = [
    "refTok(Farasa)\trefPOS(Farasa)",
    *["و+ال+حكوم+ة\tCONJ+DET+NOUN+NSUFF", "وزير\tNOUN", "ب+ال+تحديد\tPREP+DET+NOUN", "حكومت+ه\tNOUN+PRON"] * 5,
]


def _write(tmp_path: Path) -> Path:
    folder = tmp_path / "wikinews_qcri_segmentation"
    folder.mkdir()
    (folder / "WikiNews.pos.ref").write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return tmp_path


def test_folds_hold_out_every_word_once(tmp_path: Path) -> None:
    words = read_wikinews_surfaces(_write(tmp_path))
    assert len(words) == 20 and words[0] == ("والحكومة", ("والحكومه", True, 1, 0))
    held = [split_wikinews(words, k)[1] for k in range(FOLDS)]
    assert sum(len(h) for h in held) == len(words)
    for k in range(FOLDS):
        train, dev = split_wikinews(words, k)
        assert len(train) + len(dev) == len(words) and dev
        # Two blocks of two words each, five blocks apart.
        assert dev == [*words[2 * k : 2 * k + 2], *words[2 * k + 10 : 2 * k + 12]]


def test_the_dev_model_forgets_the_held_out_words(tmp_path: Path) -> None:
    words = read_wikinews_surfaces(_write(tmp_path))
    words[0] = ("وزيرة", ("وزيره", True, 0, 0))  # a word only fold 0 holds
    train, dev = split_wikinews(words, 0)
    shipped = load_model()
    model = dev_model(train, dev, shipped)
    key = word_key("وزيره", True)
    assert key in shipped.counts and key not in model.gold
    assert model.counts.get(key, 0) == shipped.counts[key] - 1
    # A word of the held-out blocks that the other blocks hold too is remembered from them.
    assert model.gold[word_key("بالتحديد", False)] == (1, 0)
    assert model.counts.get("حكومته", 0) == max(0, shipped.counts.get("حكومته", 0) - 1)


def test_split_scores() -> None:
    assert cuts(6, 1, 0) == {1} and cuts(5, 0, 1) == {4} and cuts(2, 1, 1) == {1}
    # Gold و+الحكومة, system whole; gold and system حكومت+ه.
    sc = score_splits([(frozenset({1}), frozenset(), 8), (frozenset({4}), frozenset({4}), 5)])
    assert (sc.total, sc.right, sc.points) == (2, 1, (1, 1, 2))
    assert sc.words == (2, 3, 4)  # «حكومت», «ه» right; «و», «الحكومة» missed; the whole word extra
    assert sc.accuracy == 0.5 and sc.points_f1 == pytest.approx(2 / 3)


def test_dev_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path)
    dev, seen, _ = dev_scores(data)
    assert dev.total == seen.total == 20
    assert main(["--split", "dev", "--data-dir", str(data), "--show-errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "dev (held out): 20 words" in out and "(seen in training)" in out


def test_dev_command_names_the_fix_when_the_file_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--split", "dev", "--data-dir", str(tmp_path)]) == 2
    assert "wikinews_qcri_segmentation" in capsys.readouterr().err
