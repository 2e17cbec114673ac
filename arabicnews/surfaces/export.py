"""Exports of a Document to the formats other tools read: CoNLL-U, spaCy, pandas, and a JSON Schema.

- :func:`~arabicnews.surfaces.conllu.to_conllu`: sentences of tokens, a token with clitics as a
  multi-word token whose words are its segments' restored forms, ``SpaceAfter=No``, character
  offsets and entity BIO tags in MISC.
- :func:`~arabicnews.surfaces.spacy.to_spacy`: a spaCy ``Doc`` with the same text, entities in
  ``doc.ents`` and the other layers as span groups (needs the ``spacy`` extra).
- :func:`~arabicnews.surfaces.pandas.to_pandas`: one DataFrame row per annotation of a layer (needs
  the ``pandas`` extra).
- :func:`~arabicnews.surfaces.schema.json_schema`: the JSON Schema of :meth:`Document.to_dict`
  output (and of each JSON Lines record of ``arabicnews analyze``), built from the annotation
  classes themselves.

Each lives in its own module; this one gathers them.
"""

from __future__ import annotations

from arabicnews.surfaces.conllu import to_conllu
from arabicnews.surfaces.pandas import to_pandas
from arabicnews.surfaces.schema import _print_schema, json_schema
from arabicnews.surfaces.spacy import to_spacy

__all__ = ["json_schema", "to_conllu", "to_pandas", "to_spacy"]


if __name__ == "__main__":  # python -m arabicnews.surfaces.export > docs/schema.json (as before)
    _print_schema()
