"""The exceptions arabicnews raises.

Every error derives from :class:`ArabicNewsError`; each also derives from the built-in exception
a caller would expect (``TypeError`` for a wrong argument type, ``ValueError`` for a bad value,
``LookupError`` for a missing layer), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable


class ArabicNewsError(Exception):
    """Base class of every error raised by arabicnews."""


class InputTypeError(ArabicNewsError, TypeError):
    """Text of the wrong type was passed where ``str`` is needed."""

    def __init__(self, value: object, *, what: str = "text", expected: str = "str") -> None:
        self.value_type = type(value).__name__
        hint = ""
        if isinstance(value, bytes | bytearray):
            hint = " Decode it first, e.g. data.decode('utf-8')."
        elif value is None:
            hint = " Pass an empty string for an empty document."
        super().__init__(f"{what} must be {expected}, not {self.value_type}.{hint}")


class LayerNotFoundError(ArabicNewsError, LookupError):
    """A layer was asked for that no stage of the pipeline produced."""

    def __init__(self, name: str, available: Iterable[str], provided_by: str | None = None) -> None:
        self.name = name
        self.available = tuple(sorted(available))
        self.provided_by = provided_by
        where = (
            f" It is added by the {provided_by!r} stage; use a pipeline that includes it."
            if provided_by
            else " No stage of this pipeline adds it."
        )
        have = ", ".join(self.available) or "none"
        super().__init__(f"the document has no {name!r} layer.{where} Layers present: {have}.")

    def __str__(self) -> str:  # LookupError would quote the message otherwise
        return str(self.args[0])


class OffsetError(ArabicNewsError, ValueError):
    """An annotation's offsets do not point at its text in the document."""


class PipelineError(ArabicNewsError, ValueError):
    """A pipeline was built wrongly: a duplicate name, an unmet requirement, an unknown stage."""


class StageError(ArabicNewsError, RuntimeError):
    """A stage broke its contract: it returned something other than a Document, or bad spans."""

    def __init__(self, stage: str, message: str) -> None:
        self.stage = stage
        super().__init__(f"stage {stage!r}: {message}")


class SerializationError(ArabicNewsError, ValueError):
    """A dictionary could not be turned back into a Document."""


class DocumentError(ArabicNewsError, RuntimeError):
    """Analysing one document of a batch failed; ``index`` is its position in the input."""

    def __init__(self, index: int, error: BaseException) -> None:
        self.index = index
        self.error = error
        super().__init__(f"document {index}: {type(error).__name__}: {error}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[int, BaseException]]:
        return (DocumentError, (self.index, self.error))


class WorkerError(ArabicNewsError, RuntimeError):
    """Worker processes of ``pipe(n_process=...)`` could not run: the message says why and what to change."""


class BackendNotInstalledError(ArabicNewsError, ImportError):
    """An optional backend was asked for whose package is not installed; the message names the extra."""

    def __init__(self, backend: str, extra: str) -> None:
        self.backend = backend
        self.extra = extra
        self.command = f"pip install -e '.[{extra}]'"
        super().__init__(
            f"the {backend} backend needs the {backend!r} package, which is not installed: {self.command} "
            "in the arabicnews checkout"
        )

    def __reduce__(self) -> tuple[type[BackendNotInstalledError], tuple[str, str]]:
        return (BackendNotInstalledError, (self.backend, self.extra))


class ModelNotFoundError(ArabicNewsError, FileNotFoundError):
    """A backend's model files are not on disk; the message says how to get them (``arabicnews download``)."""

    def __init__(self, backend: str, where: str, hint: str) -> None:
        self.backend = backend
        self.where = where
        self.hint = hint
        super().__init__(f"no {backend} model found at {where}. {hint}")

    def __reduce__(self) -> tuple[type[ModelNotFoundError], tuple[str, str, str]]:
        return (ModelNotFoundError, (self.backend, self.where, self.hint))

    def __str__(self) -> str:  # OSError would format its own message otherwise
        return str(self.args[0])


class DownloadError(ArabicNewsError, OSError):
    """A download that was asked for failed (no network, or the server refused)."""

    def __str__(self) -> str:
        return str(self.args[0])


class ExplainError(ArabicNewsError, ValueError):
    """:func:`arabicnews.explain` was asked about a layer whose stage decides by no rule table."""

    def __init__(self, layer: str, explainable: Iterable[str]) -> None:
        self.layer = layer
        self.explainable = tuple(explainable)
        have = ", ".join(repr(name) for name in self.explainable) or "none in this pipeline"
        super().__init__(f"no stage of the pipeline decides the {layer!r} layer by rules; explain one of: {have}")

    def __reduce__(self) -> tuple[type[ExplainError], tuple[str, tuple[str, ...]]]:
        return (ExplainError, (self.layer, self.explainable))


class CommandError(ArabicNewsError, ValueError):
    """The command line was given input it cannot use (the message says what to change)."""


_SHOWN_VIOLATIONS = 10  # violations quoted in an InvariantError's message


class InvariantError(ArabicNewsError, ValueError):
    """A Document breaks an invariant; ``violations`` lists every problem found."""

    def __init__(self, violations: list[str]) -> None:
        self.violations = tuple(violations)
        more = len(violations) - _SHOWN_VIOLATIONS
        shown = "; ".join(violations[:_SHOWN_VIOLATIONS]) + (f"; and {more} more" if more > 0 else "")
        super().__init__(f"the document breaks {len(violations)} invariant(s): {shown}")
