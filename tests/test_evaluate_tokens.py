"""The token, word and sentence evaluation against CoNLL-U: parsing, gold spans, scores, the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabicnews.evaluate.tokens import Score, evaluate, gold_spans, main, parse_conllu


def _row(i: int | str, form: str, glued: bool = False) -> str:
    return f"{i}\t{form}\t_\t_\t_\t_\t0\t_\t_\t{'SpaceAfter=No' if glued else '_'}"


# Two sentences in PUD's style: clitics are words glued with SpaceAfter=No, «للسلطة» is ل + لسلطة.
TINY = "\n".join(
    [
        "# sent_id = 1",
        "# text = قال إن الانتقال السلمي للسلطة سبق له.",
        _row(1, "قال"),
        _row(2, "إن"),
        _row(3, "الانتقال"),
        _row(4, "السلمي"),
        _row(5, "ل", True),
        _row(6, "لسلطة"),
        _row(7, "سبق"),
        _row(8, "ل", True),
        _row(9, "ه", True),
        _row(10, "."),
        "",
        "# sent_id = 2",
        "# text = ووصل وزير الخارجية إلى لندن.",
        _row(1, "و", True),
        _row(2, "وصل"),
        _row(3, "وزير"),
        _row(4, "الخارجية"),
        _row(5, "إلى"),
        _row(6, "لندن", True),
        _row(7, "."),
        "",
    ]
)

# PADT's style: a multiword-token range whose words restore letters (ل + السلطة for «للسلطة»).
MWT = "\n".join(
    [
        "# text = للسلطة",
        "1-2\tللسلطة\t_\t_\t_\t_\t_\t_\t_\t_",
        _row(1, "ل"),
        _row(2, "السلطة"),
        "",
    ]
)


def test_gold_spans_rebuild_the_text_and_glue_clitics_into_tokens() -> None:
    text, tokens, words, sents = gold_spans(parse_conllu(TINY.splitlines()))
    assert text == "قال إن الانتقال السلمي للسلطة سبق له. ووصل وزير الخارجية إلى لندن."
    spans = [text[s:e] for s, e in tokens]
    assert spans[:8] == ["قال", "إن", "الانتقال", "السلمي", "للسلطة", "سبق", "له", "."]
    assert "ووصل" in spans and "لندن" in spans
    assert [text[w[0] : w[1]] for w in words if w][4:6] == ["ل", "لسلطة"]
    assert [text[s:e] for s, e in sents] == ["قال إن الانتقال السلمي للسلطة سبق له.", "ووصل وزير الخارجية إلى لندن."]


def test_a_restored_word_in_a_range_has_no_span() -> None:
    _, tokens, words, _ = gold_spans(parse_conllu(MWT.splitlines()))
    assert tokens == [(0, 6)]
    assert words == [(0, 1), None]


def test_evaluation_of_the_default_pipeline_on_the_tiny_file() -> None:
    ev = evaluate(parse_conllu(TINY.splitlines()))
    assert ev.sentences == Score(2, 2, 2)
    assert ev.tokens.gold == 14 and ev.tokens.correct == 14
    assert ev.words.gold == 17
    # Every clitic of the tiny file splits and nothing else does («وزير», «لندن» stay whole).
    assert ev.words.correct == 17 and ev.words.system == 17
    assert ev.missed_words == () and ev.extra_words == ()
    # The clitic split alone: 12 Arabic tokens, all right; cuts in «للسلطة», «له», «ووصل».
    assert (ev.split_tokens, ev.split_right, ev.word_accuracy) == (12, 12, 1.0)
    assert ev.points == Score(3, 3, 3)


def test_scores() -> None:
    sc = Score(gold=10, system=8, correct=6)
    assert (sc.precision, sc.recall) == (0.75, 0.6)
    assert sc.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score(0, 0, 0).f1 == 0.0


def test_command_prints_the_three_levels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tiny.conllu"
    path.write_text(TINY, encoding="utf-8")
    assert main(["--conllu", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 sentences" in out
    for level in ("tokens", "words", "sentences"):
        line = next(line for line in out.splitlines() if line.startswith(level))
        assert line.split()[-1] == "100.00"
    assert "clitic split: word accuracy 100.00" in out and "F1 100.00" in out


def test_command_names_the_fix_when_the_file_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path)]) == 2
    assert "--data-dir" in capsys.readouterr().err


@pytest.mark.slow
def test_pud_figures_reach_the_targets(data_dir: Path) -> None:
    path = data_dir / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8") as fh:
        ev = evaluate(parse_conllu(fh))
    assert ev.words.gold == 20747 and ev.sentences.gold == 1000
    assert ev.words.f1 >= 0.98
    assert ev.word_accuracy >= 0.985
    assert ev.sentences.f1 >= 0.98
