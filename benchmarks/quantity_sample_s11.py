"""Session 11's unseen-text check for the quantity stage: pattern frequencies and a review sample.

The pool is every SaudiNewsNet article of 2015-07-22 and 2015-07-31 only (dev9 is drawn from 08-06
and 08-10 at the same time; 08-11 is never read) with 300–3,000 characters of content that is in
no gold file of ``benchmarks/`` (every ``*gold*.jsonl``, by file and index and by the SHA-1 of the
text). It is shuffled with ``random.Random(SEED)`` and the first ``--docs`` articles are kept, at
most ``--per-outlet`` per outlet.

``--patterns`` counts, over those articles, how often each class of session 11's dev7 errors occurs
(a regular expression per class, on the raw text) and what the stage does there (the quantities that
overlap each hit, with their kind, qualifier and unit), printing up to ``--show`` hits per class.

Without ``--patterns`` it draws ``--n`` quantities (one per article, the article's quantity chosen
with the same generator) for a reader to judge against the annotation guide in docs/quantities.md;
the judgements are in quantity_sample_s11.tsv.

Usage::

    python benchmarks/quantity_sample_s11.py              # the 80 reviewed quantities
    python benchmarks/quantity_sample_s11.py --patterns   # the class frequencies
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.stages.quantities import Quantity, find_quantities  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from quantity_sample import FIELDS, print_item  # noqa: E402

SEED = 20261211
DAYS = ("2015-07-22.json", "2015-07-31.json")

# One regular expression per class of the dev7 errors (docs/history/quantities.md, session 11).
PATTERNS: dict[str, str] = {
    "list marker with a tatweel or after a dot («1ـ», «.2ـ»)": r"(?<![\p{L}\p{N}])\.?\d{1,2}\s?ـ",
    "negated bound, «لا» form («لا يقل عن», «لا تتجاوز»)": r"(?<!\p{L})(?:ما\s+)?(?:لا|لن|ولا|ولن)\s+"
    r"(?:يقل|تقل|يزيد|تزيد|يتجاوز|تتجاوز|يتعدى|تتعدى)",
    "negated bound, «ألا»/«لم» form («ألا يقل عمر المتقدم عن»)": r"(?<!\p{L})(?:ألا|وألا|لم|ولم)\s+"
    r"(?:يقل|تقل|يزيد|تزيد|يتجاوز|تتجاوز|يتعدى|تتعدى)",
    "vague number before a definite noun («عشرات السنين», «ملايين الدولارات»)": r"(?<!\p{L})(?:عشرات|مئات|آلاف"
    r"|الاف|ملايين)\s+ال\p{L}+",
    "bare number after «المركز», «المرتبة», «العضو» («للمركز 190»)": r"(?:المركز|العضو|للمركز|بالمركز|المرتبة"
    r"|بالمرتبة)\s+\(?\d+",
    "ordinal after a noun in a set name («الفريق الأول», «الشوط الثاني», «بالدرجة الأولى»)": r"(?:الفريق|السيدة"
    r"|الشوط|الرعيل|بالدرجة)\s+(?:الأول|الاول|الأولى|الاولى|الثاني|الثانية)(?!\p{L})",
    "number in brackets or quotes + a word («(4743) تمت», «(15) رحلة»)": r"\d\s*[)»”\"]\s*\p{L}+",
    "four-digit number + a word with «ب» («2006 بقيادة»)": r"(?<![\d.,])\d{4}\s+ب\p{L}{3,}",
    "postposed «عدة» («مناطق عدة», «فئات عدة»)": r"(?<!\p{L})\p{L}{3,}\s+عد[ةه](?!\p{L})",
    "decade («العشرينات», «الثمانينيات»)": r"(?<!\p{L})(?:ال)?(?:عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين"
    r"|ثمانين|تسعين)(?:ي)?ات(?!\p{L})",
    "clock time «07:00»": r"(?<!\d)\d{1,2}:\d{2}(?!\d)",
    "money in a currency name missing from currencies.tsv (تومان, روبية ..., بيزو, كرونة, رينغيت)": r"\d[\d.,]*"
    r"\s*(?:(?:مليون|مليار|ألف|الف)\s+)?(?:تومان|روبية|بيزو|كرونة|كرونات|رينغيت|رنجت|زلوتي|راند|شلن|نيرة|دونغ"
    r"|دولار\s+(?:كندي|أسترالي|استرالي|سنغافوري))",
    "definite cardinal before a plural («العشرة دولارات»)": r"(?<!\p{L})ال(?:ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية"
    r"|تسعة|عشرة)\s+\p{L}+(?:ات|ين|ون)(?!\p{L})",
}


def gold_places() -> tuple[set[tuple[str, int]], set[str]]:
    """The (file, index) pairs and text SHA-1s of every article in a gold file of benchmarks/."""
    places: set[tuple[str, int]] = set()
    shas: set[str] = set()
    for path in sorted((ROOT / "benchmarks").glob("*gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if "file" in rec and "index" in rec:
                places.add((rec["file"], rec["index"]))
            if "sha1" in rec:
                shas.add(rec["sha1"])
    return places, shas


def unused_articles(data: Path) -> list[tuple[str, int, dict[str, str]]]:
    """The articles of the two allowed days with 300–3,000 characters in no gold file, in file order."""
    places, shas = gold_places()
    out = []
    for day in DAYS:
        for i, art in enumerate(json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8"))):
            text = art["content"]
            if not 300 <= len(text) <= 3000 or (day, i) in places:
                continue
            if hashlib.sha1(text.encode("utf-8")).hexdigest() in shas:
                continue
            out.append((day, i, art))
    return out


def pool(data: Path, docs: int, per_outlet: int, seed: int = SEED) -> list[tuple[str, int, dict[str, str]]]:
    """The drawn articles of the two allowed days, in the drawn order (shuffled with ``seed``)."""
    out = unused_articles(data)
    random.Random(seed).shuffle(out)
    kept: list[tuple[str, int, dict[str, str]]] = []
    per: Counter[str] = Counter()
    for day, i, art in out:
        if per[art["source"]] >= per_outlet:
            continue
        per[art["source"]] += 1
        kept.append((day, i, art))
        if len(kept) == docs:
            break
    return kept


def show(q: Quantity) -> str:
    """A quantity's kind, qualifier, text and set fields on one line."""
    shown = " ".join(f"{k}={getattr(q, k)}" for k in FIELDS if getattr(q, k) is not None)
    return f"{q.kind}/{q.qualifier} «{q.text}» {shown}"


def print_sample(arts: list[tuple[str, int, dict[str, str]]], size: int, context: int, seed: int) -> None:
    """Print one quantity drawn at random (``seed``) from each article that has any, up to ``size``."""
    rng = random.Random(seed)
    n = 0
    for day, i, art in arts:
        found = list(find_quantities(art["content"]))
        if not found:
            continue
        q = rng.choice(found)
        n += 1
        print_item(n, day, i, art, q, context, show(q))
        if n == size:
            break


def patterns(arts: list[tuple[str, int, dict[str, str]]], n_show: int, table: dict[str, str] = PATTERNS) -> None:
    """How often each class of ``table`` occurs in ``arts`` and what the stage does there."""
    words = sum(len(a["content"].split()) for _, _, a in arts)
    found = {(d, i): list(find_quantities(a["content"])) for d, i, a in arts}
    print(f"{len(arts)} articles, {words} words, {sum(map(len, found.values()))} system quantities\n")
    for name, pat in table.items():
        hits = []
        for day, i, art in arts:
            text = art["content"]
            for m in regex.finditer(pat, text, flags=regex.MULTILINE):
                over = [q for q in found[day, i] if q.start < m.end() and m.start() < q.end]
                hits.append((day, i, text, m, over))
        docs = len({(d, i) for d, i, *_ in hits})
        print(f"## {name}: {len(hits)} hits in {docs} articles")
        for day, i, text, m, over in hits[:n_show]:
            ctx = text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
            said = "; ".join(show(q) for q in over) or "-"
            print(f"  {day} {i}: …{ctx}…\n      system: {said}")
        print()


def parser(doc: str | None) -> argparse.ArgumentParser:
    """The options of a quantity review sample (this script's, and the later sessions' that reuse it)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--per-outlet", type=int, default=30)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--context", type=int, default=70, help="characters shown on each side")
    ap.add_argument("--patterns", action="store_true")
    ap.add_argument("--show", type=int, default=12, help="hits shown per class with --patterns")
    return ap


def main() -> None:
    args = parser(__doc__).parse_args()
    arts = pool(args.data, args.docs, args.per_outlet)
    if args.patterns:
        patterns(arts, args.show)
        return
    print_sample(arts, args.n, args.context, SEED)


if __name__ == "__main__":
    main()
