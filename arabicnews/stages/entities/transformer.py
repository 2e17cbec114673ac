"""The transformers backend: a Hugging Face token-classification model run on arabicnews tokens.

:class:`TransformerEntityStage` is a drop-in ``entities`` stage for users who accept torch and a
model's weights (``pip install -e '.[transformers]'`` in the checkout, then ``arabicnews download
--backend transformers``) for the accuracy of a fine-tuned encoder; the documented default is the
CAMeL Lab MSA NER model (:data:`DEFAULT_MODEL`, CAMeLBERT fine-tuned on ANERcorp, Apache-2.0).

What the model sees and how its answer comes back:

- **Our tokens, as words.** Each sentence's tokens go to the tokenizer as pre-split words
  (``is_split_into_words=True``); the tokenizer's ``word_ids`` say which sub-words belong to which
  token, and each token takes the label of its **first sub-word** (as the model was fine-tuned).
  Offsets come from our tokens only.
- **Spans.** An entity starts after the proclitics (و ف ب ل ك, never the future س) of its first
  token, as the tokenizer's clitic segments mark them («وبسوريا» gives «سوريا»), and punctuation
  tokens at either edge are left out of it («»» after a name).
- **Labels.** The model's labels (``config.id2label``: ``B-PERS``, ``I-ORG``, ``O``; BIO, IOB2,
  BIOES/BILOU or plain ``PER`` for the IO scheme) are read as a prefix and a type; the type maps
  onto PER/LOC/ORG/MISC by :data:`TRANSFORMER_LABELS` (the stanza backend's table) plus
  ``label_map``; a type mapped to ``None`` or not listed is dropped. The spans are read by
  :func:`arabicnews.stages.entities.bio.bio_spans`, as for every other tagger.
- **Score.** The softmax probability of each word's label at its first sub-word; an entity's score
  is the **minimum** over its words (the weakest word, as the default model's score).
- **Long sentences** are cut into windows of words whose sub-words fit the model's length
  (``max_length``, at most the model's own limit), consecutive windows sharing about
  ``window_overlap`` sub-words; a word in two windows takes its label from the window in which it is
  farther from the edge (the first half of the overlap from the earlier window, the rest from the later).

transformers and torch are imported only when the stage first runs (or :meth:`TransformerEntityStage.load`
is called), and models are loaded with ``local_files_only=True`` unless ``download=True``: a model
that is not on disk is a one-line :class:`~arabicnews.core.errors.ModelNotFoundError`, never a wait
on the network.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar, NamedTuple, get_args

from attrs import field, frozen

from arabicnews.core.document import Document
from arabicnews.core.errors import BackendNotInstalledError, ModelNotFoundError, PipelineError
from arabicnews.model.entity import Entity, EntityLabel
from arabicnews.model.spans import Token
from arabicnews.stages.entities.bio import bio_spans
from arabicnews.stages.entities.grouping import group_mentions
from arabicnews.stages.entities.stage import name_proclitics
from arabicnews.stages.entities.stanza import STANZA_LABELS, merge_label_map, token_groups

DEFAULT_MODEL = "CAMeL-Lab/bert-base-arabic-camelbert-msa-ner"
"""The documented default: CAMeLBERT-MSA fine-tuned for NER on ANERcorp (labels B-/I- PERS, LOC, ORG, MISC)."""

TRANSFORMER_LABELS: Mapping[str, EntityLabel | None] = STANZA_LABELS
"""Entity types of a model (``PERS``, ``LOC``, ``GPE``, ``ORGANIZATION`` ...) and the arabicnews label
each becomes: the stanza backend's table. A type not listed, or mapped to ``None``, is dropped."""

DOWNLOAD_HINT = (
    "Run `arabicnews download --backend transformers --model NAME` once on a machine with a network "
    "(it fills the Hugging Face cache, or --model-dir DIR), or pass model= a directory written by "
    "save_pretrained, or download=True to let the stage fetch it."
)

# Missing any of these means the extra is not installed.
_EXTRA_MODULES = frozenset({"transformers", "torch", "tokenizers", "safetensors", "huggingface_hub"})
_LABEL_VALUES: frozenset[str] = frozenset(get_args(EntityLabel))
# BIO, IOB2, BIOES and BILOU prefixes, as bio_spans reads them (L = E, U = S).
_PREFIXES = {"B": "B", "I": "I", "E": "E", "S": "S", "L": "E", "U": "S"}
_EDGE_KINDS = frozenset({"punct", "symbol"})
_MODEL_LIMIT = 512  # when neither the tokenizer nor the config states a length


def import_transformers() -> ModuleType:
    """Import transformers (and torch), or raise :class:`~arabicnews.core.errors.BackendNotInstalledError`."""
    try:
        importlib.import_module("torch")
        return importlib.import_module("transformers")
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in _EXTRA_MODULES:
            raise BackendNotInstalledError("transformers", "transformers") from exc
        raise


def model_tag(label: str, labels: Mapping[str, EntityLabel | None]) -> str:
    """The BIO(ES) tag over arabicnews labels of one model label: ``B-PERS`` → ``B-PER``, ``O`` → ``O``.

    A label without a prefix (the IO scheme: ``PER``) is an inside tag, so that a run of words with
    the same type is one entity. A type that ``labels`` does not map (or maps to ``None``) gives ``O``.
    """
    head, sep, rest = label.replace("_", "-", 1).partition("-")
    if sep and head.upper() in _PREFIXES and rest:
        prefix, kind = _PREFIXES[head.upper()], rest
    else:
        prefix, kind = "I", label
    mapped = labels.get(kind, labels.get(kind.upper()))
    return "O" if mapped is None else f"{prefix}-{mapped}"


class Window(NamedTuple):
    """Words ``[start, end)`` of a sentence given to the model at once; it decides words ``[keep_start, keep_end)``."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def word_windows(counts: Sequence[int], budget: int, overlap: int = 0) -> list[Window]:
    """Cut a sentence of words with ``counts`` sub-words each into windows of at most ``budget`` sub-words.

    Consecutive windows share their last and first words, as many as fit in ``overlap`` sub-words
    (at most half the budget); the shared words are decided half by each window. A word longer than
    the budget gets a window of its own (the tokenizer then truncates it; its first sub-word, which
    labels it, is kept). Every word is decided by exactly one window.
    """
    if budget < 1:
        raise PipelineError(f"a window must hold at least one sub-word, not {budget}")
    n = len(counts)
    if sum(counts) <= budget:
        return [Window(0, n, 0, n)] if n else []
    overlap = max(0, min(overlap, budget // 2))
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        end, total = start, 0
        while end < n and (end == start or total + counts[end] <= budget):
            total += counts[end]
            end += 1
        spans.append((start, end))
        if end >= n:
            break
        # The next window starts as far back as the overlap allows, and at least one word on.
        nxt, shared = end, 0
        while nxt - 1 > start and shared + counts[nxt - 1] <= overlap:
            nxt -= 1
            shared += counts[nxt]
        start = nxt
    windows: list[Window] = []
    keep_start = 0
    for i, (lo, hi) in enumerate(spans):
        keep_end = (spans[i + 1][0] + hi + 1) // 2 if i + 1 < len(spans) else n
        windows.append(Window(lo, hi, keep_start, keep_end))
        keep_start = keep_end
    return windows


def entity_start(token: Token) -> int:
    """Where an entity beginning with ``token`` starts: after its proclitic segments و ف ب ل ك.

    The tokenizer's clitic segments decide, as in the default stage; the future «س» is never split
    off (names take no verb prefix), and a token of clitics only keeps its start.
    """
    segs = token.segments
    k = name_proclitics(segs)
    return segs[k].start if k else token.start


def _looks_like_path(name: str) -> bool:
    # A Hub name is "name" or "owner/name"; anything else is meant as a directory.
    return name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _label_items(
    value: Mapping[str, EntityLabel | None] | Iterable[tuple[str, EntityLabel | None]],
) -> tuple[tuple[str, EntityLabel | None], ...]:
    return tuple(dict(value).items())


@frozen
class TransformerSettings:
    """How a :class:`TransformerEntityStage` loads and runs its model: everything needed to rebuild it."""

    model: str = DEFAULT_MODEL
    tokenizer: str | None = None
    revision: str | None = None
    device: str = "cpu"
    download: bool = False
    batch_size: int = 16
    max_length: int | None = None
    window_overlap: int = 32
    labels: tuple[tuple[str, EntityLabel | None], ...] = field(
        factory=lambda: tuple(TRANSFORMER_LABELS.items()), converter=_label_items
    )


class TransformerEntityStage:
    """The ``entities`` stage on a Hugging Face token-classification model, tagging our tokens.

    ``model`` is a Hugging Face model name (read from the local cache: :data:`DEFAULT_MODEL` unless
    another is given) or a directory written by ``save_pretrained``; ``tokenizer`` another name or
    directory for the tokenizer (default: the model's). ``device`` is where torch runs it (``"cpu"``
    by default; ``"cuda"``, ``"cuda:1"``, ``"mps"``). ``batch_size`` windows go through the model at
    once; ``max_length`` caps a window's sub-words, special tokens included (default and upper
    bound: the model's own limit); ``window_overlap`` is how many sub-words consecutive windows of a
    long sentence share. ``label_map`` adds to or overrides :data:`TRANSFORMER_LABELS`. With
    ``group`` (the default) the mentions of one entity share ``Entity.group`` as with the default
    model. With ``download=True`` the model may be fetched from the Hugging Face Hub when it is not
    on disk; otherwise nothing touches the network.

    The model is loaded on first use (:meth:`load` loads it now); the stage pickles as its settings
    and a copy loads its own model.
    """

    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("entities",)
    uses: ClassVar[tuple[str, ...]] = ("sentences",)  # sentences, when present, are the model's sequences

    __slots__ = ("_loaded", "group", "settings")

    def __init__(
        self,
        model: str | os.PathLike[str] = DEFAULT_MODEL,
        *,
        tokenizer: str | os.PathLike[str] | None = None,
        revision: str | None = None,
        device: str | None = None,
        download: bool = False,
        batch_size: int = 16,
        max_length: int | None = None,
        window_overlap: int = 32,
        label_map: Mapping[str, str | None] | None = None,
        group: bool = True,
    ) -> None:
        if batch_size < 1:
            raise PipelineError(f"batch_size must be at least 1, not {batch_size}")
        if max_length is not None and max_length < 3:
            raise PipelineError(f"max_length must leave room for a word beside the special tokens, not {max_length}")
        if window_overlap < 0:
            raise PipelineError(f"window_overlap must be 0 or more sub-words, not {window_overlap}")
        self.group = group
        self.settings = TransformerSettings(
            model=os.fspath(model),
            tokenizer=None if tokenizer is None else os.fspath(tokenizer),
            revision=revision,
            device=device or "cpu",
            download=download,
            batch_size=batch_size,
            max_length=max_length,
            window_overlap=window_overlap,
            labels=merge_label_map(TRANSFORMER_LABELS, label_map, "entity type of the model"),
        )
        self._loaded: _Loaded | None = None

    @property
    def label_map(self) -> Mapping[str, EntityLabel | None]:
        """Entity type of the model → arabicnews label (``None``: dropped)."""
        return dict(self.settings.labels)

    @property
    def loaded(self) -> bool:
        """Whether the model and tokenizer have been loaded."""
        return self._loaded is not None

    @property
    def tags(self) -> tuple[str, ...]:
        """The BIO tag over arabicnews labels of each of the model's label ids (loads the model)."""
        return self._state().tags

    @property
    def max_length(self) -> int:
        """The most sub-words a window holds, special tokens included (loads the model)."""
        return self._state().max_length

    def load(self) -> TransformerEntityStage:
        """Load the model and tokenizer now (to fail early on a missing model); returns the stage."""
        self._state()
        return self

    def _state(self) -> _Loaded:
        if self._loaded is None:
            self._loaded = _Loaded.build(self.settings)
        return self._loaded

    def __call__(self, doc: Document, /) -> Document:
        tokens = doc.tokens
        groups = token_groups(doc)
        if not groups:
            return doc.with_layer("entities", ())
        state = self._state()
        words = [[tokens[i].text for i in group] for group in groups]
        tagged = state.tag(words)
        entities: list[Entity] = []
        for group, (tags, probs) in zip(groups, tagged, strict=True):
            for first, stop, label in bio_spans(tags):
                ent = self._entity(doc, [tokens[i] for i in group[first:stop]], label, min(probs[first:stop]))
                if ent is not None:
                    entities.append(ent)
        return doc.with_layer("entities", group_mentions(entities) if self.group else entities)

    @staticmethod
    def _entity(doc: Document, toks: list[Token], label: str, score: float) -> Entity | None:
        lo, hi = 0, len(toks)
        while lo < hi and toks[lo].kind in _EDGE_KINDS:
            lo += 1
        while hi > lo and toks[hi - 1].kind in _EDGE_KINDS:
            hi -= 1
        if lo == hi:  # punctuation alone is no name
            return None
        start, end = entity_start(toks[lo]), toks[hi - 1].end
        return Entity(doc.text[start:end], start, end, label, round(score, 4))  # type: ignore[arg-type]

    def __getstate__(self) -> tuple[TransformerSettings, bool]:
        return (self.settings, self.group)

    def __setstate__(self, state: tuple[TransformerSettings, bool]) -> None:
        self.settings, self.group = state
        self._loaded = None

    def __repr__(self) -> str:
        s = self.settings
        return f"TransformerEntityStage({s.model!r}, device={s.device!r})"


@frozen
class _Loaded:
    """A loaded model and tokenizer, the tag of each label id, and the window length."""

    torch: Any
    tokenizer: Any
    model: Any
    tags: tuple[str, ...]
    max_length: int
    settings: TransformerSettings

    @classmethod
    def build(cls, settings: TransformerSettings) -> _Loaded:
        transformers = import_transformers()
        torch = importlib.import_module("torch")
        model = _from_pretrained(transformers.AutoModelForTokenClassification, settings.model, settings)
        tokenizer = _from_pretrained(transformers.AutoTokenizer, settings.tokenizer or settings.model, settings)
        if not getattr(tokenizer, "is_fast", False):
            raise PipelineError(
                f"the tokenizer of {settings.model!r} is not a fast (Rust) tokenizer; the stage needs its "
                "word_ids to label each word by its first sub-word"
            )
        try:
            model.to(settings.device)
        except (RuntimeError, AssertionError, ValueError) as exc:  # no such device, or torch built without it
            raise PipelineError(f"cannot run the model on device {settings.device!r}: {_first_line(exc)}") from exc
        model.eval()
        id2label: Mapping[int, str] = model.config.id2label
        labels = dict(settings.labels)
        tags = tuple(model_tag(id2label[i], labels) for i in range(len(id2label)))
        if all(tag == "O" for tag in tags):
            shown = ", ".join(id2label[i] for i in range(min(len(id2label), 12)))
            raise PipelineError(
                f"none of the labels of {settings.model!r} ({shown}) maps to "
                f"{', '.join(sorted(_LABEL_VALUES))}; give label_map= (its entity type -> PER, LOC, ORG or MISC)"
            )
        limits = [_MODEL_LIMIT]
        for value in (
            getattr(tokenizer, "model_max_length", None),
            getattr(model.config, "max_position_embeddings", 0),
        ):
            if isinstance(value, int) and 0 < value < 1_000_000:
                limits.append(value)
        limit = min(limits)
        max_length = limit if settings.max_length is None else min(settings.max_length, limit)
        return cls(torch, tokenizer, model, tags, max_length, settings)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Each sentence's tags (one per word) and the probability of each tag."""
        tok = self.tokenizer
        budget = max(1, self.max_length - tok.num_special_tokens_to_add(pair=False))
        counted = tok([list(s) for s in sentences], is_split_into_words=True, add_special_tokens=False, verbose=False)
        jobs: list[tuple[int, Window]] = []
        lengths: list[int] = []
        for k, sentence in enumerate(sentences):
            counts = [0] * len(sentence)
            for wid in counted.word_ids(k):
                if wid is not None:
                    counts[wid] += 1
            for w in word_windows(counts, budget, self.settings.window_overlap):
                jobs.append((k, w))
                lengths.append(sum(counts[w.start : w.end]))
        # Windows of similar length share a batch, so that little of it is padding.
        jobs = [jobs[i] for i in sorted(range(len(jobs)), key=lengths.__getitem__, reverse=True)]
        out = [(["O"] * len(s), [1.0] * len(s)) for s in sentences]
        for batch in _batches(jobs, self.settings.batch_size):
            pieces = [list(sentences[k][w.start : w.end]) for k, w in batch]
            for (k, w), (tags, probs) in zip(batch, self._run(pieces), strict=True):
                keep = slice(w.keep_start - w.start, w.keep_end - w.start)
                out[k][0][w.keep_start : w.keep_end] = tags[keep]
                out[k][1][w.keep_start : w.keep_end] = probs[keep]
        return out

    def _run(self, pieces: list[list[str]]) -> list[tuple[list[str], list[float]]]:
        torch = self.torch
        enc = self.tokenizer(
            pieces,
            is_split_into_words=True,
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        inputs = {k: v.to(self.settings.device) for k, v in enc.items()}
        with torch.inference_mode():
            logits = self.model(**inputs).logits
        best, ids = torch.softmax(logits.float(), dim=-1).max(dim=-1)
        best, ids = best.tolist(), ids.tolist()
        results = []
        for row, words in enumerate(pieces):
            # A word with no sub-word (the tokenizer dropped every character) stays O.
            tags, probs = ["O"] * len(words), [1.0] * len(words)
            seen = set()
            for pos, wid in enumerate(enc.word_ids(row)):
                if wid is not None and wid not in seen:
                    seen.add(wid)
                    tags[wid] = self.tags[ids[row][pos]]
                    probs[wid] = best[row][pos]
            results.append((tags, probs))
        return results


def _batches(jobs: list[tuple[int, Window]], size: int) -> Iterator[list[tuple[int, Window]]]:
    for i in range(0, len(jobs), size):
        yield jobs[i : i + size]


def _from_pretrained(cls: Any, source: str, settings: TransformerSettings) -> Any:
    """``cls.from_pretrained(source)``, from disk only unless a download was asked for; one-line errors."""
    local = Path(source).expanduser()
    if local.is_dir():
        source = str(local)
    elif _looks_like_path(source):
        raise ModelNotFoundError(
            "transformers", source, "The directory does not exist: give a directory written by save_pretrained."
        )
    try:
        return cls.from_pretrained(source, revision=settings.revision, local_files_only=not settings.download)
    except OSError as exc:
        where = source if local.is_dir() else f"{source} (Hugging Face cache, offline)"
        raise ModelNotFoundError(
            "transformers", where, f"{DOWNLOAD_HINT} (transformers said: {_first_line(exc)})"
        ) from exc


__all__ = [
    "DEFAULT_MODEL",
    "DOWNLOAD_HINT",
    "TRANSFORMER_LABELS",
    "TransformerEntityStage",
    "TransformerSettings",
    "Window",
    "entity_start",
    "import_transformers",
    "model_tag",
    "word_windows",
]
