"""The entity stage: spans, labels, scores, proclitics, grouping, the shipped data files."""

from __future__ import annotations

import gzip
import json
import pickle
import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given, settings, strategies as st

from arabicnews import Document, Pipeline
from arabicnews.core.resources import data_path
from arabicnews.model.entity import Entity, entity_groups
from arabicnews.stages.entities.features import FeatureExtractor, Gazetteer, split_proclitic, word_shape
from arabicnews.stages.entities.grouping import group_mentions
from arabicnews.stages.entities.perceptron import LABELS, NerModel, default_model
from arabicnews.stages.entities.stage import EntityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline([TokenizerStage(), SentenceStage(), EntityStage()])


@pytest.fixture(scope="module")
def seed_doc(nlp: Pipeline, seed_text: str) -> Document:
    return nlp(seed_text)


def found(doc: Document) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in doc.entities}


# -- the stage on the seed article ---------------------------------------------------------------

SEED_ENTITIES = [
    *((name, "LOC") for name in ("سوريا", "حلب", "الرقة", "واشنطن", "موسكو", "جنيف", "روسيا", "لندن", "بريطانيا")),
    ("مكسيكو سيتى", "LOC"),
    ("الولايات المتحدة", "LOC"),
    *((name, "PER") for name in ("رامى عبدالرحمن", "ستفان دى ميستورا", "سيرجى لافروف", "فيليب هاموند")),
    *((name, "ORG") for name in ("داعش", "المرصد السورى لحقوق الانسان", "وكالة الصحافة الفرنسية", "التحالف الدولى")),
]


@pytest.mark.parametrize(("text", "label"), SEED_ENTITIES)
def test_seed_article_entities(seed_doc: Document, text: str, label: str) -> None:
    assert (text, label) in found(seed_doc)


def test_every_entity_points_at_its_text(seed_doc: Document) -> None:
    assert seed_doc.entities
    for ent in seed_doc.entities:
        assert seed_doc.text[ent.start : ent.end] == ent.text
        assert ent.label in ("PER", "LOC", "ORG", "MISC")
        assert 0.0 <= ent.score <= 1.0
        assert ent.group is not None
    seed_doc.validate()


def test_proclitic_stays_outside_the_span(seed_doc: Document) -> None:
    # «بسوريا» and «لمكسيكو سيتى»: the preposition is not part of the place.
    spans = {(e.start, e.end) for e in seed_doc.entities}
    at = seed_doc.text.index("بسوريا")
    assert (at + 1, at + len("بسوريا")) in spans
    at = seed_doc.text.index("لمكسيكو سيتى")
    assert (at + 1, at + len("لمكسيكو سيتى")) in spans


def test_mentions_of_one_person_share_a_group(seed_doc: Document) -> None:
    groups = {e.group for e in seed_doc.entities if e.text in ("فيليب هاموند", "هاموند")}
    assert len(groups) == 1
    names = [e.text for g in entity_groups(seed_doc.entities) for e in g if e.text == "فيليب هاموند"]
    assert names == ["فيليب هاموند"]


def test_different_entities_get_different_groups(seed_doc: Document) -> None:
    by_text = {e.text: e.group for e in seed_doc.entities}
    assert by_text["حلب"] != by_text["سوريا"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد إلى بسوريا أمس.", ("سوريا", "LOC")),
        ("وقال الرئيس الفرنسي فرانسوا هولاند إن الوضع خطير.", ("فرانسوا هولاند", "PER")),
        ("زار الوزير القاهرة وبغداد أمس.", ("القاهرة", "LOC")),
        ("ذكرت وكالة رويترز أن الاجتماع انتهى.", ("رويترز", "ORG")),
        ("التقى الوزير نظيره في موسكو يوم ٣ مايو.", ("موسكو", "LOC")),
    ],
)
def test_short_news_sentences(nlp: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(nlp(text))


@pytest.mark.parametrize("text", ["", "   ", "٣٥ ٪", "...", "hello world"])
def test_texts_without_names(nlp: Pipeline, text: str) -> None:
    doc = nlp(text)
    assert all(doc.text[e.start : e.end] == e.text for e in doc.entities)
    assert not [e for e in doc.entities if e.label != "MISC" and len(e.text) < 2]


def test_stage_protocol() -> None:
    st = EntityStage()
    assert (st.name, st.requires, st.provides) == ("entities", ("tokens",), ("entities",))
    with pytest.raises(Exception, match="tokens"):
        Pipeline([EntityStage()])


def test_stage_works_without_sentences() -> None:
    doc = Pipeline([TokenizerStage(), EntityStage()])("وقال مدير المرصد رامي عبدالرحمن إن الغارات استهدفت حلب.")
    assert ("حلب", "LOC") in found(doc)


def test_stage_and_documents_pickle(nlp: Pipeline) -> None:
    doc = nlp("استهدفت الغارات مدينة حلب في شمال سوريا.")
    assert pickle.loads(pickle.dumps(doc)) == doc
    again = pickle.loads(pickle.dumps(nlp))
    assert again("استهدفت الغارات مدينة حلب في شمال سوريا.") == doc


def test_round_trip_through_dict(nlp: Pipeline) -> None:
    doc = nlp("وقال وزير الخارجية الروسي سيرجي لافروف في موسكو.")
    assert Document.from_dict(doc.to_dict()) == doc


def test_entities_are_sorted_and_do_not_overlap(seed_doc: Document) -> None:
    ents = seed_doc.entities
    assert all(a.end <= b.start for a, b in pairwise(ents))


# -- grouping ------------------------------------------------------------------------------------


def ent(text: str, start: int, label: str = "PER") -> Entity:
    return Entity(text, start, start + len(text), label)  # type: ignore[arg-type]


def test_group_person_by_surname() -> None:
    out = group_mentions([ent("فيليب هاموند", 0), ent("سيرجي لافروف", 20), ent("هاموند", 40)])
    assert [e.group for e in out] == [0, 1, 0]


def test_group_organisation_by_leading_words() -> None:
    out = group_mentions(
        [
            ent("المرصد السوري لحقوق الانسان", 0, "ORG"),
            ent("المرصد السوري", 40, "ORG"),
            ent("المرصد", 60, "ORG"),
            ent("الأمم المتحدة", 70, "ORG"),
        ]
    )
    assert [e.group for e in out] == [0, 0, 0, 1]


def test_group_folds_spelling_variants() -> None:
    out = group_mentions([ent("المرصد السورى", 0, "ORG"), ent("المرصد السوري", 20, "ORG")])
    assert out[0].group == out[1].group


def test_group_needs_the_same_label() -> None:
    out = group_mentions([ent("واشنطن", 0, "LOC"), ent("واشنطن", 10, "PER")])
    assert out[0].group != out[1].group


def test_group_does_not_join_different_organisations() -> None:
    out = group_mentions([ent("وزارة الخارجية", 0, "ORG"), ent("وزارة الدفاع", 20, "ORG")])
    assert out[0].group != out[1].group


def _reference_groups(mentions: list[Entity]) -> list[int]:
    """The grouping rule stated plainly: try every earlier group, most recent first."""
    from arabicnews.stages.entities.grouping import _same_entity, _words

    groups: list[tuple[str, list[tuple[str, ...]]]] = []
    last: list[int] = []
    out = []
    for pos, e in enumerate(sorted(mentions, key=lambda m: (m.start, m.end))):
        words = _words(e.text)
        chosen = next(
            (
                g
                for g in sorted(range(len(groups)), key=lambda g: -last[g])
                if groups[g][0] == e.label and any(_same_entity(e.label, f, words) for f in groups[g][1])
            ),
            -1,
        )
        if chosen < 0:
            chosen = len(groups)
            groups.append((e.label, []))
            last.append(pos)
        last[chosen] = pos
        if words not in groups[chosen][1]:
            groups[chosen][1].append(words)
        out.append(chosen)
    return out


_NAME_WORDS = ["أحمد", "محمد", "هاموند", "فيليب", "المرصد", "السوري", "لحقوق", "لتحالف", "التحالف", "دي", "-", "\u064e"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=4),
            st.sampled_from(["PER", "PER", "ORG", "LOC"]),
        ),
        max_size=25,
    )
)
def test_indexed_grouping_equals_the_plain_rule(spec: list[tuple[list[str], str]]) -> None:
    mentions = [ent(" ".join(words), 10 * i, label) for i, (words, label) in enumerate(spec)]
    assert [e.group for e in group_mentions(mentions)] == _reference_groups(mentions)


def test_entity_groups_view() -> None:
    grouped = group_mentions([ent("أحمد", 0), ent("سعيد", 10), ent("أحمد", 20)])
    assert [[e.start for e in g] for g in entity_groups(grouped)] == [[0, 20], [10]]
    assert entity_groups([ent("أحمد", 0), ent("أحمد", 9)]) == ((ent("أحمد", 0),), (ent("أحمد", 9),))


# -- the model's pieces ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بسوريا", ("ب", "سوريا")),
        ("وبريطانيا", ("و", "بريطانيا")),
        ("والعراق", ("و", "العراق")),
        ("بالقاهره", ("ب", "القاهره")),
        ("للولايات", ("ل", "الولايات")),
        ("برلين", ("", "برلين")),
        ("لندن", ("", "لندن")),
        ("وليد", ("", "وليد")),
    ],
)
def test_split_proclitic(word: str, expected: tuple[str, str]) -> None:
    vocab = {"سوريا": 40, "بسوريا": 2, "بريطانيا": 30, "برلين": 12, "لندن": 9, "وليد": 3}
    assert split_proclitic(word, vocab) == expected


@pytest.mark.parametrize(("word", "shape"), [("سوريا", "a"), ("2014", "d"), ("IUPAC", "L"), ("linux", "l"), ("«", "«")])
def test_word_shape(word: str, shape: str) -> None:
    assert word_shape(word) == shape


def test_gazetteer_longest_match() -> None:
    gaz = Gazetteer([("LOC", "الولايات المتحدة"), ("LOC", "الولايات"), ("T-LOC", "مدينة")])
    assert gaz.tag(["في", "الولايات", "المتحده", "مدينه"]) == ["", "B-LOC", "I-LOC", "T-LOC"]


def test_gazetteer_file_is_nfc_and_well_formed() -> None:
    classes = {"PER", "LOC", "ORG", "MISC", "T-PER", "T-LOC", "T-ORG"}
    text = data_path("ner/gazetteer.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        assert line == unicodedata.normalize("NFC", line), f"line {n} is not NFC"
        assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in line), f"line {n} has presentation forms"
        if line and not line.startswith("#"):
            cls, phrase = line.split("\t")
            assert cls in classes and phrase.strip() == phrase and phrase


@pytest.mark.parametrize(
    ("name", "classes"), [("ner/gazetteer_places.tsv", {"GEO"}), ("ner/gazetteer_names.tsv", {"NAME"})]
)
def test_built_gazetteer_files_are_well_formed(name: str, classes: set[str]) -> None:
    lines = [line for line in data_path(name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert len(lines) > 1000
    for n, line in enumerate(lines, 1):
        cls, phrase = line.split("\t")
        assert cls in classes, f"{name} line {n}"
        assert phrase == unicodedata.normalize("NFC", phrase) and phrase == " ".join(phrase.split()), f"{name} line {n}"
        assert not set(phrase) & set("کگیپچژ"), f"{name} line {n} is not in Arabic letters"


def test_gazetteer_files_load_in_order_earlier_first() -> None:
    gaz = Gazetteer.load(("ner/gazetteer.tsv", "ner/gazetteer_places.tsv"))
    assert gaz.entries[("سوريا",)] == "LOC"  # the hand-written class wins
    assert gaz.entries[("نهاريا",)] == "GEO"
    assert ("نهاريا",) not in Gazetteer.load().entries


def test_model_file_names_the_gazetteers_it_was_trained_with() -> None:
    data = {"labels": list(LABELS), "weights": {}, "transitions": [[0.0] * len(LABELS)] * (len(LABELS) + 1)}
    data["vocab"] = {}
    assert ("نهاريا",) not in NerModel.from_dict(data).gazetteer.entries
    data["gazetteers"] = ["ner/gazetteer.tsv", "ner/gazetteer_places.tsv"]
    assert NerModel.from_dict(data).gazetteer.entries[("نهاريا",)] == "GEO"


def test_a_new_outside_bias_takes_effect_after_tagging() -> None:
    data = {"labels": list(LABELS), "weights": {}, "transitions": [[0.0] * len(LABELS)] * (len(LABELS) + 1)}
    data["vocab"] = {}
    model = NerModel.from_dict(data)
    words = ["قال", "الرئيس", "جورج", "بوش"]
    before, _ = model.sentence_emissions(words)
    model.outside_bias = -4.0
    after, _ = model.sentence_emissions(words)
    assert [row[0] for row in after] == [b[0] - 4.0 for b in before]


@pytest.mark.parametrize(
    ("raw", "kept"),
    [("إسكالديس-إنجورداني", "إسكالديس إنجورداني"), ("اسکالدس", None), ("Paris", None), ("اَلسَّدّ", "اَلسَّدّ"), ("بو", None)],
)
def test_gazetteer_builder_keeps_arabic_letters_only(raw: str, kept: str | None) -> None:
    from arabicnews.train.gazetteers import clean

    assert clean(raw) == kept


def test_model_file_is_small_and_consistent() -> None:
    path = data_path("ner/model.json.gz")
    with path.open("rb") as fh:
        raw = fh.read()
    assert len(raw) <= 20 * 1024 * 1024
    data = json.loads(gzip.decompress(raw))
    assert data["labels"] == list(LABELS)
    assert set(data["corpora"]) <= {"anercorp", "aqmar"}
    assert len(data["transitions"]) == len(LABELS) + 1


def test_model_loads_once() -> None:
    assert default_model() is default_model()


def test_transitions_forbid_inside_without_begin() -> None:
    model = default_model()
    tags, _ = model.tag(["قال", "الرئيس", "جورج", "بوش"])
    for prev, tag in zip(["O", *tags], tags, strict=False):
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:]


def test_margins_are_non_negative() -> None:
    _, margins = default_model().tag(["زار", "الوزير", "موسكو", "."])
    assert len(margins) == 4 and all(m >= 0 for m in margins)


def test_confidence_is_monotone_and_bounded() -> None:
    model = default_model()
    values = [model.confidence(m) for m in (0.0, 1.0, 5.0, 50.0, 1e6)]
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)


def test_custom_model_is_used() -> None:
    gaz = Gazetteer([])
    trans = [[0.0] * len(LABELS) for _ in range(len(LABELS) + 1)]
    model = NerModel({"w=زيد": ((1, 5.0),)}, trans, {}, gaz)
    doc = Pipeline([TokenizerStage(), EntityStage(model)])("جاء زيد")
    assert [(e.text, e.label) for e in doc.entities] == [("زيد", "PER")]


def test_fast_emissions_equal_the_feature_sums() -> None:
    """The cached per-word sums give the scores of the full feature lists that training sees."""
    model = default_model()
    sentences = [
        ["وقال", "وزير", "الخارجية", "الروسي", "سيرجي", "لافروف", "في", "موسكو", "إن", "«داعش»", "."],
        ["وقال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن", "إن", "وكالة", "الصحافة", "الفرنسية"],
        ["المرصد", "السوري", "لحقوق", "الإنسان", "في", "مدينة", "حلب", "بسوريا"],
        ["x"],
    ]
    seen_gazetteer = seen_trigger = False
    for words in sentences:
        fast, gaz = model.sentence_emissions(words)
        feats, gaz2 = model.extract.analyse(words)
        slow = model.emissions(feats)
        assert gaz == gaz2
        seen_gazetteer |= any(g and not g.startswith("T-") for g in gaz)
        seen_trigger |= any(g.startswith("T-") for g in gaz)
        for row_fast, row_slow in zip(fast, slow, strict=True):
            assert row_fast == pytest.approx(row_slow, abs=1e-6)
    assert seen_gazetteer and seen_trigger


def test_pruned_decoding_agrees_with_exact_viterbi(seed_text: str) -> None:
    import math

    from arabicnews.stages.tokens import tokenize

    model = default_model()
    words = [t.text for t in tokenize(seed_text)]
    for i in range(0, len(words), 40):
        emit, _ = model.sentence_emissions(words[i : i + 40])
        assert model.decode(emit)[0] == model.decode(emit, prune=math.inf)[0]


def test_propagate_tags_a_surname_in_nearby_sentences() -> None:
    from arabicnews.stages.entities.postprocess import propagate

    tags = [["O", "B-PER", "I-PER"], ["O", "O"], ["O", "O"]]
    stems = [["قال", "فيليب", "هاموند"], ["اكد", "هاموند"], ["اكد", "هاموند"]]
    assert propagate(tags, stems, window=1) == [["O", "B-PER", "I-PER"], ["O", "B-PER"], ["O", "O"]]


def test_propagate_never_cuts_an_entity() -> None:
    from arabicnews.stages.entities.postprocess import propagate

    tags = [["B-LOC"], ["B-ORG", "I-ORG"]]
    stems = [["الاردن"], ["الاردن", "الرياضي"]]  # «الأردن» inside an organisation stays inside it
    assert propagate(tags, stems) == [["B-LOC"], ["B-ORG", "I-ORG"]]


def test_harmonise_gives_a_surname_the_label_of_the_full_name() -> None:
    from arabicnews.stages.entities.postprocess import harmonise_labels

    # A headline «دي ميستورا» tagged MISC on a weak margin; «ستفان دي ميستورا» PER further down.
    tags = [["B-MISC", "I-MISC", "O"], ["O", "B-PER", "I-PER", "I-PER"]]
    margins = [[1.0, 1.0, 5.0], [5.0, 8.0, 9.0, 7.0]]
    stems = [["دي", "ميستورا", "يحاول"], ["قال", "ستفان", "دي", "ميستورا"]]
    assert harmonise_labels(tags, margins, stems) == [["B-PER", "I-PER", "O"], ["O", "B-PER", "I-PER", "I-PER"]]


def test_harmonise_keeps_a_label_more_confident_than_the_others() -> None:
    from arabicnews.stages.entities.postprocess import harmonise_labels

    tags = [["B-LOC"], ["B-ORG"], ["B-LOC", "O"]]
    margins = [[9.0], [2.0], [3.0, 4.0]]
    stems = [["حلب"], ["حلب"], ["حلب", "قال"]]
    # the ORG mention is the weakest and becomes LOC; the LOC ones keep their label
    assert harmonise_labels(tags, margins, stems) == [["B-LOC"], ["B-LOC"], ["B-LOC", "O"]]
    # a place's name is not a surname: only a person's name lends its last words
    assert harmonise_labels([["B-LOC", "I-LOC"], ["B-ORG"]], [[9.0, 9.0], [1.0]], [["جبل", "لبنان"], ["لبنان"]]) == [
        ["B-LOC", "I-LOC"],
        ["B-ORG"],
    ]


def test_group_restores_the_article_after_lam() -> None:
    out = group_mentions([ent("التحالف الدولى", 0, "ORG"), ent("لتحالف الدولى", 30, "ORG")])
    assert out[0].group == out[1].group


def test_title_is_not_part_of_the_person(seed_doc: Document) -> None:
    assert not [e for e in seed_doc.entities if e.label == "PER" and e.text.startswith(("مدير", "وزير"))]


# -- features from outside the training words: general frequency and the jackknifed lexicon -------


def test_frequency_features_tell_a_rare_name_from_a_common_adjective() -> None:
    # «هاموند» is rare and never takes the article; «الروسي» is frequent, and so is «روسي».
    zipf = {"هاموند": 6, "الروسي": 9, "روسي": 8}
    extract = FeatureExtractor({}, Gazetteer([]), zipf)
    assert {"z=6", "za=n-4"} <= set(extract.info("هاموند").local)
    assert {"z=9", "za=a1"} <= set(extract.info("الروسي").local)
    assert {"z=0", "za=n0"} <= set(extract.info("زنغبار").local)  # unknown to the list


def test_no_frequency_or_lexicon_features_without_their_tables() -> None:
    local = FeatureExtractor({}, Gazetteer([])).info("هاموند").local
    assert not [f for f in local if f.startswith(("z=", "za=", "zu=", "lx="))]


def test_lexicon_feature_uses_the_stem_and_reaches_the_neighbours() -> None:
    extract = FeatureExtractor({"سوريا": 5}, Gazetteer([]), lexicon={"سوريا": "B-LOC:h"})
    info = extract.info("بسوريا")
    assert "lx=B-LOC:h" in info.local
    assert "lx-1=B-LOC:h" in info.roles[0] and "lx+1=B-LOC:h" in info.roles[1]
    assert "lx=" in extract.info("قال").local


def test_lexicon_is_jackknifed_over_runs_of_sentences() -> None:
    from arabicnews.evaluate.corpora import TaggedSentence
    from arabicnews.train.ner import build_lexicon, fold_extractors

    sents = [
        TaggedSentence(("زار", "هاموند"), ("O", "B-PER")),
        TaggedSentence(("قال", "هاموند"), ("O", "B-PER")),
        TaggedSentence(("زار", "لندن"), ("O", "B-LOC")),
        TaggedSentence(("لندن", "كبيرة"), ("O", "O")),
    ]
    extract = FeatureExtractor({}, Gazetteer([]))
    assert build_lexicon(sents, extract) == {"هاموند": "B-PER:h", "لندن": "B-LOC:h"}
    folds = fold_extractors(sents, extract, 2)
    assert [end for end, _ in folds] == [2, 4]
    # The first run's sentences see only the second run's names, and the other way round.
    assert dict(folds[0][1].lexicon) == {"لندن": "B-LOC:h"}
    assert dict(folds[1][1].lexicon) == {"هاموند": "B-PER:h"}


def test_ensemble_weights_are_the_mean_of_its_members() -> None:
    from arabicnews.train.ner import Ensemble, Perceptron

    a, b = Perceptron(), Perceptron()
    for member, value in ((a, 2.0), (b, 4.0)):
        member.ids([["w=زيد"]], grow=True)
        member.w[0][1] = value  # nothing accumulated: the average is the weight itself
        member.tw[0][1] = value
    weights, trans = Ensemble([a, b]).averaged()
    assert weights == {"w=زيد": [1, 3.0]}
    assert trans[0][1] == 3.0 and trans[1][1] == 0.0


def test_shipped_lexicon_is_well_formed() -> None:
    import re

    data = json.loads(gzip.decompress(data_path("ner/model.json.gz").read_bytes()))
    code = re.compile(r"[BI]-(PER|LOC|ORG|MISC):[hl]")
    assert all(code.fullmatch(v) for v in data.get("lexicon", {}).values())
    assert all(isinstance(v, int) and v >= 4 for v in data.get("zipf", {}).values())


def test_a_shipped_model_is_chosen_by_name() -> None:
    from arabicnews.core.errors import PipelineError
    from arabicnews.stages.entities.perceptron import AQMAR_MODEL_FILE, SHIPPED_MODELS, shipped_model

    assert SHIPPED_MODELS["aqmar"] == AQMAR_MODEL_FILE
    stage = EntityStage(model="aqmar")
    assert stage.model is shipped_model("aqmar")
    assert EntityStage(model="default").model is default_model() is EntityStage().model
    assert repr(pickle.loads(pickle.dumps(stage))) == "EntityStage(model='aqmar')"
    with pytest.raises(PipelineError, match="aqmar"):
        EntityStage(model="wikipedia")
