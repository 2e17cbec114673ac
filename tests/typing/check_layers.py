"""Type-checked (not run) use of layer keys: `mypy --strict` reads this file."""

from __future__ import annotations

from typing import Any

import arabicnews
from arabicnews import Document, Span, stage
from arabicnews.model.layers import ATTRIBUTIONS, BUILTIN, ENTITIES, TOKENS, LayerKey
from arabicnews.model.spans import Token

CASUALTIES: LayerKey[Span] = LayerKey("casualties", Span, "casualties")


@stage(requires=["quantities"], provides=[CASUALTIES.name], uses=["entities"])
def casualties(doc: Document) -> Document:
    found = [Span(q.text, q.start, q.end, q.qualifier) for q in doc.quantities]
    return doc.with_layer(CASUALTIES, found)


def use() -> None:
    doc = arabicnews.default_pipeline().add(casualties)("قتل ٣٥ مدنيا")
    tokens: tuple[Token, ...] = doc.layer(TOKENS)
    spans: tuple[Span, ...] = doc.layer(CASUALTIES)
    labels: list[str] = [s.label for s in spans]
    cue_texts: list[str] = [a.cue.text for a in doc.layer(ATTRIBUTIONS)]
    scores: list[float] = [e.score for e in doc.layer(ENTITIES)]
    anything: tuple[Any, ...] = doc.layer("casualties")
    present: bool = doc.has_layer(CASUALTIES) and all(doc.has_layer(k) for k in BUILTIN)
    print(tokens, labels, cue_texts, scores, anything, present)
