"""Type-checked (not run) use of the public API: `mypy --strict` in CI reads this file."""

from __future__ import annotations

import arabicnews
from arabicnews import Document, Pipeline, Token, stage


@stage(requires=["tokens"], provides=["long_words"])
def long_words(doc: Document) -> Document:
    spans = tuple(arabicnews.Span(t.text, t.start, t.end, "long") for t in doc.tokens if len(t.text) > 6)
    return doc.with_layer("long_words", spans)


def use() -> None:
    doc: Document = arabicnews.analyze("قال الوزير إن ٣٥ شخصا قتلوا.")
    first: Token = doc.tokens[0]
    norm: str = first.norm
    nlp: Pipeline = arabicnews.default_pipeline().add(long_words, after="tokens")
    for d in nlp.pipe(["نص أول", "نص ثان"]):
        _ = d.layer("long_words")
    for q in doc.quantities:
        low: int | object = q.low
        print(q.kind, q.qualifier, q.value, low, q.unit)
    for e in doc.entities:
        score: float = e.score
        print(e.label, score, e.group)
    for a in doc.attributions:
        print(a.kind, a.cue.text, [s.form for s in a.sources], a.content.text)
    for c in doc.claims():
        print(c.quantity.text)
    groups: tuple[tuple[arabicnews.Entity, ...], ...] = doc.entity_groups
    print(len(groups))
    restored = Document.from_dict(doc.to_dict())
    print(norm, restored == doc)
