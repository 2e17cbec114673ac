"""Count two content-scope patterns of dev9's errors in unannotated text (issue 14, session 12).

A seeded sample of 300 articles of 2015-07-22 and 2015-07-31 (the days review samples may come from),
run through the attributions stage (tokens, sentences, attributions; no entities). It prints, with
their contexts to read:

- ``writer``: contents that hold a comma and a writer's clause («، بعد أن», «، خاصة أن», «، ولا تزال»);
- ``nested``: according-to attributions that close a clause with no comma before them and whose content
  holds a reported «أن»/«إن»/«بأن» after a cue (the scope of «حسب» inside a report's clause).

Usage::

    python benchmarks/attribution_content_sample_s12.py [--data ../shared/data] [--size 300]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.core.pipeline import Pipeline  # noqa: E402
from arabicnews.stages.attribution.stage import AttributionStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

DAYS = ("2015-07-22", "2015-07-31")
SEED = 1412
WRITER = regex.compile(r"، (?:بعد أن|بعد ان|خاصة وأن|خاصة أن|خاصة وان|ولا تزال|ولاتزال|ولا يزال|ولايزال)")
COMPLEMENTISER = regex.compile(r"(?:^|\s)[وف]?(?:أن|إن|بأن)\s")


def sample(data: Path, size: int) -> list[tuple[str, int, str]]:
    """The seeded sample: (day, index, text) of ``size`` articles of the two days."""
    arts = []
    for day in DAYS:
        got = json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))
        arts += [(day, i, str(a["content"])) for i, a in enumerate(got)]
    random.Random(SEED).shuffle(arts)
    return arts[:size]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--size", type=int, default=300)
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}", file=sys.stderr)
        return 0
    nlp = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])
    atts = according = writer = nested = 0
    for day, i, text in sample(args.data, args.size):
        found = nlp(text).attributions
        cues = [x.cue for x in found]
        for att in found:
            atts += 1
            c = att.content
            m = WRITER.search(c.text)
            if m:
                writer += 1
                print(
                    f"writer {writer}. {day}:{i} «{att.cue.text}» …{c.text[max(0, m.start() - 70) : m.start()]}", end=""
                )
                print(f"⟦{c.text[m.start() : m.start() + 70]}⟧")
            if att.kind != "according_to":
                continue
            according += 1
            if c.end > att.cue.start or text[: att.cue.start].rstrip().endswith(("،", ",")):
                continue
            inner = [q for q in cues if c.start <= q.start < c.end]
            comps = [x for x in COMPLEMENTISER.finditer(c.text) if any(q.end <= c.start + x.start() + 1 for q in inner)]
            if comps:
                nested += 1
                cut = comps[-1].end()
                after = text[att.cue.end : att.cue.end + 40]
                print(f"nested {nested}. {day}:{i} ⟦{c.text[:cut]}⟧{c.text[cut:][:80]} ⟦{att.cue.text} {after}⟧")
    print(
        f"{args.size} articles, {atts} attributions: {writer} contents with a writer's clause after a comma; "
        f"{according} according-to, {nested} after a report's complementiser with no comma"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
