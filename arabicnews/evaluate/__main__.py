"""``python -m arabicnews.evaluate COMMAND [ARGS]``: dispatch to the command's module."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from arabicnews.surfaces.cli.commands import dispatch

COMMANDS: dict[str, str] = {
    "tokens": "arabicnews.evaluate.tokens",
    "ner": "arabicnews.evaluate.ner",
    "quantities": "arabicnews.evaluate.quantities",
}


def main(argv: Sequence[str] | None = None) -> int:
    return dispatch("arabicnews.evaluate", COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
