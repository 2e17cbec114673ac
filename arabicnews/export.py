"""Old import path, kept working: the exports now live in :mod:`arabicnews.surfaces` (one module each)."""

from arabicnews.surfaces.conllu import to_conllu as to_conllu
from arabicnews.surfaces.pandas import to_pandas as to_pandas
from arabicnews.surfaces.schema import json_schema as json_schema
from arabicnews.surfaces.spacy import to_spacy as to_spacy

__all__ = ["json_schema", "to_conllu", "to_pandas", "to_spacy"]
