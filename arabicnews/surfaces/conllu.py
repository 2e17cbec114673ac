"""The CoNLL-U export of a Document: sentences of tokens, clitics as multi-word tokens, entities as BIO tags."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from arabicnews.core.document import Document
from arabicnews.model.spans import Sentence, Token, sentence_token_ranges
from arabicnews.stages.entities.bio import BioWriter

__all__ = ["to_conllu"]


def _field(value: str) -> str:
    # A CoNLL-U field holds no tab or line break; an empty one is written "_".
    cleaned = " ".join(value.split()) if any(c in value for c in "\t\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029") else value
    return cleaned or "_"


def _sentence_groups(doc: Document) -> Iterator[tuple[str, list[Token]]]:
    """The tokens of each sentence with the sentence's text; tokens outside every sentence (or all
    of them, without a sentences layer) form sentences of their own, one per run."""
    tokens = doc.tokens
    sentences: Sequence[Sentence] = doc.sentences if doc.has_layer("sentences") else ()
    done = 0
    for sent, (first, last) in zip(sentences, sentence_token_ranges(tokens, sentences), strict=True):
        if first > done:
            yield doc.text[tokens[done].start : tokens[first - 1].end], list(tokens[done:first])
        if last > first:
            yield sent.text, list(tokens[first:last])
        done = last
    if done < len(tokens):
        yield doc.text[tokens[done].start : tokens[-1].end], list(tokens[done:])


def to_conllu(doc: Document) -> str:
    """The document in CoNLL-U: one block per sentence, ``# sent_id`` and ``# text`` comments.

    A token split into clitic segments is a multi-word token: a range line ``i-j`` with the token
    as written, then one word line per segment whose FORM is the segment's restored form
    («للأحياء» → «ل» + «الأحياء»). MISC holds ``SpaceAfter=No`` where the text has no space after
    the token, ``TokenRange=start:end`` (character offsets into ``doc.text``) on each token, and,
    when the document has an entities layer, ``NER=B-PER``/``I-PER``/``O`` on each word. LEMMA,
    UPOS, XPOS, FEATS, HEAD, DEPREL and DEPS are ``_``. Needs the ``tokens`` layer.
    """
    text = doc.text
    has_entities = doc.has_layer("entities")
    ents = [(e.start, e.end, str(e.label)) for e in doc.entities] if has_entities else []
    lines: list[str] = []
    bio = BioWriter(ents)
    for n, (sent_text, tokens) in enumerate(_sentence_groups(doc), 1):
        lines.append(f"# sent_id = {n}")
        lines.append(f"# text = {' '.join(sent_text.split())}")
        word_id = 1
        for k, tok in enumerate(tokens):
            misc = []
            if tok.end < len(text) and not text[tok.end].isspace() and k + 1 < len(tokens):
                misc.append("SpaceAfter=No")
            misc.append(f"TokenRange={tok.start}:{tok.end}")
            segments = tok.segments if len(tok.segments) > 1 else ()
            if segments:
                last = word_id + len(segments) - 1
                lines.append(f"{word_id}-{last}\t{_field(tok.text)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc)}")
                for seg in segments:
                    word_misc = [f"NER={bio.tag(seg.start, seg.end)}"] if has_entities else []
                    lines.append(f"{word_id}\t{_field(seg.form)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(word_misc) or '_'}")
                    word_id += 1
            else:
                if has_entities:
                    misc.insert(0, f"NER={bio.tag(tok.start, tok.end)}")
                lines.append(f"{word_id}\t{_field(tok.text)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc)}")
                word_id += 1
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")
