"""List the source and content-start errors of paired attributions over the tuning sets (issue 14, s13).

For every gold attribution whose cue the stage finds (cues overlap, as ``attribution_eval.py`` pairs
them) and whose sources differ, or whose content starts elsewhere, print one tab-separated row: set,
article index, what went wrong (``src-missing``, ``src-wrong``, ``src-extra``, ``start``), the cue,
gold and predicted sources, and the text from 80 characters before the cue to 80 after it, for a
reader to classify by construction. Only tuning sets (dev..dev10, dev12); the reserved dev11 and the
held-out half are refused.

    python benchmarks/attribution_boundary_s13.py > rows.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_eval import GOLD_FILES, ROOT, _overlap, load_articles, load_gold

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev12")


def main() -> int:
    data = ROOT.parent / "shared" / "data"
    nlp = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])
    gold = load_gold(GOLD_FILES)
    for split in sys.argv[1:] or TUNING:
        if split not in TUNING:
            raise SystemExit(f"{split} is not a tuning set; choose from {', '.join(TUNING)}")
        recs = [g for g in gold if g.get("split") == split and not g.get("negatives_only")]
        arts = load_articles(data, (g["file"] for g in recs))
        for rec in recs:
            text = arts[rec["file"]][rec["index"]]["content"]
            preds = list(nlp(text).attributions)
            used: set[int] = set()
            for g in rec["attributions"]:
                gc = tuple(g["cue"])
                m = next(
                    (i for i, p in enumerate(preds) if i not in used and _overlap((p.cue.start, p.cue.end), gc)), None
                )
                if m is None:
                    continue
                used.add(m)
                p = preds[m]
                gs = [tuple(s) for s in g["sources"]]
                ps = [(s.start, s.end) for s in p.sources]
                what = []
                if gs != ps:
                    what.append("src-missing" if gs and not ps else "src-extra" if ps and not gs else "src-wrong")
                if p.content.start != g["content"][0]:
                    what.append("start")
                if not what:
                    continue
                a = max(0, min([gc[0], *(s for s, _ in gs), *(s for s, _ in ps)]) - 80)
                ctx = text[a : gc[1] + 80].replace("\n", " ").replace("\t", " ")
                row = [
                    split,
                    str(rec["index"]),
                    "+".join(what),
                    text[gc[0] : gc[1]],
                    " | ".join(text[s:e] for s, e in gs),
                    " | ".join(text[s:e] for s, e in ps),
                    text[g["content"][0] : g["content"][0] + 30].replace("\n", " "),
                    p.content.text[:30].replace("\n", " "),
                    ctx,
                ]
                print("\t".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
