"""Stages and the Pipeline that runs them in order.

A stage is any object with a ``name``, the layers it ``requires`` and ``provides``, and a
``__call__(doc) -> Document``; optionally the layers it ``uses`` when they are present, and whether
it is ``trusted`` (read through :func:`stage_uses` and :func:`stage_trusted`). A plain function
becomes one with the :func:`stage` decorator.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, overload, runtime_checkable

from attrs import frozen

from arabicnews.core.document import Document
from arabicnews.core.errors import InputTypeError, OffsetError, PipelineError, StageError
from arabicnews.core.parallel import DocumentFailure, OnError, collector_paused, run_many


@runtime_checkable
class Stage(Protocol):
    """The stage interface: a name, the layers needed and added, and a call on a Document.

    Two attributes are optional (a stage without them neither uses other layers nor is trusted):

    - ``uses``: the layers the stage reads when they are present and does without otherwise (the
      attribution stage bounds its sources with ``entities`` when there are some). The pipeline
      refuses an order in which a later stage provides one of them; see :func:`stage_uses`.
    - ``trusted``: ``True`` when the layers the stage adds are correct by construction, so that the
      pipeline need not check their offsets; see :func:`stage_trusted`. This is the one switch of
      that check for stages: the pipeline checks the layers of every stage that is not trusted, so
      a stage may pass ``validate=False`` to :meth:`Document.with_layer` (the built-in ones do).
    """

    @property
    def name(self) -> str: ...
    @property
    def requires(self) -> tuple[str, ...]: ...
    @property
    def provides(self) -> tuple[str, ...]: ...
    def __call__(self, doc: Document, /) -> Document: ...


@frozen
class FunctionStage:
    """A stage made from a plain function by :func:`stage`."""

    func: Callable[[Document], Document]
    name: str
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()

    def __call__(self, doc: Document, /) -> Document:
        return self.func(doc)

    def __reduce__(self) -> str | tuple[Any, ...]:
        # ``@stage`` replaces the module's function by this object, so pickle cannot find the
        # function by name; point it at the stage's module attribute instead.
        module = sys.modules.get(self.func.__module__)
        if module is not None and _lookup(module, self.func.__qualname__) is self:
            return (_load_stage, (self.func.__module__, self.func.__qualname__))
        return (FunctionStage, (self.func, self.name, self.requires, self.provides, self.uses))


def _lookup(module: object, qualname: str) -> object:
    obj = module
    for part in qualname.split("."):
        obj = getattr(obj, part, None)
    return obj


def _load_stage(module: str, qualname: str) -> object:
    """The stage ``module.qualname``, found again where a pickled pipeline is loaded (a worker process).

    A stage defined in a notebook, ``python -c`` or standard input lives in a ``__main__`` that a
    "spawn" worker does not have; say so, and how to fix it, rather than hand back None.
    """
    found = _lookup(importlib.import_module(module), qualname)
    if isinstance(found, FunctionStage):
        return found
    where = (
        "__main__ (a notebook, python -c or standard input), which a worker process cannot import"
        if module in ("__main__", "__mp_main__")
        else f"{module}, which has no stage of that name here"
    )
    raise PipelineError(
        f"stage {qualname!r} is defined in {where}: define it in a .py module and import it from there, "
        "or run with n_process=1"
    )


@overload
def stage(func: Callable[[Document], Document], /) -> FunctionStage: ...
@overload
def stage(
    *,
    name: str | None = None,
    requires: Iterable[str] = (),
    provides: Iterable[str] = (),
    uses: Iterable[str] = (),
) -> Callable[[Callable[[Document], Document]], FunctionStage]: ...
def stage(
    func: Callable[[Document], Document] | None = None,
    /,
    *,
    name: str | None = None,
    requires: Iterable[str] = (),
    provides: Iterable[str] = (),
    uses: Iterable[str] = (),
) -> FunctionStage | Callable[[Callable[[Document], Document]], FunctionStage]:
    """Make a stage from a function ``Document -> Document``.

    Use bare (``@stage``) or with arguments (``@stage(requires=["tokens"], provides=["x"])``);
    the name defaults to the function's name. ``uses`` lists the layers the function reads when
    they are present (see :class:`Stage`).
    """

    def wrap(f: Callable[[Document], Document]) -> FunctionStage:
        return FunctionStage(f, name or f.__name__, tuple(requires), tuple(provides), tuple(uses))

    return wrap(func) if func is not None else wrap


def stage_uses(st: object) -> tuple[str, ...]:
    """The layers ``st`` reads when they are present: its optional ``uses`` (none without one).

    Raises :class:`~arabicnews.core.errors.PipelineError` when ``uses`` is not a sequence of
    layer names (a bare string, say).
    """
    uses = getattr(st, "uses", ())
    if isinstance(uses, str) or not isinstance(uses, tuple | list) or not all(isinstance(u, str) for u in uses):
        raise PipelineError(
            f"stage {_describe(st)!r}: uses must be a tuple of layer names, like ('entities',), not {uses!r}"
        )
    return tuple(uses)


def stage_trusted(st: object) -> bool:
    """Whether the pipeline may leave unchecked the layers ``st`` adds: its optional ``trusted`` (false without one)."""
    return bool(getattr(st, "trusted", False))


def _describe(stage: object) -> str:
    return getattr(stage, "name", None) or type(stage).__name__


def _validate(stages: Sequence[Stage]) -> None:
    _check_each(stages)
    _check_uses(stages)


def _check_uses(stages: Sequence[Stage]) -> None:
    """Refuse a stage that uses a layer which only a later stage provides.

    The stage would run without the layer and give other results than in the order the user
    probably meant; a layer that no stage provides is fine (the stage does without it).
    """
    available: set[str] = set()
    for i, st in enumerate(stages):
        for layer in stage_uses(st):
            if layer in available:
                continue
            later = next((s for s in stages[i + 1 :] if layer in s.provides), None)
            if later is not None:
                raise PipelineError(
                    f"stage {st.name!r} uses the {layer!r} layer when it is present, but only the later stage "
                    f"{later.name!r} provides it, so {st.name!r} would run without it: move {later.name!r} "
                    f"before {st.name!r}, or remove {later.name!r} if {st.name!r} should run without {layer!r}"
                )
        available.update(st.provides)


def _check_each(stages: Sequence[Stage]) -> None:
    seen: set[str] = set()
    available: list[str] = []
    for st in stages:
        if not isinstance(st, Stage):
            raise PipelineError(
                f"{_describe(st)!r} is not a stage: a stage needs name, requires, provides and "
                "__call__(doc) -> Document (decorate a function with @arabicnews.stage)"
            )
        if not isinstance(st.name, str) or not st.name:
            raise PipelineError(f"stage {st!r} has no name")
        if st.name in seen:
            raise PipelineError(f"two stages are named {st.name!r}; stage names must be unique")
        seen.add(st.name)
        missing = [layer for layer in st.requires if layer not in available]
        if missing:
            have = ", ".join(available) or "none"
            raise PipelineError(
                f"stage {st.name!r} requires {', '.join(map(repr, missing))}, which no earlier stage "
                f"provides (layers provided before it: {have})"
            )
        available.extend(p for p in st.provides if p not in available)


class Pipeline:
    """An ordered, validated sequence of stages; calling it turns text into a Document.

    The pipeline checks at construction that stage names are unique, that every layer a stage
    requires is provided by a stage before it, and that no stage uses a layer that only a stage
    after it provides. ``add``, ``replace`` and ``remove`` return a new pipeline and leave this one
    as it is. When it runs, it checks the layers each stage added unless the stage is trusted.
    """

    __slots__ = ("_stages",)

    def __init__(self, stages: Iterable[Stage] = ()) -> None:
        items = tuple(stages)
        _validate(items)
        self._stages = items

    @property
    def stages(self) -> tuple[Stage, ...]:
        """The stages, in the order they run."""
        return self._stages

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in the order they run."""
        return tuple(s.name for s in self._stages)

    @property
    def provides(self) -> tuple[str, ...]:
        """Every layer some stage of the pipeline adds."""
        out: list[str] = []
        for s in self._stages:
            out.extend(p for p in s.provides if p not in out)
        return tuple(out)

    def __len__(self) -> int:
        return len(self._stages)

    def __iter__(self) -> Iterator[Stage]:
        return iter(self._stages)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    def __getstate__(self) -> tuple[Stage, ...]:
        return self._stages

    def __setstate__(self, state: tuple[Stage, ...]) -> None:
        self._stages = state

    def index(self, ref: str) -> int:
        """The position of the stage named ``ref`` (or, failing that, the last stage providing it)."""
        for i, s in enumerate(self._stages):
            if s.name == ref:
                return i
        for i in range(len(self._stages) - 1, -1, -1):
            if ref in self._stages[i].provides:
                return i
        raise PipelineError(f"no stage named {ref!r} (stages: {', '.join(self.names) or 'none'})")

    def get(self, name: str) -> Stage:
        """The stage named ``name``."""
        return self._stages[self.index(name)]

    def add(
        self,
        new: Stage | Callable[[Document], Document],
        *,
        before: str | None = None,
        after: str | None = None,
        first: bool = False,
    ) -> Pipeline:
        """A new pipeline with ``new`` inserted (at the end unless ``before``/``after``/``first``).

        ``before`` and ``after`` name a stage, or a layer (then the stage that provides it).
        A plain function is wrapped with :func:`stage`.
        """
        if sum(x is not None and x is not False for x in (before, after, first)) > 1:
            raise PipelineError("give at most one of before=, after= and first=")
        st: Stage = new if isinstance(new, Stage) else stage(new)
        if first:
            pos = 0
        elif before is not None:
            pos = self.index(before)
        elif after is not None:
            pos = self.index(after) + 1
        else:
            pos = len(self._stages)
        return Pipeline((*self._stages[:pos], st, *self._stages[pos:]))

    def replace(self, name: str, new: Stage | Callable[[Document], Document]) -> Pipeline:
        """A new pipeline with the stage named ``name`` replaced by ``new``."""
        pos = self.index(name)
        st: Stage = new if isinstance(new, Stage) else stage(new)
        return Pipeline((*self._stages[:pos], st, *self._stages[pos + 1 :]))

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the stage named ``name``."""
        pos = self.index(name)
        return Pipeline((*self._stages[:pos], *self._stages[pos + 1 :]))

    def __call__(self, text: str) -> Document:
        """Analyse ``text`` with every stage in order."""
        if not isinstance(text, str):
            raise InputTypeError(text)
        return self.run(Document(text))

    def run(self, doc: Document) -> Document:
        """Run every stage on an existing Document.

        Python's cyclic garbage collector is paused while the stages run (and resumed after, if it
        was on): an analysis makes a hundred thousand small objects and no reference cycles, and a
        caller that keeps its Documents would otherwise pay for full collections that walk all of
        them again and again (a fifth of the time of 300 retained news articles, more as they grow).
        """
        with collector_paused():
            for st in self._stages:
                doc = self._run_stage(st, doc)
        return doc

    @staticmethod
    def _run_stage(st: Stage, doc: Document) -> Document:
        out = st(doc)
        if not isinstance(out, Document):
            raise StageError(st.name, f"returned {type(out).__name__}, not a Document")
        if out.text is not doc.text and out.text != doc.text:
            raise StageError(st.name, "changed the document text; stages add layers, never rewrite text")
        before = dict(doc.layers)
        trusted = stage_trusted(st)
        for name in out.layer_names:
            items = out.layer(name)
            if before.get(name) is items:
                continue
            if not trusted:
                try:
                    for item in items:
                        out.check_span(item, name)
                except OffsetError as exc:
                    raise StageError(st.name, str(exc)) from exc
        missing = [p for p in st.provides if not out.has_layer(p)]
        if missing:
            raise StageError(st.name, f"declares it provides {missing} but did not add them")
        return out

    def pipe(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        on_error: OnError = "raise",
        failures: list[DocumentFailure] | None = None,
    ) -> Iterator[Document]:
        """Analyse ``texts`` lazily, yielding Documents in input order.

        ``batch_size`` texts are taken from the input at a time. With ``n_process`` above 1 the
        batches run in that many worker processes, still in order: forked workers inherit the
        pipeline after the parent has analysed the first text (which loads the lexicons and models
        once), spawned ones get it pickled once each. A document whose analysis fails raises
        :class:`~arabicnews.core.errors.DocumentError` naming its index (``on_error="raise"``), or is
        skipped and recorded as a
        :class:`~arabicnews.core.parallel.DocumentFailure` in ``failures`` (``on_error="skip"``; without
        a ``failures`` list each skip is reported as a ``RuntimeWarning``).
        """
        return run_many(
            self,
            texts,
            batch_size=batch_size,
            n_process=n_process,
            on_error=on_error,
            failures=failures,
        )
