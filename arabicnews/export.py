"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.export`."""

from arabicnews.surfaces.export import (
    json_schema as json_schema,
    to_conllu as to_conllu,
    to_pandas as to_pandas,
    to_spacy as to_spacy,
)

__all__ = ["json_schema", "to_conllu", "to_pandas", "to_spacy"]
