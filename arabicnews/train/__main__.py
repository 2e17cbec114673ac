"""``python -m arabicnews.train COMMAND [ARGS]``: dispatch to the command's module."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from arabicnews.surfaces.cli.commands import dispatch

COMMANDS: dict[str, str] = {
    "clitics": "arabicnews.train.clitics",
    "gazetteers": "arabicnews.train.gazetteers",
    "ner": "arabicnews.train.ner",
}


def main(argv: Sequence[str] | None = None) -> int:
    return dispatch("arabicnews.train", COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
