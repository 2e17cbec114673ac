"""The ``arabicnews`` command line: analyse files or standard input.

arabicnews analyze FILE            # one document, JSON on one line
arabicnews analyze --lines FILE    # one document per input line, JSON Lines out
arabicnews analyze --format table -   # a readable table of tokens and sentences
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from arabicnews import __version__
from arabicnews.attribution import Attribution
from arabicnews.defaults import default_pipeline
from arabicnews.document import Document
from arabicnews.download import add_download_parser
from arabicnews.entities import Entity
from arabicnews.errors import ArabicNewsError
from arabicnews.quantities import Quantity


def _inputs(source: TextIO, lines: bool) -> Iterator[str]:
    if lines:
        for line in source:
            yield line.rstrip("\r\n")
    else:
        yield source.read()


def _table(doc: Document, out: TextIO) -> None:
    tokens = doc.tokens
    i = 0
    for n, sent in enumerate(doc.sentences, 1):
        out.write(f"# sentence {n} [{sent.start}:{sent.end}]\n")
        while i < len(tokens) and tokens[i].start < sent.end:
            tok = tokens[i]
            i += 1
            if tok.start >= sent.start:
                segs = " + ".join(s.form for s in tok.segments) if len(tok.segments) > 1 else ""
                out.write(f"{tok.start:>6} {tok.end:>6}  {tok.kind:<8} {tok.text}\t{tok.norm}\t{segs}\n")
    for name in doc.layer_names:
        if name in ("tokens", "sentences"):
            continue
        out.write(f"# {name}\n")
        for item in doc.layer(name):
            out.write(f"{item.start:>6} {item.end:>6}  {_describe(item)}\n")


def _describe(item: Any) -> str:
    """One readable line for an annotation of a built-in layer (its text for any other)."""
    if isinstance(item, Quantity):
        bounds = f"[{item.low}, {item.high}]" if item.qualifier != "exact" else ""
        unit = f" unit={item.unit}" if item.unit else ""
        money = f" {item.currency}" if item.currency else ""
        value = (
            item.value
            if item.kind != "date"
            else "-".join(str(x) for x in (item.year, item.month, item.day) if x is not None)
        )
        return f"{item.kind:<9} {item.qualifier:<11} {value}{money} {bounds}{unit}\t{item.text}"
    if isinstance(item, Entity):
        return f"{item.label:<4} {item.score:.2f} group={item.group}\t{item.text}"
    if isinstance(item, Attribution):
        return f"{item.kind:<12} {item.source_name or '?'} ← {item.cue.text}: {item.content.text}"
    return str(getattr(item, "text", item))


def _analyze(args: argparse.Namespace) -> int:
    nlp = default_pipeline()
    if args.file == "-":
        _write(nlp.pipe(_inputs(sys.stdin, args.lines)), args.format, sys.stdout)
    else:
        with open(args.file, encoding="utf-8") as source:
            _write(nlp.pipe(_inputs(source, args.lines)), args.format, sys.stdout)
    return 0


def _write(docs: Iterator[Document], fmt: str, out: TextIO) -> None:
    for doc in docs:
        if fmt == "json":
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False))
            out.write("\n")
        else:
            _table(doc, out)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``arabicnews`` command."""
    parser = argparse.ArgumentParser(prog="arabicnews", description="Analyse Arabic news text.")
    parser.add_argument("--version", action="version", version=f"arabicnews {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser(
        "analyze",
        help="analyse a file or standard input",
        description="Analyse a UTF-8 file (or - for standard input) with the default pipeline.",
    )
    analyze.add_argument("file", help="a UTF-8 text file, or - to read standard input")
    analyze.add_argument("--lines", action="store_true", help="treat each input line as a separate document")
    analyze.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json: one JSON document per line (default); table: a readable listing",
    )
    analyze.set_defaults(func=_analyze)
    add_download_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except BrokenPipeError:  # pragma: no cover - output closed early (| head)
        return 0
    except (ArabicNewsError, OSError, UnicodeDecodeError) as exc:
        if args.debug:
            raise
        print(f"arabicnews: error: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
