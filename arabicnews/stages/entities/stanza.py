"""The stanza backend: stanza's NER model run on arabicnews tokens, entities mapped back by token index.

:class:`StanzaEntityStage` is a drop-in ``entities`` stage for users who have stanza and its models
(``pip install -e '.[stanza]'`` in the checkout, then ``arabicnews download``). It hands stanza *our* tokens as
pretokenized sentences, so stanza never re-tokenizes the text, and reads stanza's tag of each token
back by its index: stanza's own character offsets for pretokenized input are synthetic (the tokens
joined by single spaces) and never point into the original text, so they are not used at all.

What stanza sees (``feed``):

- ``"tokens"`` (the default): each token as written, clitics attached («بسوريا»). stanza's Arabic NER
  model is trained on AQMAR and the test model on ANERcorp, both tokenized that way, so this is what
  the models expect. The entity span then starts after the first token's proclitics.
- ``"stems"``: each token's stem with its letters restored (``token.stem.form``: «للأحياء» →
  «الأحياء»), proclitics and enclitics dropped, for a model trained on clitic-split text. The span
  starts at the first token's stem and ends at the last token's stem.

Either way a proclitic is outside the span: «بسوريا» gives «سوريا».

stanza and torch are imported only when the stage first runs (or :meth:`StanzaEntityStage.load` is
called); nothing here downloads anything: the stage loads stanza with ``download_method=None``.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar, Literal, get_args

from attrs import field, frozen

from arabicnews.core.document import Document
from arabicnews.core.errors import BackendNotInstalledError, ModelNotFoundError, PipelineError, StageError
from arabicnews.model.entity import Entity, EntityLabel
from arabicnews.model.spans import Token, sentence_token_ranges
from arabicnews.stages.entities.bio import bio_spans
from arabicnews.stages.entities.grouping import group_mentions

Feed = Literal["tokens", "stems"]
"""What the stage gives stanza for each token: the token as written, or its restored stem."""

STANZA_LABELS: Mapping[str, EntityLabel | None] = {
    "PER": "PER",
    "PERS": "PER",  # ANERcorp's spelling
    "PERSON": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "MISC": "MISC",
}
"""stanza entity types and the arabicnews label each becomes; a type not listed (or mapped to ``None``)
is dropped, so a model with dates or numbers among its types adds no bogus MISC entities."""

DOWNLOAD_HINT = (
    "Run `arabicnews download` (or arabicnews.surfaces.cli.download.download()) once on a machine with a network "
    "to fetch stanza's Arabic models, or pass stanza_dir= (a stanza_resources directory) or "
    "model_path= (a stanza NER model file)."
)

_LABEL_VALUES: frozenset[str] = frozenset(get_args(EntityLabel))
_SENTENCE_END = frozenset(".!?؟…")


def import_stanza() -> ModuleType:
    """Import stanza, or raise :class:`~arabicnews.core.errors.BackendNotInstalledError` naming the extra."""
    try:
        return importlib.import_module("stanza")
    except ModuleNotFoundError as exc:
        # stanza present but torch (its dependency) missing is the same fix: install the extra.
        if (exc.name or "").split(".")[0] in ("stanza", "torch"):
            raise BackendNotInstalledError("stanza", "stanza") from exc
        raise


def default_stanza_dir() -> Path:
    """The directory stanza keeps its models in (``$STANZA_RESOURCES_DIR`` or stanza's cache)."""
    import_stanza()
    common = importlib.import_module("stanza.resources.common")
    return Path(common.DEFAULT_MODEL_DIR)


def stanza_models_installed(lang: str = "ar", stanza_dir: str | os.PathLike[str] | None = None) -> bool:
    """Whether ``stanza_dir`` (stanza's default directory if ``None``) holds a ``lang`` NER model.

    A cheap check of the files, without loading anything: ``resources.json`` and a model under
    ``<dir>/<lang>/ner/``.
    """
    directory = Path(stanza_dir) if stanza_dir is not None else default_stanza_dir()
    ner = directory / lang / "ner"
    return (directory / "resources.json").is_file() and ner.is_dir() and any(ner.glob("*.pt"))


def token_groups(doc: Document) -> list[list[int]]:
    """The token indices of ``doc``, one list per sentence, in order; the unit stanza tags at once.

    With a ``sentences`` layer, a sentence's tokens form a group (tokens outside every sentence form
    groups of their own); without one, a group ends after a token of sentence-final punctuation.
    """
    tokens = doc.tokens
    groups: list[list[int]] = []
    if doc.has_layer("sentences"):
        sentences = doc.sentences
        # Each token's key: the sentence it starts in or before, and whether it lies inside it.
        keys: list[tuple[int, bool]] = []
        ranges = sentence_token_ranges(tokens, sentences)
        for j, (sent, (first, last)) in enumerate(zip(sentences, ranges, strict=True)):
            keys += [(j, False)] * (first - len(keys))
            keys += [(j, tokens[i].end <= sent.end) for i in range(first, last)]
        keys += [(len(sentences), False)] * (len(tokens) - len(keys))
        for i, key in enumerate(keys):
            if not i or key != keys[i - 1]:
                groups.append([])
            groups[-1].append(i)
        return groups
    current: list[int] = []
    for i, tok in enumerate(tokens):
        current.append(i)
        if tok.kind == "punct" and any(c in _SENTENCE_END for c in tok.text):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _body_start(tok: Token) -> int:
    for seg in tok.segments:
        if seg.role != "proclitic" and seg.text:
            return seg.start
    return tok.start


_EMPTY_RESOURCES: dict[int, str] = {}


def _empty_resources_file() -> str:
    # stanza.Pipeline insists on a resources.json even when every model path is given; an empty one
    # keeps it from adding the default package's dependencies (a pretrain, charlms) to a custom model.
    # One file per process (a forked worker must not delete its parent's), made again if removed.
    pid = os.getpid()
    path = _EMPTY_RESOURCES.get(pid)
    if path is None or not os.path.exists(path):
        fd, path = tempfile.mkstemp(prefix="arabicnews-stanza-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("{}")
        _EMPTY_RESOURCES[pid] = path
        atexit.register(_remove, path, pid)
    return path


def _remove(path: str, pid: int) -> None:
    if os.getpid() == pid:
        with contextlib.suppress(OSError):
            os.unlink(path)


def merge_label_map(
    base: Mapping[str, EntityLabel | None], label_map: Mapping[str, str | None] | None, what: str = "stanza type"
) -> dict[str, EntityLabel | None]:
    """``base`` updated with a user's ``label_map``, each value checked (``what`` names a key in the error)."""
    merged: dict[str, Any] = dict(base)
    if label_map is not None:
        merged.update(label_map)
    bad = {k: v for k, v in merged.items() if v is not None and v not in _LABEL_VALUES}
    if bad:
        raise PipelineError(
            f"label_map maps {bad!r}; each {what} must map to one of "
            f"{', '.join(sorted(_LABEL_VALUES))} or None (to drop it)"
        )
    return merged


def _opt_path(value: str | os.PathLike[str] | None) -> str | None:
    return None if value is None else os.fspath(value)


def _options(value: Mapping[str, Any] | Sequence[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    return tuple(dict(value).items())


@frozen
class StanzaSettings:
    """How a :class:`StanzaEntityStage` loads stanza: everything needed to rebuild it in a new process."""

    lang: str = "ar"
    stanza_dir: str | None = None
    model_path: str | None = None
    pretrain_path: str | None = None
    forward_charlm_path: str | None = None
    backward_charlm_path: str | None = None
    device: str | None = None
    options: tuple[tuple[str, Any], ...] = field(default=(), converter=_options)

    def pipeline_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``stanza.Pipeline`` (never a download); checks the files exist."""
        kwargs: dict[str, Any] = {
            "lang": self.lang,
            "processors": "tokenize,ner",
            "tokenize_pretokenized": True,
            "download_method": None,
            "logging_level": "WARN",
        }
        if self.device is not None:
            kwargs["device"] = self.device
        if self.model_path is not None:
            deps = {
                "ner_pretrain_path": self.pretrain_path,
                "ner_forward_charlm_path": self.forward_charlm_path,
                "ner_backward_charlm_path": self.backward_charlm_path,
            }
            for path in (self.model_path, *deps.values()):
                if path is not None and not Path(path).is_file():
                    raise ModelNotFoundError(
                        "stanza",
                        path,
                        "The file does not exist: check the path (a model trained with "
                        "python -m stanza.models.ner_tagger, and its pretrain and charlm files if it used them).",
                    )
            kwargs.update(
                # The empty resources file makes stanza warn that Arabic is "unsupported": not news.
                logging_level="ERROR",
                dir=str(Path(self.model_path).parent),
                resources_filepath=_empty_resources_file(),
                allow_unknown_language=True,
                ner_model_path=self.model_path,
                **{k: v for k, v in deps.items() if v is not None},
            )
        else:
            directory = Path(self.stanza_dir) if self.stanza_dir is not None else default_stanza_dir()
            if not stanza_models_installed(self.lang, directory):
                raise ModelNotFoundError("stanza", f"{directory} (language {self.lang!r})", DOWNLOAD_HINT)
            kwargs["dir"] = str(directory)
        kwargs.update(self.options)
        return kwargs


class StanzaEntityStage:
    """The ``entities`` stage on stanza's NER: stanza tags our tokens, entities keep our offsets.

    Give one of: nothing (stanza's installed Arabic model in its default directory), ``stanza_dir``
    (another stanza_resources directory), ``model_path`` (a stanza NER model file, with
    ``pretrain_path`` and charlm paths if it was trained with them), or ``pipeline`` (a ready
    ``stanza.Pipeline`` built with ``processors="tokenize,ner"`` and ``tokenize_pretokenized=True``).
    ``options`` go to ``stanza.Pipeline`` as they are (``ner_batch_size=...``).

    stanza's CRF decoder reports no confidence, so every entity's ``score`` is 1.0. ``label_map``
    adds to or overrides :data:`STANZA_LABELS`. With ``group`` (the default) the mentions of one
    entity share ``Entity.group``, numbered as the default stage numbers them
    (:func:`arabicnews.stages.entities.grouping.group_mentions`). The stanza model is loaded on first use; the stage
    pickles as its settings and the copy loads its own model, except a stage made from a
    ``pipeline`` object, which cannot be pickled (give paths instead to use several processes).
    """

    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("entities",)
    uses: ClassVar[tuple[str, ...]] = ("sentences",)  # sentences, when present, are stanza's sentences

    __slots__ = ("_given", "_labels", "_nlp", "feed", "group", "settings")

    def __init__(
        self,
        *,
        pipeline: Any = None,
        model_path: str | os.PathLike[str] | None = None,
        stanza_dir: str | os.PathLike[str] | None = None,
        lang: str = "ar",
        pretrain_path: str | os.PathLike[str] | None = None,
        forward_charlm_path: str | os.PathLike[str] | None = None,
        backward_charlm_path: str | os.PathLike[str] | None = None,
        feed: Feed = "tokens",
        label_map: Mapping[str, str | None] | None = None,
        group: bool = True,
        device: str | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        if feed not in get_args(Feed):
            raise PipelineError(f"feed must be one of {', '.join(map(repr, get_args(Feed)))}, not {feed!r}")
        if pipeline is not None and (model_path is not None or stanza_dir is not None):
            raise PipelineError("give either pipeline= or model_path=/stanza_dir=, not both")
        if model_path is not None and stanza_dir is not None:
            raise PipelineError(
                "give either model_path= (one model file) or stanza_dir= (a stanza directory), not both"
            )
        if pipeline is not None:
            _check_pipeline(pipeline)
        self.feed: Feed = feed
        self.group = group
        self._labels = merge_label_map(STANZA_LABELS, label_map)
        self.settings = StanzaSettings(
            lang=lang,
            stanza_dir=_opt_path(stanza_dir),
            model_path=_opt_path(model_path),
            pretrain_path=_opt_path(pretrain_path),
            forward_charlm_path=_opt_path(forward_charlm_path),
            backward_charlm_path=_opt_path(backward_charlm_path),
            device=device,
            options=options or {},
        )
        self._given = pipeline is not None
        self._nlp: Any = pipeline

    @property
    def label_map(self) -> Mapping[str, EntityLabel | None]:
        """stanza entity type → arabicnews label (``None``: dropped)."""
        return dict(self._labels)

    @property
    def loaded(self) -> bool:
        """Whether the stanza pipeline has been built (or was given)."""
        return self._nlp is not None

    @property
    def stanza_pipeline(self) -> Any:
        """The ``stanza.Pipeline`` the stage runs, built on first access."""
        if self._nlp is None:
            self._nlp = self._build()
        return self._nlp

    def load(self) -> StanzaEntityStage:
        """Build the stanza pipeline now (to fail early on a missing model); returns the stage."""
        _ = self.stanza_pipeline
        return self

    def _build(self) -> Any:
        stanza = import_stanza()
        kwargs = self.settings.pipeline_kwargs()
        try:
            return stanza.Pipeline(**kwargs)
        except (FileNotFoundError, TypeError) as exc:
            # stanza 1.15 turns a missing NER dependency (pretrain, charlm) into a TypeError while it
            # formats its own FileNotFoundError message; the missing file is the error's context.
            missing = exc if isinstance(exc, FileNotFoundError) else exc.__context__
            if not isinstance(missing, FileNotFoundError):
                raise
            where = self.settings.model_path or kwargs.get("dir", "?")
            raise ModelNotFoundError("stanza", str(where), f"{DOWNLOAD_HINT} (stanza said: {missing})") from missing

    def feed_text(self, tok: Token) -> str:
        """What stanza is given for ``tok``: the token as written, or its restored stem."""
        if self.feed == "stems":
            return tok.stem.form or tok.text
        return tok.text

    def __call__(self, doc: Document, /) -> Document:
        tokens = doc.tokens
        groups = token_groups(doc)
        if not groups:
            return doc.with_layer("entities", ())
        inputs = [[self.feed_text(tokens[i]) for i in group] for group in groups]
        result = self.stanza_pipeline(inputs)
        sentences = list(result.sentences)
        if len(sentences) != len(groups):
            raise StageError(self.name, f"stanza returned {len(sentences)} sentences for {len(groups)}")
        entities: list[Entity] = []
        for group, words, sentence in zip(groups, inputs, sentences, strict=True):
            stanza_tokens = list(sentence.tokens)
            if [t.text for t in stanza_tokens] != words:
                # Never map tags onto tokens they were not computed for.
                raise StageError(
                    self.name, "stanza re-tokenized the input; build its pipeline with tokenize_pretokenized=True"
                )
            for first, stop, kind in bio_spans([t.ner for t in stanza_tokens]):
                label = self._labels.get(kind, self._labels.get(kind.upper()))
                if label is None:
                    continue
                entities.append(self._entity(doc, tokens[group[first]], tokens[group[stop - 1]], label))
        return doc.with_layer("entities", group_mentions(entities) if self.group else entities)

    def _entity(self, doc: Document, first: Token, last: Token, label: EntityLabel) -> Entity:
        start = _body_start(first)
        end = last.stem.end if self.feed == "stems" else last.end
        if end <= start:  # a token of clitics only: keep the whole tokens rather than lose the entity
            start, end = first.start, last.end
        return Entity(doc.text[start:end], start, end, label, 1.0)

    def __getstate__(self) -> tuple[StanzaSettings, Feed, dict[str, EntityLabel | None], bool]:
        if self._given:
            raise TypeError(
                "a StanzaEntityStage made from a stanza.Pipeline object cannot be pickled; make it with "
                "model_path= or stanza_dir= so that each process loads its own model"
            )
        return (self.settings, self.feed, self._labels, self.group)

    def __setstate__(self, state: tuple[StanzaSettings, Feed, dict[str, EntityLabel | None], bool]) -> None:
        self.settings, self.feed, self._labels, self.group = state
        self._given = False
        self._nlp = None

    def __repr__(self) -> str:
        s = self.settings
        if self._given:
            source = "pipeline=<stanza.Pipeline>"
        elif s.model_path is not None:
            source = f"model_path={s.model_path!r}"
        else:
            source = f"stanza_dir={s.stanza_dir!r}"
        return f"StanzaEntityStage({source}, lang={s.lang!r}, feed={self.feed!r})"


def _check_pipeline(pipeline: Any) -> None:
    processors = getattr(pipeline, "processors", None)
    if not isinstance(processors, Mapping) or "ner" not in processors or "tokenize" not in processors:
        raise PipelineError(
            "the stanza pipeline given has no 'ner' processor; build it with "
            "stanza.Pipeline('ar', processors='tokenize,ner', tokenize_pretokenized=True)"
        )
    config = getattr(processors["tokenize"], "config", None) or {}
    if not config.get("pretokenized"):
        raise PipelineError(
            "the stanza pipeline given would re-tokenize the text; build it with tokenize_pretokenized=True "
            "so that it tags arabicnews tokens as they are"
        )


__all__ = [
    "DOWNLOAD_HINT",
    "STANZA_LABELS",
    "Feed",
    "StanzaEntityStage",
    "StanzaSettings",
    "default_stanza_dir",
    "import_stanza",
    "merge_label_map",
    "stanza_models_installed",
    "token_groups",
]
