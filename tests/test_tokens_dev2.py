"""The second dev set of the clitic split (``--split dev2``): hand-split SaudiNewsNet excerpts read
by offsets, AQMAR names scored unlisted, and the command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from arabicnews.arabic.clitics import load_model
from arabicnews.evaluate.tokens import main
from arabicnews.evaluate.tokens_dev2 import (
    Dev2Word,
    _gold_cuts,
    default_dev2_path,
    default_dev3_path,
    default_dev4_path,
    default_dev5_path,
    default_dev6_path,
    default_names_path,
    dev2_errors,
    dev2_pairs,
    names_model,
    read_dev2,
    read_dev2_names,
    score_dev2,
)

CONTENT = "وقال الوزير إن الحكومة ستعمل مما يلزم، وكتبت سايروس تغريدة."


def _write(tmp_path: Path, content: str = CONTENT) -> tuple[Path, Path, Path]:
    data = tmp_path / "data"
    (data / "saudinewsnet").mkdir(parents=True)
    (data / "aqmar").mkdir()
    articles = [{"content": "مقال آخر"}, {"content": content}]
    (data / "saudinewsnet" / "2015-07-22.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    (data / "aqmar" / "Test.txt").write_text("وبيكهام B-PER\nبيكهام B-PER\n", encoding="utf-8")
    end = content.index("سايروس") - 1
    splits = [[0, 4, "و+قال"], [23, 28, "س+تعمل"], [39, 44, "و+كتبت"]]
    gold = {
        "id": "clitics-dev2-00",
        "file": "2015-07-22.json",
        "index": 1,
        "sha1": hashlib.sha1(CONTENT.encode("utf-8")).hexdigest(),
        "end": end,
        "splits": splits,
        "skip": [[29, 32]],
    }
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    names_path = tmp_path / "names.tsv"
    names_path.write_text("# comment\nوبيكهام\tو+بيكهام\nبيكهام\tبيكهام\n", encoding="utf-8")
    return data, gold_path, names_path


def test_gold_cuts_count_normalised_letters() -> None:
    assert _gold_cuts("و+قال") == {1}
    assert _gold_cuts("و+ل+أن+هم") == {1, 2, 4}
    assert _gold_cuts("بيكهام") == frozenset()


def test_excerpt_words_are_read_by_offsets(tmp_path: Path) -> None:
    data, gold_path, _ = _write(tmp_path)
    words = read_dev2(data, gold_path)
    # Seven words up to «وكتبت», «مما» skipped.
    assert [w.text for w in words] == ["وقال", "الوزير", "إن", "الحكومة", "ستعمل", "يلزم", "وكتبت"]
    assert words[0] == Dev2Word("وقال", frozenset({1}), "و+قال") and words[1].cuts == frozenset()
    pairs = list(dev2_pairs(words, load_model()))
    assert score_dev2(pairs).total == 7


def test_an_edited_article_is_refused(tmp_path: Path) -> None:
    data, gold_path, _ = _write(tmp_path, CONTENT.replace("الوزير", "الوزيز"))
    with pytest.raises(ValueError, match="SHA-1"):
        read_dev2(data, gold_path)


def test_names_are_scored_unlisted(tmp_path: Path) -> None:
    data, _, names_path = _write(tmp_path)
    names = read_dev2_names(names_path)
    assert [w.shown for w in names] == ["و+بيكهام", "بيكهام"]
    shipped = load_model()
    model = names_model(names, data, shipped)
    assert "بيكهام" not in model.names
    assert model.counts.get("بيكهام", 0) == max(0, shipped.counts.get("بيكهام", 0) - 1)
    wrong = dev2_errors([(names[1], frozenset({1}))])
    assert list(wrong) == [("بيكهام", "بيكهام", "ب+يكهام")]


def test_a_split_that_does_not_spell_its_word_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("وبيكهام\tو+بيكام\n", encoding="utf-8")
    with pytest.raises(ValueError, match="does not spell"):
        read_dev2_names(path)


def test_dev2_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_path, names_path = _write(tmp_path)
    args = ["--split", "dev2", "--data-dir", str(data), "--gold", str(gold_path), "--names", str(names_path)]
    assert main([*args, "--show-errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "dev2 news (SaudiNewsNet, unseen by the sources): 7 words" in out and "dev2 names" in out


def test_dev2_command_names_the_fix_when_the_corpus_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--split", "dev2", "--data-dir", str(tmp_path)]) == 2
    assert "saudinewsnet" in capsys.readouterr().err


def test_a_missing_gold_file_names_its_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_path, _ = _write(tmp_path)
    args = ["--split", "dev2", "--data-dir", str(data), "--gold", str(gold_path), "--names", str(tmp_path / "no.tsv")]
    assert main(args) == 2
    assert "--names" in capsys.readouterr().err


def test_the_shipped_gold_files_exist() -> None:
    if not default_dev2_path().parent.is_dir():  # an installed package has no benchmarks/ beside it
        pytest.skip(f"needs the project checkout's benchmarks/ (not at {default_dev2_path().parent})")
    assert default_dev2_path().is_file() and default_names_path().is_file()
    assert len(read_dev2_names()) == 616


def test_dev3_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_path, _ = _write(tmp_path)
    assert main(["--split", "dev3", "--data-dir", str(data), "--gold", str(gold_path), "--show-errors", "3"]) == 0
    assert "dev3 (SaudiNewsNet, unseen by the sources): 7 words" in capsys.readouterr().out


def test_dev3_command_names_the_fix_when_something_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--split", "dev3", "--data-dir", str(tmp_path)]) == 2
    assert "saudinewsnet" in capsys.readouterr().err
    data, _, _ = _write(tmp_path)
    assert main(["--split", "dev3", "--data-dir", str(data), "--gold", str(tmp_path / "no.jsonl")]) == 2
    assert "--gold" in capsys.readouterr().err


def test_dev3_is_fresh_and_large_enough() -> None:
    """dev3 (issue 19, session 9): 16 excerpts of articles dev2 does not hold, ≥ 1,500 words."""
    if not default_dev3_path().parent.is_dir():
        pytest.skip(f"needs the project checkout's benchmarks/ (not at {default_dev3_path().parent})")
    rows = [json.loads(line) for line in default_dev3_path().read_text(encoding="utf-8").splitlines()]
    dev2 = [json.loads(line) for line in default_dev2_path().read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 16 and len({r["source"] for r in rows}) >= 8
    assert not {(r["file"], r["index"]) for r in rows} & {(r["file"], r["index"]) for r in dev2}
    assert not {r["sha1"] for r in rows} & {r["sha1"] for r in dev2}
    assert all(r["file"] != "2015-08-11.json" for r in rows)
    data = Path(__file__).resolve().parents[2] / "shared" / "data"
    if (data / "saudinewsnet").is_dir():
        assert len(read_dev2(data, default_dev3_path())) >= 1500


def test_dev4_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_path, _ = _write(tmp_path)
    assert main(["--split", "dev4", "--data-dir", str(data), "--gold", str(gold_path), "--show-errors", "3"]) == 0
    assert "dev4 (SaudiNewsNet, unseen by the sources): 7 words" in capsys.readouterr().out


def test_dev4_is_fresh_and_large_enough() -> None:
    """dev4 (issue 19, session 10): 18 excerpts of articles neither dev2 nor dev3 holds, ≥ 1,500 words."""
    if not default_dev4_path().parent.is_dir():
        pytest.skip(f"needs the project checkout's benchmarks/ (not at {default_dev4_path().parent})")
    rows = [json.loads(line) for line in default_dev4_path().read_text(encoding="utf-8").splitlines()]
    earlier = [
        json.loads(line)
        for path in (default_dev2_path(), default_dev3_path())
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == 18 and len({r["source"] for r in rows}) >= 9
    assert not {(r["file"], r["index"]) for r in rows} & {(r["file"], r["index"]) for r in earlier}
    assert not {r["sha1"] for r in rows} & {r["sha1"] for r in earlier}
    assert all(r["file"] != "2015-08-11.json" for r in rows)
    data = Path(__file__).resolve().parents[2] / "shared" / "data"
    if (data / "saudinewsnet").is_dir():
        assert len(read_dev2(data, default_dev4_path())) >= 1500


def test_dev5_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_path, _ = _write(tmp_path)
    assert main(["--split", "dev5", "--data-dir", str(data), "--gold", str(gold_path), "--show-errors", "3"]) == 0
    assert "dev5 (SaudiNewsNet, unseen by the sources): 7 words" in capsys.readouterr().out


def _assert_fresh_excerpts(path: Path, earlier_paths: tuple[Path, ...]) -> None:
    """21 excerpts from at least 10 outlets of 2015-07-22/07-31, none in an earlier set, ≥ 1,900 words."""
    if not path.parent.is_dir():
        pytest.skip(f"needs the project checkout's benchmarks/ (not at {path.parent})")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    earlier = [json.loads(line) for p in earlier_paths for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 21 and len({r["source"] for r in rows}) >= 10
    assert not {(r["file"], r["index"]) for r in rows} & {(r["file"], r["index"]) for r in earlier}
    assert not {r["sha1"] for r in rows} & {r["sha1"] for r in earlier}
    assert {r["file"] for r in rows} <= {"2015-07-22.json", "2015-07-31.json"}
    data = Path(__file__).resolve().parents[2] / "shared" / "data"
    if (data / "saudinewsnet").is_dir():
        assert len(read_dev2(data, path)) >= 1900


def test_dev5_is_fresh_and_large_enough() -> None:
    """dev5 (issue 19, session 11): 21 excerpts of two days' articles that dev2 to dev4 do not hold, ≥ 1,900 words."""
    _assert_fresh_excerpts(default_dev5_path(), (default_dev2_path(), default_dev3_path(), default_dev4_path()))


def test_dev6_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, gold_path, _ = _write(tmp_path)
    assert main(["--split", "dev6", "--data-dir", str(data), "--gold", str(gold_path), "--show-errors", "3"]) == 0
    assert "dev6 (SaudiNewsNet, unseen by the sources): 7 words" in capsys.readouterr().out


def test_dev6_is_fresh_and_large_enough() -> None:
    """dev6 (issue 19, session 12): 21 excerpts of two days' articles that dev2 to dev5 and the session 11
    unannotated sample do not hold, ≥ 1,900 words."""
    _assert_fresh_excerpts(
        default_dev6_path(), (default_dev2_path(), default_dev3_path(), default_dev4_path(), default_dev5_path())
    )
