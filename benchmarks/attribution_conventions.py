"""Count how each tuning gold treats the recurring annotation decisions of attributions (issue 14).

Each decision is found by pattern on the article text (not only where gold items are), and each
occurrence is classed by what the gold did with it: an attribution's cue or source there, a negative
sentence, inside another attribution's content, or nothing. A few decisions are about the gold items
themselves (title in a source, quotation marks, the complementiser, the speaker of a pronoun subject);
those are counted over every gold attribution of the set.

Only the tuning golds are read: ``attribution_gold.jsonl``'s ``dev`` records and the files of dev2..dev23
(the twenty-three tuning sets of session 25; twenty-two in session 24; twenty-one in session 23; twenty in
session 22; nineteen in session 21; eighteen in session 20; seventeen in session 19, attr19b; the audit of
session 11 read dev..dev8 and dev10).
Never the held-out golds, the reserved dev24 and later sets, nor 2015-08-11.

Usage::

    python benchmarks/attribution_conventions.py              # the table, decision x set
    python benchmarks/attribution_conventions.py --show NAME  # each occurrence of one decision
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.attribution_eval import load_articles, load_gold  # noqa: E402

# split -> gold file; the tuning sets only (dev9, the held-out halves and 2015-08-11 never).
TUNING = {
    "dev": "attribution_gold.jsonl",
    "dev2": "attribution_gold3.jsonl",
    "dev3": "attribution_gold4.jsonl",
    "dev4": "attribution_gold5.jsonl",
    "dev5": "attribution_gold6.jsonl",
    "dev6": "attribution_gold7.jsonl",
    "dev7": "attribution_gold8.jsonl",
    "dev8": "attribution_gold9.jsonl",
    "dev9": "attribution_gold10.jsonl",
    "dev10": "attribution_gold11.jsonl",
    "dev11": "attribution_gold12.jsonl",
    "dev12": "attribution_gold13.jsonl",
    "dev13": "attribution_gold14.jsonl",
    "dev14": "attribution_gold15.jsonl",
    "dev15": "attribution_gold16.jsonl",
    "dev16": "attribution_gold17.jsonl",
    "dev17": "attribution_gold18.jsonl",
    "dev18": "attribution_gold19.jsonl",
    "dev19": "attribution_gold20.jsonl",
    "dev20": "attribution_gold21.jsonl",
    "dev21": "attribution_gold22.jsonl",
    "dev22": "attribution_gold23.jsonl",
    "dev23": "attribution_gold24.jsonl",
}
FORBIDDEN_FILE = "2015-08-11.json"

Span = tuple[int, int]
Rec = dict[str, Any]

_CUE = (
    r"(?:[وف])?(?:قال|أكد|أوضح|أشار|ذكر|أضاف|بين|كشف|أعلن|صرح|لفت|نوه|شدد|أفاد|اعتبر|أبلغ|تابع|"
    r"أعرب|طالب|دعا|حذر|توقع|نفى|أوصى|رأى)(?:ت|وا|تا)?"
)
# a document with no person: a report or statement (open) and evidence (the guideline: no attribution)
_REPORT = r"(?:ال)?(?:تقرير|تقارير|بيان|وثيقة|رسالة|نشرة|مذكرة)"
_EVIDENCE = r"(?:ال)?(?:دراسة|دراسات|إحصائية|إحصائيات|إحصاءات|أرقام|بيانات|نتائج|أبحاث)"
_TITLE = (
    r"(?:الدكتور|الدكتورة|د\.|الأستاذ|المهندس|الشيخ|اللواء|العميد|العقيد|المقدم|الرائد|النقيب|الأمير|"
    r"الأميرة|سمو|معالي|فضيلة|الرئيس|السيد|السيدة|المستشار)"
)
_TIME = r"(?:اليوم|أمس|أمس الأول|غدا|الليلة|صباح|مساء|يوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
_WORD = r"[\p{Arabic}\p{N}_]"


def _words(pat: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!{_WORD})(?:{pat})(?!{_WORD})")


PATTERNS: dict[str, regex.Pattern[str]] = {
    "report_subject": _words(rf"{_CUE}\s+{_REPORT}"),
    "evidence_subject": _words(rf"(?:{_CUE}|[وف]?(?:أظهر|تشير|يشير|أشارت|كشفت)(?:ت)?)\s+{_EVIDENCE}"),
    "kama_cue": _words(rf"كما\s+{_CUE}"),
    "according_to": _words(r"[وف]?(?:ب?حسب|وفقا?\s*ل|طبقا\s*ل|نقلا\s+عن|حسبما|وفق\s+ما)"),
    "according_to_alone": regex.compile(r"[.\n]\s*(?:و)?(?:ب?حسب|وفقا?\s*ل|طبقا\s*ل|نقلا\s+عن)[^.\n]{1,40}\."),
    "qaila": _words(r"[وف]?(?:قائلا|قائلة|قائلين|بالقول|بقوله)"),
    "thanks_condolences": _words(
        r"(?:شكره|شكرها|شكرهم|الشكر|شكر|تعازي\p{Arabic}*|التعازي|العزاء|تعزية|التهنئة|تهانيه|تهنئة)"
    ),
    "aarab_an": _words(r"[وف]?(?:أعرب|أعربت|أعربوا|معربا|معربة|معربين|عبرت|عبروا|معبرا)(?=(?:\s+\S+){0,6}?\s+عن\s)"),
}


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: Span, b: Span) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def classify(rec: Rec, span: Span, role: str = "cue") -> str:
    """What the gold did at ``span``: ``cue`` / ``source`` / ``negative`` / ``in_content`` / ``none``.

    ``role="source"`` asks whether a gold source overlaps the span (a cue elsewhere on it is ``cue``).
    """
    atts = rec.get("attributions", ())
    if role == "source" and any(_overlap(tuple(s), span) for a in atts for s in a.get("sources", ())):
        return "source"
    if any(_overlap(tuple(a["cue"]), span) for a in atts):
        return "cue"
    if any(_overlap(tuple(n), span) for n in rec.get("negatives", ())):
        return "negative"
    for a in atts:
        if a.get("content") and _inside(span, tuple(a["content"])):
            # the occurrence is what a cue just before it reports (e.g. «أعرب عن شكره»)
            return "as_content" if 0 <= span[0] - a["cue"][1] <= 25 else "in_content"
    return "none"


def _doc_subject(name: str, noun_pat: str) -> Callable[[Rec, str], Iterator[tuple[Span, str]]]:
    def run(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
        for m in PATTERNS[name].finditer(text):
            noun = regex.search(rf"\s+({noun_pat})$", m.group())
            assert noun is not None
            yield (m.start(), m.end()), classify(rec, (m.start() + noun.start(1), m.end()), role="source")

    return run


def _scan(name: str) -> Callable[[Rec, str], Iterator[tuple[Span, str]]]:
    def run(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
        for m in PATTERNS[name].finditer(text):
            yield (m.start(), m.end()), classify(rec, (m.start(), m.end()))

    return run


def _kama_cue(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # annotated: does the cue span take «كما» in?
    for m in PATTERNS["kama_cue"].finditer(text):
        span = (m.start(), m.end())
        got = classify(rec, span)
        if got == "cue":
            cue = next(a["cue"] for a in rec["attributions"] if _overlap(tuple(a["cue"]), span))
            kind = next(a["kind"] for a in rec["attributions"] if _overlap(tuple(a["cue"]), span))
            got = ("cue_with_kama" if cue[0] <= m.start() else "cue_without_kama") + f" ({kind})"
        yield span, got


def _title_in_source(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a title word right before or at the start of a gold source: taken in or left out
    for a in rec.get("attributions", ()):
        for s, e in a.get("sources", ()):
            head = regex.match(rf"(?:ال?[وف])?{_TITLE}(?!{_WORD})", text[s:e])
            if head:
                yield (s, s + head.end()), "title_in"
                continue
            before = regex.search(rf"(?<!{_WORD}){_TITLE}\s*$", text[max(0, s - 20) : s])
            if before:
                yield (s - len(before.group()), s), "title_out"


def _time_edges(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a time word right after a gold source: in the source, in the content, or between them
    for a in rec.get("attributions", ()):
        if not a.get("sources") or not a.get("content"):
            continue
        s_end = max(e for _, e in a["sources"])
        c0, c1 = a["content"]
        m = regex.match(rf"\s*({_TIME})(?!{_WORD})", text[s_end:])
        if m:
            yield (s_end + m.start(1), s_end + m.end(1)), "after_source_out"
            continue
        for s, e in a["sources"]:
            last = regex.search(rf"(?<!{_WORD})({_TIME})(?:\s+\S+)?\s*$", text[s:e])
            if last:
                yield (s + last.start(1), e), "in_source"
        first = regex.match(rf"\s*{_TIME}(?!{_WORD})", text[c0:c1])
        if first and c0 > s_end:
            yield (c0, c0 + first.end()), "in_content"


_QUOTES = '"«»“”'


def _quote_marks(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a quoted content (direct or mixed) with a mark at or just before its start: marks in or out
    for a in rec.get("attributions", ()):
        # an indirect content next to a mark is a quoted name («لـ"سبق" أنه»), not a quote
        if not a.get("content") or a["kind"] not in ("direct", "mixed"):
            continue
        c0, c1 = a["content"]
        if c1 <= c0:
            continue
        if text[c0] in _QUOTES:
            yield (c0, c1), f"marks_in ({a['kind']})"
        elif text[max(0, c0 - 2) : c0].strip()[-1:] in tuple(_QUOTES):
            yield (c0, c1), f"marks_out ({a['kind']})"


_OPENING = '"«“'
_CLOSING = '"»”'
_ASKING = "؟?!"


def _opened_by_mark(text: str, c0: int) -> bool:
    """Whether a content starts at a quotation mark or right after one (a space between allowed)."""
    return text[c0] in _OPENING or text[max(0, c0 - 2) : c0].strip()[-1:] in tuple(_OPENING)


def _end_marks(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # attr19b: the mark that ends what was said. A question or exclamation mark at a content's end
    # (in it or right after it), told apart by whether the content is opened by a quotation mark;
    # and the closing mark of a quote that ends a mixed content (in it or right after it).
    for a in rec.get("attributions", ()):
        if not a.get("content"):
            continue
        c0, c1 = a["content"]
        if c1 <= c0:
            continue
        marked = "quoted" if _opened_by_mark(text, c0) else "unquoted"
        if text[c1 - 1] in _ASKING:
            yield (c0, c1), f"ask_in ({marked})"
        elif text[c1 : c1 + 1] in tuple(_ASKING):
            yield (c0, c1), f"ask_out ({marked})"
        if a["kind"] != "mixed":
            continue
        if text[c1 - 1] in _CLOSING and c1 - 1 > c0:
            yield (c0, c1), "mixed_close_in"
        elif text[c1 : c1 + 1] in tuple(_CLOSING) and any(ch in text[c0:c1] for ch in _OPENING):
            yield (c0, c1), "mixed_close_out"


def _whole_quote(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # attr19b: a content that is one quote and nothing else, after a colon, after «أن/إن», or right
    # after the cue or its source: its marks in (as a mixed content opened by a quote) or out (direct)
    for a in rec.get("attributions", ()):
        if not a.get("content"):
            continue
        c0, c1 = a["content"]
        if c1 - c0 < 2:
            continue
        inner = text[c0 + 1 : c1 - 1]
        if text[c0] in _OPENING and text[c1 - 1] in _CLOSING and not any(ch in inner for ch in _QUOTES):
            shape, mark = "marks_in", c0
        elif (
            c1 < len(text)
            and text[c0 - 1 : c0] in tuple(_OPENING)
            and text[c1] in _CLOSING
            and not any(ch in text[c0:c1] for ch in _QUOTES)
        ):
            shape, mark = "marks_out", c0 - 1
        else:
            continue
        before = text[max(0, mark - 25) : mark].rstrip()
        if before.endswith(":"):
            where = "after a colon"
        elif regex.search(rf"(?<!{_WORD})ب?(?:أن|إن|ان)\s*$", before):
            where = "after أن"
        else:
            where = "after the cue"
        yield (c0, c1), f"{shape} ({a['kind']}, {where})"


def _complementiser(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a content that begins at or right after «أن / بأن / إن»
    comp = regex.compile(rf"(?<!{_WORD})(?:ب?أن|إن)\u0651?(?:ه|ها|هم|نا)?(?!{_WORD})")
    for a in rec.get("attributions", ()):
        if not a.get("content"):
            continue
        c0, c1 = a["content"]
        colon = " after a colon" if text[max(0, c0 - 12) : c0].rstrip(' \n«"“').endswith(":") else ""
        m = comp.match(text, c0)
        if m:
            # «أنه / إنها» carry the subject pronoun; bare «أن» does not
            yield (
                (c0, c1),
                ("comp_in_bare" if m.group().replace("\u0651", "") in ("أن", "بأن", "إن") else "comp_in_pronoun")
                + colon,
            )
            continue
        m = regex.search(rf"(?<!{_WORD})(?:ب?أن|إن)(?:ه|ها|هم|نا)?\s*$", text[max(0, c0 - 8) : c0])
        if m:
            bare = m.group().strip() in ("أن", "بأن", "إن")
            yield (c0, c1), ("comp_out_bare" if bare else "comp_out_pronoun") + colon


def _cue_proclitic(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a gold cue after «و» / «ف»: the conjunction left out (the guideline) or taken in
    for a in rec.get("attributions", ()):
        c0, c1 = a["cue"]
        if regex.match(r"[وف](?:قال|أكد|أوضح|أشار|ذكر|أضاف|بين|كشف|أعلن|صرح|لفت|نوه|شدد|أفاد|أعرب|تابع)", text[c0:c1]):
            yield (c0, c1), "conj_in"
        elif c0 and text[c0 - 1] in "وف" and (c0 < 2 or not regex.match(_WORD, text[c0 - 2])):
            yield (c0, c1), "conj_out"


_VENUE = r"(?:خلال|في\s+(?:تصريح|تصريحات|حديث|حديثه|حديثها|بيان|مؤتمر|كلمة|كلمته|لقاء|اتصال|مقابلة)|أثناء|عقب|لدى)"


def _venue_edges(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a venue phrase («خلال», «في تصريح») right after a gold source: inside the content or left out
    for a in rec.get("attributions", ()):
        if not a.get("sources") or not a.get("content"):
            continue
        s_end = max(e for _, e in a["sources"])
        c0, c1 = a["content"]
        m = regex.match(rf"[\s،,]*({_VENUE})(?!{_WORD})", text[s_end:])
        if m and c0 >= a["cue"][1]:
            at = s_end + m.start(1)
            yield (at, s_end + m.end(1)), "in_content" if c0 <= at < c1 else "left_out"


def _speaker(rec: Rec, text: str) -> Iterator[tuple[Span, str]]:
    # a gold attribution with no source (pronoun or dropped subject): speaker recorded or not
    for a in rec.get("attributions", ()):
        if not a.get("sources"):
            yield tuple(a["cue"]), "speaker" if a.get("speaker") else "no_speaker"


DECISIONS: dict[str, Callable[[Rec, str], Iterator[tuple[Span, str]]]] = {
    "report_subject": _doc_subject("report_subject", _REPORT),
    "evidence_subject": _doc_subject("evidence_subject", _EVIDENCE),
    "cue_conjunction": _cue_proclitic,
    "kama_cue": _kama_cue,
    "according_to": _scan("according_to"),
    "according_to_alone": _scan("according_to_alone"),
    "title_in_source": _title_in_source,
    "time_after_source": _time_edges,
    "venue_after_source": _venue_edges,
    "qaila": _scan("qaila"),
    "quote_marks": _quote_marks,
    "end_marks": _end_marks,
    "whole_quote": _whole_quote,
    "complementiser": _complementiser,
    "pronoun_speaker": _speaker,
    "thanks_condolences": _scan("thanks_condolences"),
    "aarab_an": _scan("aarab_an"),
}


def tuning_records(bench: Path = ROOT / "benchmarks") -> dict[str, list[Rec]]:
    """The records of each tuning set, by split name (the first file: its ``dev`` records only)."""
    out: dict[str, list[Rec]] = {}
    for split, name in TUNING.items():
        recs = [r for r in load_gold([bench / name]) if r.get("split") == split]
        if any(r["file"] == FORBIDDEN_FILE for r in recs):
            raise SystemExit(f"{name} names {FORBIDDEN_FILE}, which is reserved")
        out[split] = recs
    return out


def count(
    sets: dict[str, list[Rec]], texts: Callable[[Rec], str], show: str | None = None
) -> dict[str, dict[str, Counter[str]]]:
    """decision -> set -> Counter of treatments; with ``show``, print that decision's occurrences."""
    table: dict[str, dict[str, Counter[str]]] = {d: {s: Counter() for s in sets} for d in DECISIONS}
    for split, recs in sets.items():
        for rec in recs:
            if rec.get("negatives_only"):
                continue
            text = texts(rec)
            for name, find in DECISIONS.items():
                for (s, e), got in find(rec, text):
                    table[name][split][got] += 1
                    if name == show:
                        print(split, rec["file"], rec["index"], f"[{s},{e})", got, "|", text[max(0, s - 30) : e + 30])
    return table


def render(table: dict[str, dict[str, Counter[str]]]) -> str:
    """A markdown table: one row per decision and treatment, one column per set."""
    sets = list(next(iter(table.values())))
    lines = ["| decision | treatment | " + " | ".join(sets) + " | all |", "|---|---|" + "---:|" * (len(sets) + 1)]
    for name, per in table.items():
        kinds = sorted({k for c in per.values() for k in c}, key=lambda k: (-sum(c[k] for c in per.values()), k))
        for k in kinds:
            cells = [str(per[s][k]) for s in sets]
            lines.append(f"| {name} | {k} | " + " | ".join(cells) + f" | {sum(per[s][k] for s in sets)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--show", choices=sorted(DECISIONS), help="print each occurrence of this decision")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}; nothing to count", file=sys.stderr)
        return 0
    sets = tuning_records()
    arts = load_articles(args.data, {r["file"] for recs in sets.values() for r in recs})
    print(render(count(sets, lambda r: str(arts[r["file"]][r["index"]]["content"]), show=args.show)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
