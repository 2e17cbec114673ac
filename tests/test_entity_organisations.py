"""The hand-written list of Arabic organisation names (``ner/gazetteer_organisations.tsv``)."""

from __future__ import annotations

import unicodedata

import pytest

from arabicnews.core.resources import data_path, read_table
from arabicnews.stages.entities.features import Gazetteer
from arabicnews.stages.entities.postprocess import tag_gazetteer_names
from arabicnews.train.ner import GAZETTEERS, WITH_ORGANISATIONS, gazetteer_files

ORGANISATIONS = "ner/gazetteer_organisations.tsv"


def test_organisation_list_is_well_formed() -> None:
    lines = [line for line in data_path(ORGANISATIONS).read_text(encoding="utf-8").splitlines() if line]
    entries = [line for line in lines if not line.startswith("#")]
    assert len(entries) > 1000
    keys = set()
    for n, line in enumerate(entries, 1):
        cls, phrase = line.split("\t")
        assert cls == "ORGL", f"line {n}"
        assert phrase == unicodedata.normalize("NFC", phrase) and phrase == " ".join(phrase.split()), f"line {n}"
        assert not set(phrase) & set("کگیپچژ"), f"line {n} is not in Arabic letters"
        key = Gazetteer.key(phrase)
        assert key not in keys, f"line {n} repeats a normalised form"
        keys.add(key)


def test_organisation_list_leaves_out_what_earlier_lists_have() -> None:
    """An entry the hand-written list or the places list already has would never be used."""
    own = {Gazetteer.key(p) for _, p in read_table(ORGANISATIONS, 2)}
    for name in ("ner/gazetteer.tsv", "ner/gazetteer_places.tsv"):
        assert not own & {Gazetteer.key(p) for _, p in read_table(name, 2)}, name


def test_organisation_names_are_a_feature_class_of_their_own() -> None:
    gaz = Gazetteer.load(("ner/gazetteer.tsv", "ner/gazetteer_places.tsv", ORGANISATIONS))
    words = ["فاز", "يوفنتوس", "على", "مانشستر", "سيتي", "في", "ليفربول"]
    tags = gaz.tag(words)
    assert tags[1] == "ORGL" and tags[3:5] == ["B-ORGL", "I-ORGL"]
    assert tags[6] == "GEO"  # the city: the places list comes first
    # Only a feature: a multi-word name of this list is not tagged whole by the post-processing step.
    bio = ["O"] * len(words)
    assert not tag_gazetteer_names(bio, [0.0] * len(words), tags)
    assert bio == ["O"] * len(words)


def test_training_command_takes_the_list_on_request() -> None:
    assert gazetteer_files("gazetteer.tsv,gazetteer_organisations.tsv") == ("ner/gazetteer.tsv", ORGANISATIONS)
    # Not in the default recipe (measured, not shipped); on request after the places (a club named
    # after its city stays a place) and before the person names.
    assert "gazetteer_organisations.tsv" not in GAZETTEERS
    assert WITH_ORGANISATIONS == (
        "gazetteer.tsv",
        "gazetteer_places.tsv",
        "gazetteer_organisations.tsv",
        "gazetteer_names.tsv",
    )
    with pytest.raises(SystemExit, match="unknown gazetteer"):
        gazetteer_files("gazetteer_clubs.tsv")


def test_list_dropout_hides_only_the_organisation_class() -> None:
    from arabicnews.train.ner import hide_list_class

    assert [hide_list_class(f) for f in ("g=ORGL", "g-1=B-ORGL", "g+1=I-ORGL")] == ["g=", "g-1=", "g+1="]
    for kept in ("g=GEO", "g=B-ORG", "w=ORGL", "g-1=NAME", "tr=T-ORG1"):
        assert hide_list_class(kept) == kept


def test_training_with_list_dropout_one_never_shows_the_list() -> None:
    from arabicnews.evaluate.corpora import TaggedSentence
    from arabicnews.stages.entities.features import FeatureExtractor
    from arabicnews.train.ner import train

    sentences = [
        TaggedSentence(("فاز", "يوفنتوس", "أمس"), ("O", "B-ORG", "O")),
        TaggedSentence(("زار", "عمرو", "دمشق"), ("O", "B-PER", "B-LOC")),
    ] * 4
    extract = FeatureExtractor({}, Gazetteer([("ORGL", "يوفنتوس")]))
    shown = train(sentences, extract, epochs=3, seed=1, jackknife=0).averaged()[0]
    hidden = train(sentences, extract, epochs=3, seed=1, jackknife=0, list_dropout=1.0).averaged()[0]
    assert "g=ORGL" in shown
    assert "g=ORGL" not in hidden and "g-1=ORGL" not in hidden
