"""An outlet's closing line (its tags, the link to the story) is no one's words, issue 14 session 23 (attr23b).

Two outlets end their articles with a line after the last full stop: tags («... والبلديات. سمات الحج الحجاج مكة»,
245 articles of 2015-08-06 / 08-10) or the link to the story («... في حينه. رابط الخبر بصحيفة الوئام: ضبط ...»,
251). The words after a colon, which go on over the paragraph's sentences, took the line in: 4 contents in the
3,664 unannotated articles of those days, and every tuning gold ends its content before the line (42 of 42).
`keyword_lines.txt` lists the words that open the line; they are read only among the text's last words, after a
full stop or a line break, with no full stop at the text's end (docs/history/attribution.md, "attr23b"). Traps:
the noun «سمات» "features" inside a sentence, at the start of a last sentence that ends with a full stop, and
before a line break. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content

import arabicnews


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # the words after a colon go on over the paragraph's sentences, up to the tags
        (
            "وقال المختص الأسري: يفضل أخذ الدواء قبل الرحلة. وقد يسبب النعاس. سمات الدوار الطائرة الغثيان",
            "قال",
            "يفضل أخذ الدواء قبل الرحلة. وقد يسبب النعاس",
        ),
        # another outlet's closing link to the story
        (
            "وتابع المتحدث: يجب الإبلاغ عن أي مخالفة. رابط الخبر بصحيفة الوئام: ضبط 120 مخالفاً خلال حملة",
            "تابع",
            "يجب الإبلاغ عن أي مخالفة",
        ),
        # a closing mark whose quote opened before the content stays out with the full stop
        (
            "وقال المتحدث: «يجب الإبلاغ عن أي مخالفة. سنتابع كل حالة “. سمات الحج الحجاج مكة",
            "قال",
            "يجب الإبلاغ عن أي مخالفة. سنتابع كل حالة",
        ),
        # a bracket closed inside the content stays in
        (
            "وتابع: هذا هو المفهوم السائد (مثل مسمى الكابتن). سمات الطيارة تويتر",
            "تابع",
            "هذا هو المفهوم السائد (مثل مسمى الكابتن)",
        ),
        # one sentence after «مضيفا:» and the tags on the same line
        (
            "وأكد المدير أن الشركات ستلاحق، مضيفا: ستكون الشركات عرضة للملاحقة. سمات الحج الحجاج مكة",
            "مضيفا",
            "ستكون الشركات عرضة للملاحقة",
        ),
    ],
)
def test_no_content_runs_into_the_keyword_line(text: str, cue: str, want_content: str) -> None:
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # «سمات» "features" inside the sentence
        ("وقال الخبير: من سمات الشخصية القوية الصبر", "قال", "من سمات الشخصية القوية الصبر"),
        # ... opening a last sentence that ends with a full stop
        ("وقال الخبير: الصبر مهم. سمات الشخصية القوية كثيرة.", "قال", "الصبر مهم. سمات الشخصية القوية كثيرة"),
        # ... with the text going on after a line break
        (
            "وقال الخبير: الصبر مهم. سمات الشخصية القوية كثيرة\nوقال آخر: الحلم أهم",
            "قال",
            "الصبر مهم. سمات الشخصية القوية كثيرة",
        ),
    ],
)
def test_the_noun_features_is_no_keyword_line(text: str, cue: str, want_content: str) -> None:
    assert content(text, cue) == want_content


def test_offsets_hold_with_the_keyword_line() -> None:
    doc = arabicnews.analyze("وقال المختص: يفضل أخذ الدواء. سمات الدوار الطائرة")
    (att,) = doc.attributions
    assert doc.text[att.content.start : att.content.end] == att.content.text == "يفضل أخذ الدواء"


def test_a_cue_word_in_the_closing_line_reports_nothing() -> None:
    # the link repeats the headline: «طالب» "student" read as the verb "demanded" had the rest of the line as
    # its content (a false attribution of dev11, 2015-08-10 #1178); no content runs into the line, so none is left
    text = "وأكد المدير أن الطالب بخير.\nرابط الخبر بصحيفة الوئام: طالب جامعي يتبرع بجزء من كبده لطفلة"
    assert [a.cue.text for a in arabicnews.analyze(text).attributions] == ["أكد"]
