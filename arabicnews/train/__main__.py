"""``python -m arabicnews.train COMMAND [ARGS]``: dispatch to the command's module."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

COMMANDS: dict[str, str] = {
    "clitics": "arabicnews.train.clitics",
    "ner": "arabicnews.train.ner",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help") or args[0] not in COMMANDS:
        print(f"usage: python -m arabicnews.train {{{','.join(COMMANDS)}}} [--help]", file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    module = importlib.import_module(COMMANDS[args[0]])
    code: int = module.main(args[1:])
    return code


if __name__ == "__main__":
    sys.exit(main())
