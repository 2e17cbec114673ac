"""The invariants every Document of the default pipeline must satisfy (shared by several tests)."""

from __future__ import annotations

from arabicnews import Document
from arabicnews.tokenizer import GAP


def check_document(doc: Document, text: str) -> None:
    """Assert the offset, coverage, tiling and round-trip invariants of ``doc``."""
    assert doc.text == text
    n = len(text)
    doc.validate()
    for name in doc.layer_names:
        items = doc.layer(name)
        for a in items:
            assert 0 <= a.start <= a.end <= n
            assert text[a.start : a.end] == a.text
        assert [(a.start, a.end) for a in items] == sorted((a.start, a.end) for a in items)
    covered = [False] * n
    prev_end = 0
    for tok in doc.tokens:
        assert tok.start >= prev_end, "tokens overlap"
        assert tok.end > tok.start, "empty token"
        prev_end = tok.end
        for i in range(tok.start, tok.end):
            covered[i] = True
        pos = tok.start
        for seg in tok.segments:
            assert seg.start == pos and seg.end > seg.start, "segments do not tile the token"
            pos = seg.end
        assert pos == tok.end
        assert GAP.fullmatch(text[tok.start]) is None and GAP.fullmatch(text[tok.end - 1]) is None
    for i, ch in enumerate(text):
        if not covered[i]:
            assert GAP.fullmatch(ch), f"character {ch!r} at {i} is in no token"
    prev = 0
    for s in doc.sentences:
        assert s.start >= prev and s.end > s.start
        prev = s.end
    if doc.tokens:
        assert doc.sentences[0].start == doc.tokens[0].start
        assert doc.sentences[-1].end == doc.tokens[-1].end
    assert Document.from_dict(doc.to_dict()) == doc
