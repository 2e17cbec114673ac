"""Constructions session 24 left, issue 14 session 25 (attr25c).

«اعتبر» with no «أن», quote or colon reports its two objects, the noun phrase and what it is held to be
(«واعتبر الوزير القرار خطوة مهمة»); the second object (an indefinite word in the accusative, «بمثابة»,
«مجرد», or an indefinite noun right after the definite first object) is what marks the reading, and its
absence keeps the passive («الذي اعتبر الأكثر دموية»), the imperative («فاعتبروا») and a verb with a
mere adjunct («اعتبر الوزير القرار في اجتماع المجلس») out. A bracket after «قال» and at most a short
subject, with no colon, quotes what was said («قال تعالى (...)», «قال عليه الصلاة والسلام (...)»); a
bracketed name after «لـ», a one-word bracket, a bracket after a clause of the writer's and a bracketed
aside before a colon are traps (docs/history/attribution.md, "attr25c"). The sentences are the tests' own.
"""

from __future__ import annotations

import pytest

import arabicnews


def _found(text: str) -> list[tuple[str, list[str], str]]:
    doc = arabicnews.analyze(text)
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("واعتبر الوزير القرار خطوة مهمة نحو الحل.", ("اعتبر", ["الوزير"], "القرار خطوة مهمة نحو الحل")),
        (
            "اعتبر المجلس الوطني القانون تشريعا لتعذيب الأسرى.",
            ("اعتبر", ["المجلس الوطني"], "القانون تشريعا لتعذيب الأسرى"),
        ),
        (
            "واعتبرت الوزارة من يتأخر عن التقديم منسحبا من البرنامج.",
            ("اعتبرت", ["الوزارة"], "من يتأخر عن التقديم منسحبا من البرنامج"),
        ),
        ("بينما اعتبر البعض هذا المشروع مجرد خطوة أولى.", ("اعتبر", ["البعض"], "هذا المشروع مجرد خطوة أولى")),
        ("واعتبروا البيان بمثابة بداية جديدة.", ("اعتبروا", [], "البيان بمثابة بداية جديدة")),
        (
            "واعتبر لجوء مؤسسة النقد إلى هذا الإجراء عائدا إلى أسباب اقتصادية.",
            ("اعتبر", [], "لجوء مؤسسة النقد إلى هذا الإجراء عائدا إلى أسباب اقتصادية"),
        ),
    ],
)
def test_considered_two_objects(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وكان الهجوم الذي اعتبر الأكثر دموية في تاريخ البلاد.",
        "وهي الخطوة التي اعتبرت متسرعة.",
        "واعتبر الوزير القرار في اجتماع المجلس.",
        "فاعتبروا يا أولي الألباب.",
        "وإلا اعتبرت الحكومة بحكم المستقيلة.",
    ],
)
def test_considered_traps(text: str) -> None:
    assert not [f for f in _found(text) if f[0].startswith(("اعتبر", "فاعتبر"))]


def test_considered_that_unchanged() -> None:
    assert ("اعتبر", ["الوزير"], "القرار خطوة مهمة") in _found("واعتبر الوزير أن القرار خطوة مهمة.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وقال الله تعالى (ولكم في القصاص حياة يا أولي الألباب).",
            ("قال", ["الله تعالى"], "لكم في القصاص حياة يا أولي الألباب"),
        ),
        (
            "وقد قال عليه الصلاة والسلام (إذا مات ابن آدم انقطع عمله إلا من ثلاث) رواه مسلم.",
            ("قال", [], "إذا مات ابن آدم انقطع عمله إلا من ثلاث"),
        ),
        ("وكانت المرأة تقول (لن أستسلم) للشرطة.", ("تقول", ["المرأة"], "لن أستسلم")),
        ("وأعان على ارتكابها، قال تعالى ((من قتل نفسا بغير نفس)).", ("قال", ["تعالى"], "من قتل نفسا بغير نفس")),
        ("ثم جاءه صديقه وقال له (طالما نفسك نقية فاعتذر لهم).", ("قال", [], "طالما نفسك نقية فاعتذر لهم")),
    ],
)
def test_bracket_after_said(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال المهندس في حديثه لـ (اليوم) تؤكد المعلومات ارتباط الأحساء بالنخلة.",
        "وقالت سأطلق اسم المولود الجديد (سلمان) تيمنا بالملك.",
        "ويقولون هذا يبل الريق (حقيقة أو مجازا) للذي يسد الحاجة.",
    ],
)
def test_bracket_after_said_traps(text: str) -> None:
    assert not _found(text)


def test_bracketed_aside_before_colon() -> None:
    # the bracket is an aside inside the source; the quote after the colon is the content
    got = _found("وقال حسين آل منصور (عم الشهيد عبدالله): «نحن مطمئنون».")
    assert [f[2] for f in got] == ["نحن مطمئنون"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأضاف المركز تم رصد هذا الشخص ومراقبته منذ دخوله.",
            ("أضاف", ["المركز"], "تم رصد هذا الشخص ومراقبته منذ دخوله"),
        ),
        (
            "وقال محمد عبدالله معشي لن يزدنا هذا التفجير إلا صلابة.",
            ("قال", ["محمد عبدالله معشي"], "لن يزدنا هذا التفجير إلا صلابة"),
        ),
    ],
)
def test_subject_then_clause(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقد يأخذون بما تقول وقد لا يأخذون.",
        "فقال سأبلغه لم يعاود أحد الاتصال بنا.",
        "فقال الأسد صحيح أنك لم تخطئ الرأي.",
    ],
)
def test_subject_then_clause_traps(text: str) -> None:
    assert not _found(text)


def test_scripture_quoted_has_no_speaker_and_the_quoter_goes_on() -> None:
    doc = arabicnews.analyze(
        "وحذر المفتي العام الشيخ عبدالعزيز آل الشيخ من البدع، وقال صلى الله عليه وسلم (لا تتخذوا قبري قبلة). "
        "وشدد على إقامة الصلاة."
    )
    by_cue = {a.cue.text: a for a in doc.attributions}
    assert by_cue["قال"].speaker is None
    spoken = by_cue["شدد على"].speaker
    assert spoken is not None and "عبدالعزيز آل الشيخ" in spoken.name
