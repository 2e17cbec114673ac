from __future__ import annotations

import gc
from typing import ClassVar

import pytest

import arabicnews
from arabicnews import Document, FunctionStage, Pipeline, PipelineError, Span, StageError, stage
from arabicnews.core.pipeline import stage_trusted, stage_uses
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.entities.stage import EntityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

BASE = Pipeline([TokenizerStage(), SentenceStage()])


@stage(requires=["tokens"], provides=["numbers"])
def numbers(doc: Document) -> Document:
    return doc.with_layer("numbers", [Span(t.text, t.start, t.end, "NUM") for t in doc.tokens if t.kind == "number"])


class Shouting:
    """A class-based user stage: marks Latin words written in capitals."""

    name: ClassVar[str] = "shouting"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("shouting",)

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("shouting", [Span(t.text, t.start, t.end) for t in doc.tokens if t.text.isupper()])


def test_a_user_stage_added_after_tokens() -> None:
    nlp = BASE.add(numbers, after="tokens")
    assert nlp.names == ("tokens", "numbers", "sentences")
    doc = nlp("قتل ٣٥ شخصا و12 جريحا")
    assert [s.text for s in doc.layer("numbers")] == ["٣٥", "و12"]


def test_add_returns_a_new_pipeline() -> None:
    base = BASE
    extended = base.add(Shouting())
    assert base.names == ("tokens", "sentences")
    assert extended.names == ("tokens", "sentences", "shouting")
    assert [s.text for s in extended("قالت AFP و BBC").layer("shouting")] == ["AFP", "BBC"]


def test_add_positions() -> None:
    base = BASE
    assert base.add(numbers, before="sentences").names == ("tokens", "numbers", "sentences")
    assert base.add(Shouting(), after="tokens").names == ("tokens", "shouting", "sentences")
    with pytest.raises(PipelineError, match="requires 'tokens'"):
        base.add(numbers, first=True)
    with pytest.raises(PipelineError, match="at most one"):
        base.add(numbers, before="sentences", after="tokens")


def test_replace_and_remove() -> None:
    base = BASE
    assert base.remove("sentences").names == ("tokens",)

    @stage(name="sentences", requires=["tokens"], provides=["sentences"])
    def one_sentence(doc: Document) -> Document:
        from arabicnews.model.spans import Sentence

        return doc.with_layer("sentences", [Sentence(doc.text, 0, len(doc.text))] if doc.text else [])

    doc = base.replace("sentences", one_sentence)("أ. ب.")
    assert [s.text for s in doc.sentences] == ["أ. ب."]
    with pytest.raises(PipelineError, match="no stage named 'nope'"):
        base.remove("nope")


def test_unmet_requirement_names_stage_and_layers() -> None:
    with pytest.raises(PipelineError, match=r"stage 'numbers' requires 'tokens'.*provided before it: none"):
        Pipeline([numbers])


def test_duplicate_names_are_rejected() -> None:
    with pytest.raises(PipelineError, match="two stages are named 'tokens'"):
        arabicnews.default_pipeline().add(arabicnews.default_pipeline().get("tokens"))


def test_a_non_stage_is_rejected() -> None:
    with pytest.raises(PipelineError, match="is not a stage"):
        Pipeline([object()])  # type: ignore[list-item]


def test_a_plain_function_is_wrapped() -> None:
    def mark(doc: Document) -> Document:
        return doc.with_layer("mark", [])

    nlp = arabicnews.default_pipeline().add(mark)
    assert nlp.names[-1] == "mark"
    assert nlp("نص").layer("mark") == ()


def test_a_stage_returning_something_else_is_named() -> None:
    @stage
    def broken(doc: Document) -> Document:
        return "oops"  # type: ignore[return-value]

    with pytest.raises(StageError, match="stage 'broken': returned str, not a Document"):
        Pipeline([broken])("نص")


def test_a_stage_that_rewrites_text_is_named() -> None:
    @stage
    def rewrite(doc: Document) -> Document:
        return Document(doc.text.upper())

    with pytest.raises(StageError, match="stage 'rewrite': changed the document text"):
        Pipeline([rewrite])("abc")


def test_a_stage_with_a_bad_span_is_named_with_the_span() -> None:
    @stage(provides=["bad"])
    def bad(doc: Document) -> Document:
        return doc.with_layer("bad", [Span("xyz", 0, 3)], validate=False)

    with pytest.raises(StageError, match=r"stage 'bad': layer 'bad': span \[0, 3\) holds 'قال'"):
        Pipeline([bad])("قال المرصد")


def test_a_stage_that_does_not_provide_what_it_declares() -> None:
    @stage(provides=["x"])
    def lazy(doc: Document) -> Document:
        return doc

    with pytest.raises(StageError, match="declares it provides"):
        Pipeline([lazy])("نص")


def test_pipe_preserves_order_and_is_lazy() -> None:
    seen: list[str] = []

    def texts():  # type: ignore[no-untyped-def]
        for t in ["أ", "ب", "ج", "د", "ه"]:
            seen.append(t)
            yield t

    gen = arabicnews.default_pipeline().pipe(texts(), batch_size=2)
    first = next(gen)
    assert first.text == "أ" and seen == ["أ", "ب"]
    assert [d.text for d in gen] == ["ب", "ج", "د", "ه"]


def test_pipe_rejects_a_bad_batch_size() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        list(arabicnews.default_pipeline().pipe(["x"], batch_size=0))


def test_pipelines_pickle() -> None:
    import pickle

    nlp = pickle.loads(pickle.dumps(arabicnews.default_pipeline()))
    assert nlp("قال").tokens[0].text == "قال"


def test_repr_lists_stages() -> None:
    assert repr(BASE) == "Pipeline([tokens, sentences])"
    assert repr(arabicnews.default_pipeline()) == "Pipeline([tokens, sentences, quantities, entities, attributions])"


def test_decorated_stage_pickles_by_name() -> None:
    import pickle

    from test_parallel import fails_on_seven

    again = pickle.loads(pickle.dumps(fails_on_seven))
    assert again is fails_on_seven


def test_the_collector_is_paused_during_a_run_and_restored_after() -> None:
    seen: list[bool] = []

    @stage(name="probe")
    def probe(doc: Document) -> Document:
        seen.append(gc.isenabled())
        return doc

    @stage(name="boom")
    def boom(doc: Document) -> Document:
        raise ValueError("boom")

    assert gc.isenabled()
    Pipeline([probe])("نص")
    assert seen == [False] and gc.isenabled()
    with pytest.raises(ValueError, match="boom"):
        Pipeline([boom])("نص")
    assert gc.isenabled()
    gc.disable()
    try:
        Pipeline([probe])("نص")
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()


# -- uses: layers a stage reads when they are present ----------------------------------------------


class EntityAwareAttributions(AttributionStage):
    """The attribution stage declaring what it reads when present (as the built-in one does)."""

    uses: ClassVar[tuple[str, ...]] = ("entities",)


def _plain(doc: Document) -> Document:
    return doc


def test_a_used_layer_provided_only_by_a_later_stage_is_refused_with_what_to_move() -> None:
    with pytest.raises(PipelineError) as err:
        Pipeline([TokenizerStage(), SentenceStage(), EntityAwareAttributions(), EntityStage()])
    message = str(err.value)
    assert "stage 'attributions' uses the 'entities' layer" in message
    assert "but only the later stage 'entities' provides it" in message
    assert "move 'entities' before 'attributions'" in message


def test_the_seed_order_that_loses_speakers_is_refused(seed_text: str) -> None:
    # Run by hand, attributions before entities resolve 8 speakers on the seed article, 10 after.
    doc = SentenceStage()(TokenizerStage()(Document(seed_text)))
    early = EntityAwareAttributions()(doc)
    late = EntityAwareAttributions()(EntityStage()(doc))
    assert sum(a.speaker is not None for a in early.attributions) == 8
    assert sum(a.speaker is not None for a in late.attributions) == 10
    with pytest.raises(PipelineError, match="move 'entities' before 'attributions'"):
        Pipeline([TokenizerStage(), SentenceStage(), EntityAwareAttributions(), EntityStage()])
    right = Pipeline([TokenizerStage(), SentenceStage(), EntityStage(), EntityAwareAttributions()])
    assert right(seed_text).attributions == late.attributions


def test_the_entity_stage_uses_sentences() -> None:
    assert stage_uses(EntityStage()) == ("sentences",)
    with pytest.raises(PipelineError, match="move 'sentences' before 'entities'"):
        Pipeline([TokenizerStage(), EntityStage(), SentenceStage()])


def test_a_used_layer_that_no_stage_provides_is_fine() -> None:
    nlp = Pipeline([TokenizerStage(), EntityStage()])
    assert nlp.names == ("tokens", "entities")
    assert arabicnews.default_pipeline().remove("entities").names[-1] == "attributions"


def test_a_used_layer_provided_before_and_again_after_is_fine() -> None:
    again = FunctionStage(_plain, "sentences_again", ("tokens",), ("sentences",))
    nlp = Pipeline([TokenizerStage(), SentenceStage(), EntityStage(), again])
    assert nlp.names[-1] == "sentences_again"


def test_add_checks_uses_too() -> None:
    @stage(uses=["quantities"], provides=["peek"])
    def peek(doc: Document) -> Document:
        return doc.with_layer("peek", [])

    assert stage_uses(peek) == ("quantities",)
    with pytest.raises(
        PipelineError, match=r"stage 'peek' uses the 'quantities' layer.*move 'quantities' before 'peek'"
    ):
        arabicnews.default_pipeline().add(peek, after="tokens")
    assert arabicnews.default_pipeline().add(peek).names[-1] == "peek"


def test_uses_must_be_a_tuple_of_names() -> None:
    class Sloppy:
        name: ClassVar[str] = "sloppy"
        requires: ClassVar[tuple[str, ...]] = ()
        provides: ClassVar[tuple[str, ...]] = ()
        uses: ClassVar[str] = "entities"

        def __call__(self, doc: Document, /) -> Document:
            return doc

    with pytest.raises(PipelineError, match=r"stage 'sloppy': uses must be a tuple of layer names"):
        Pipeline([Sloppy()])


def test_a_stage_without_uses_uses_nothing() -> None:
    assert stage_uses(Shouting()) == () and stage_uses(numbers) == ()


def test_a_function_stage_with_uses_pickles() -> None:
    import pickle

    st = FunctionStage(_plain, "plain", ("tokens",), ("plain",), ("entities",))
    again = pickle.loads(pickle.dumps(st))
    assert again == st and again.uses == ("entities",)


# -- trusted: the one switch of the pipeline's offset check ----------------------------------------


def test_only_stages_that_say_so_are_trusted() -> None:
    assert stage_trusted(TokenizerStage()) and stage_trusted(EntityStage())
    assert not stage_trusted(AttributionStage()) and not stage_trusted(numbers) and not stage_trusted(Shouting())


def test_the_pipeline_leaves_a_trusted_stages_layers_unchecked() -> None:
    class Careless:
        name: ClassVar[str] = "careless"
        requires: ClassVar[tuple[str, ...]] = ()
        provides: ClassVar[tuple[str, ...]] = ("bad",)
        trusted: ClassVar[bool] = True

        def __call__(self, doc: Document, /) -> Document:
            return doc.with_layer("bad", [Span("xyz", 0, 3)], validate=False)

    assert Pipeline([Careless()])("قال المرصد").layer("bad") == (Span("xyz", 0, 3),)
