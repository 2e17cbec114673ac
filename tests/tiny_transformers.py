"""Tiny, randomly initialised BERT token-classification models and a WordPiece tokenizer, built locally.

The transformers backend's tests and ``benchmarks/transformer_speed.py`` use them: nothing is
downloaded. The vocabulary holds the Arabic letters (alone and as ``##`` continuations), Latin
letters, digits, punctuation and a few whole words, so that most words split into several sub-words
and some do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

BIO_LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
"""The label set of the CAMeL Lab NER model (ANERcorp's spelling of PER)."""

_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ"
_LATIN = "abcdefghijklmnopqrstuvwxyz0123456789٠١٢٣٤٥٦٧٨٩"
_PUNCT = ".,،؛:!?؟«»\"'()[]-/%$"
_WORDS = ("في", "من", "على", "إلى", "أن", "الذي", "وزير", "الرئيس", "سوريا", "##ال", "ال", "##ية", "##ات")


def write_vocab(directory: Path) -> Path:
    """Write the WordPiece vocabulary into ``directory``; returns the file."""
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    for ch in _LETTERS + _LATIN:
        tokens += [ch, "##" + ch]
    tokens += list(_PUNCT)
    tokens += [w for w in _WORDS if w not in tokens]
    path = directory / "vocab.txt"
    path.write_text("\n".join(tokens) + "\n", encoding="utf-8")
    return path


def build_tiny_model(
    directory: Path,
    labels: Sequence[str] = BIO_LABELS,
    *,
    seed: int = 0,
    layers: int = 2,
    hidden: int = 32,
    heads: int = 2,
    max_positions: int = 128,
    context_free: bool = False,
    always: str | None = None,
) -> Path:
    """Save a tiny BERT token classifier and its tokenizer into ``directory`` (made if missing).

    ``layers``, ``hidden`` and ``heads`` give the shape (BERT-base: 12, 768, 12). The weights are
    random (``seed``) with a wide initialisation, so that the logits of a word are far apart and its
    label does not hang on rounding. ``context_free``: no layers and no position or segment
    embeddings, so each sub-word's label depends on that sub-word alone (windows then cannot change a
    label). ``always``: the classifier's bias makes every word take that label.
    """
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    directory.mkdir(parents=True, exist_ok=True)
    tokenizer = BertTokenizerFast(vocab=str(write_vocab(directory)), do_lower_case=True, model_max_length=max_positions)
    config = BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        num_hidden_layers=0 if context_free else layers,
        num_attention_heads=heads,
        intermediate_size=4 * hidden,
        max_position_embeddings=max_positions,
        initializer_range=0.5,
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    torch.manual_seed(seed)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        if context_free:
            model.bert.embeddings.position_embeddings.weight.zero_()
            model.bert.embeddings.token_type_embeddings.weight.zero_()
        if always is not None:
            model.classifier.bias[labels.index(always)] = 1e4
    model.eval()
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory
