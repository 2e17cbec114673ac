"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.tokens`."""

from arabicnews.stages.tokens import (
    GAP as GAP,
    Tokenizer as Tokenizer,
    TokenizerStage as TokenizerStage,
    tokenize as tokenize,
)

__all__ = ["GAP", "Tokenizer", "TokenizerStage", "tokenize"]
