"""According-to scope, issue 14 session 15 (attr15e): made-up variants written from the grammar
before the rule (docs/history/attribution.md, session 15). An according-to phrase standing alone
after a full stop («.وفقا لرويترز.») belongs to no clause of its own sentence: it credits the whole
sentence before it, a participle or «كما» + a reporting verb inside that sentence included, as the
same phrase closing that sentence after a comma already does. The reports inside the sentence keep
their own contents."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a participle of a report inside the sentence before: the phrase credits all of it
        (
            "وقضت المحكمة لصالح الفتاة، مشيرة إلى أنه لا يحق للشركة رفضها. وفقا لوكالة الأناضول.",
            "وفقا",
            "قضت المحكمة لصالح الفتاة، مشيرة إلى أنه لا يحق للشركة رفضها",
        ),
        (
            "وقال المدرب إن الفريق جاهز، مضيفا أن الإصابات انتهت. بحسب رويترز.",
            "بحسب",
            "قال المدرب إن الفريق جاهز، مضيفا أن الإصابات انتهت",
        ),
        # «كما» + a reporting verb, and the phrase glued to the full stop
        (
            "وتظهر الصور الهاتف من الأسفل، كما أشار المصدر إلى أن الهاتف يملك بطارية كبيرة.وفقا لشبكة سي إن إن.",
            "وفقا",
            "تظهر الصور الهاتف من الأسفل، كما أشار المصدر إلى أن الهاتف يملك بطارية كبيرة",
        ),
        # traps: a sentence with no report inside, and the same sentence closed by a comma and the phrase
        (
            "وحصل اللاعب على لقب أفضل لاعب في الدوري الموسم الماضي. وفقا لرويترز.",
            "وفقا",
            "حصل اللاعب على لقب أفضل لاعب في الدوري الموسم الماضي",
        ),
        (
            "وقضت المحكمة لصالح الفتاة، مشيرة إلى أنه لا يحق للشركة رفضها، وفقا لوكالة الأناضول.",
            "وفقا",
            "قضت المحكمة لصالح الفتاة، مشيرة إلى أنه لا يحق للشركة رفضها",
        ),
        # traps: the reports inside the sentence keep their own contents
        (
            "وقضت المحكمة لصالح الفتاة، مشيرة إلى أنه لا يحق للشركة رفضها. وفقا لوكالة الأناضول.",
            "مشيرة إلى",
            "أنه لا يحق للشركة رفضها",
        ),
        ("وقال المدرب إن الفريق جاهز، مضيفا أن الإصابات انتهت. بحسب رويترز.", "قال", "الفريق جاهز"),
        # the last sentence of a quote opened sentences before: its closing mark stays out
        (
            "وقال المدرب: “لم نعقد اجتماعا. ولذلك لا توجد أي فرصة لأي وعود.”وفقا لرويترز.",
            "وفقا",
            "لذلك لا توجد أي فرصة لأي وعود",
        ),
        # trap: a quote that opened in that sentence keeps its closing mark, as after a comma
        ("وقال المدرب “الفريق جاهز للمباراة.”وفقا لرويترز.", "وفقا", "قال المدرب “الفريق جاهز للمباراة.”"),
        # trap: a phrase opening its sentence qualifies what follows it, not the sentence before
        (
            "وقال المدرب إن الفريق جاهز، مضيفا أن الإصابات انتهت. وبحسب رويترز، سافر الفريق أمس.",
            "بحسب",
            "سافر الفريق أمس",
        ),
    ],
)
def test_according_to_alone_after_a_full_stop(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
