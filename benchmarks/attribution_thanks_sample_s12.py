"""Count thanks, congratulations and condolences in unannotated text, and print the new cues' output (issue 14).

The seeded sample of ``attribution_content_sample_s12.py`` (300 articles of 2015-07-22 and 2015-07-31,
the days review samples may come from), run through the attributions stage (tokens, sentences,
attributions; no entities). It prints

- the family's occurrences by pattern (``--counts``): a verb of giving before a noun of thanks, the verbs
  «شكر», «هنأ», «عزى», «أثنى», «أشاد», «ثمّن», «رحّب», «نوّه بـ», and what the stage made of each
  (a cue there, inside another content, or nothing);
- every attribution whose cue is a verb of giving (the ``thanks`` column of ``cues.tsv``) or «أثنى», with
  its source and content, to read against the guideline (the first ``--read`` of them).

Usage::

    python benchmarks/attribution_thanks_sample_s12.py [--data ../shared/data] [--size 300] [--read 30]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.core.pipeline import Pipeline  # noqa: E402
from arabicnews.stages.attribution.lexicon import lexicon  # noqa: E402
from arabicnews.stages.attribution.stage import AttributionStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402
from benchmarks.attribution_content_sample_s12 import sample  # noqa: E402

_W = r"[\p{Arabic}\p{N}_]"
FAMILY = {
    "giving + thanks": r"[وف]?(?:قدم|قدّم|تقدم|تقدّم|رفع|مقدما|مقدماً|مقدّما|رافعين|رافعا)\p{Arabic}*"
    r"(?:\s+\S+){0,6}?\s+(?:ب?ال)?(?:شكر|تعازي|تهنئة|تهاني|أحر|خالص|جزيل)\p{Arabic}*",
    "شكر (verb)": r"[وف]?(?:شكر|شكرت|شكروا|يشكر|تشكر)",
    "هنأ": r"[وف]?(?:هنأ|هنّأ|يهنئ|تهنئ|مهنئا|مهنئاً)\p{Arabic}*",
    "عزى": r"[وف]?(?:عزى|عزّى|يعزي|معزيا)\p{Arabic}*",
    "أثنى": r"[وف]?(?:أثنى|أثنت|أثنوا|يثني|مثنيا)",
    "أشاد": r"[وف]?(?:أشاد|أشادت|أشادوا|يشيد|تشيد|مشيدا|مشيداً)",
    "ثمّن": r"[وف]?(?:ثمن|ثمّن|ثمنت|ثمّنت|يثمن|مثمنا|مثمناً)",
    "رحّب": r"[وف]?(?:رحب|رحّب|رحبت|رحّبت|يرحب|مرحبا)",
    "نوّه بـ": r"[وف]?(?:نوه|نوّه|نوهت|منوها|منوهاً)\s+ب",
}
PATTERNS = {k: regex.compile(rf"(?<!{_W})(?:{v})(?!{_W})") for k, v in FAMILY.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--read", type=int, default=30)
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}", file=sys.stderr)
        return 0
    nlp = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])
    giving = {info.lemma for info in lexicon().cues.values() if info.prep == "thanks"} | {"أثنى"}
    table: dict[str, Counter[str]] = {k: Counter() for k in FAMILY}
    shown = 0
    for day, i, text in sample(args.data, args.size):
        found = nlp(text).attributions
        for name, pat in PATTERNS.items():
            for m in pat.finditer(text):
                if any(a.cue.start <= m.start() + 1 < a.cue.end + 1 for a in found):
                    got = "cue"
                elif any(a.content.start <= m.start() < a.content.end for a in found):
                    got = "in a content"
                else:
                    got = "nothing"
                table[name][got] += 1
        for att in found:
            if att.cue.lemma not in giving or shown >= args.read:
                continue
            shown += 1
            src = " + ".join(s.text for s in att.sources) or (f"speaker {att.speaker.name}" if att.speaker else "-")
            before = text[max(0, att.cue.start - 40) : att.cue.start].replace("\n", " ")
            print(f"{shown}. {day}:{i} …{before}⟦{att.cue.text}⟧ source «{src}» content «{att.content.text[:110]}»")
    print("| pattern | cue | in a content | nothing |\n|---|---:|---:|---:|")
    for name, c in table.items():
        print(f"| {name} | {c['cue']} | {c['in a content']} | {c['nothing']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
