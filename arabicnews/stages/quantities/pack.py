"""The quantity lexicons' sets derived from the clitic counts, built once and stored as a pickle.

:func:`~arabicnews.stages.quantities.lexicon.lexicons` needs three tables computed from the
250,000 words of ``clitics/counts.tsv``: the open dual singulars, the preposition forms and the
words never seen definite (about 0.25 CPU s of every process's first ``analyze()``).
``quantities/derived.pickle`` holds them as computed, with a key of what they were computed from:
the SHA-256 of ``counts.tsv`` and the thresholds of :mod:`~arabicnews.stages.quantities.lexicon`.
The words never definite are stored before the units and other known words are taken out of them
(``never_definite`` with no ``known``): that last step is a set difference, done on every load.
:func:`load_built` returns ``None`` when the key differs (or the file is missing or unreadable),
and the sets are computed as before; the file is rebuilt by::

    python -m arabicnews.stages.quantities.pack

``tests/test_quantity_pack.py`` fails when the file is stale, including when the code would now
compute other sets from the same data (it compares the bytes with a fresh build). The file holds
only builtins (a dict, lists of strings); nothing else is unpickled.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from pathlib import Path

from arabicnews.arabic.clitics import COUNTS_FILE
from arabicnews.core.resources import data_key, data_path, read_builtins

BUILT_FILE = "quantities/derived.pickle"
"""The packaged name of the built sets."""

FORMAT = "arabicnews-quantity-derived-1"
"""The first item of the stored tuple ``(FORMAT, key, dual singulars, preposition forms, never
definite)``; the two sets are stored sorted so that a build is byte-for-byte reproducible."""

Derived = tuple[dict[str, int], frozenset[str], frozenset[str]]
"""The open dual singulars, the preposition forms and the words never definite (no ``known``)."""


def key(thresholds: Iterable[object]) -> str:
    """The key of the built sets: ``counts.tsv`` and the ``thresholds`` (:func:`data_key`)."""
    return data_key((COUNTS_FILE,), thresholds)


def load_built(expected: str) -> Derived | None:
    """The stored sets when they were built under the key ``expected``, else ``None``."""
    stored = read_builtins(data_path(BUILT_FILE))
    if not isinstance(stored, tuple) or len(stored) != 5 or stored[0] != FORMAT or stored[1] != expected:
        return None
    duals, prepositions, never = stored[2:]
    if not (isinstance(duals, dict) and isinstance(prepositions, list) and isinstance(never, list)):
        return None
    return duals, frozenset(prepositions), frozenset(never)


def pack(expected: str, derived: Derived) -> bytes:
    """The stored form of ``derived`` computed under the key ``expected``."""
    duals, prepositions, never = derived
    return pickle.dumps((FORMAT, expected, duals, sorted(prepositions), sorted(never)), protocol=5)


def main() -> None:
    """Compute the sets from the packaged data files and write them into the package."""
    from arabicnews.stages.quantities import lexicon

    expected = lexicon.derived_key()
    out = Path(str(data_path(BUILT_FILE)))
    out.write_bytes(pack(expected, lexicon.compute_derived()))
    print(f"wrote {out} ({out.stat().st_size:,} bytes) from {COUNTS_FILE}")


if __name__ == "__main__":
    main()
