"""Dispatch of ``python -m arabicnews.train COMMAND`` and ``python -m arabicnews.evaluate COMMAND``."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping, Sequence


def dispatch(prog: str, commands: Mapping[str, str], argv: Sequence[str] | None = None) -> int:
    """Run ``main(args)`` of the module that ``commands`` names for the first argument."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help") or args[0] not in commands:
        print(f"usage: python -m {prog} {{{','.join(commands)}}} [--help]", file=sys.stderr)
        return 0 if args and args[0] in ("-h", "--help") else 2
    module = importlib.import_module(commands[args[0]])
    code: int = module.main(args[1:])
    return code
