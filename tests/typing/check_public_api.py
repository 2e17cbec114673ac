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
    restored = Document.from_dict(doc.to_dict())
    print(norm, restored == doc)
