"""Reading input text in a named encoding or a detected one, and saying where bytes did not decode.

Streams decode with ``errors="surrogateescape"``: a byte that does not decode becomes one code point
in U+DC80..U+DCFF, which valid input never produces, so a line or a file is checked by one search
and the reader carries on with the next line or file instead of dying inside the decoder.
"""

from __future__ import annotations

import codecs
import importlib
import io
from typing import BinaryIO, TextIO

import regex

from arabicnews.core.errors import CommandError

AUTO = "auto"
SNIFF_BYTES = 1 << 20
"""How much of a stream ``--encoding auto`` reads to detect its encoding."""

_UNDECODED = regex.compile(r"[\udc80-\udcff]")
HINT = "give its encoding with --encoding (cp1256 or iso-8859-6 for many Arabic archives, or auto to detect it)"


class InputError(CommandError):
    """One input (a file, a line, a record) that cannot be read; the message names it.

    ``--skip-errors`` skips it; anywhere else it is the command's one-line error.
    """


def check_encoding(name: str) -> str:
    """``name`` as given when Python knows the codec (or it is ``auto``); a CommandError otherwise."""
    if name == AUTO:
        return name
    try:
        codecs.lookup(name)
    except LookupError:
        raise CommandError(
            f"unknown encoding {name!r}: give a Python codec name (utf-8, cp1256, iso-8859-6, utf-16 ...) or auto"
        ) from None
    return name


def detect(data: bytes, where: str) -> str:
    """The encoding charset-normalizer finds most likely for ``data``; ``where`` names it in errors."""
    try:
        charset_normalizer = importlib.import_module("charset_normalizer")
    except ImportError:
        raise CommandError(
            "--encoding auto needs charset-normalizer, which is not installed: pip install charset-normalizer "
            "(or pip install -e '.[encodings]' in the arabicnews checkout)"
        ) from None
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(f"{where}: cannot tell its encoding (is it text?); give it with --encoding")
    encoding: str = best.encoding
    if encoding == "ascii":  # what follows the bytes sniffed may not be
        return "utf-8"
    if encoding == "utf_8" and best.bom:
        return "utf-8-sig"
    return encoding


class _Prefixed(io.RawIOBase):
    """The bytes already read from a stream (to detect its encoding), then the rest of it."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def text_stream(binary: BinaryIO, encoding: str, where: str) -> tuple[TextIO, str]:
    """``binary`` as text in ``encoding`` (or the one detected for ``auto``), and the encoding used.

    Newlines are translated as ``open()`` does in text mode, so offsets match a file read that way.
    """
    if encoding == AUTO:
        head = binary.read(SNIFF_BYTES)
        sample = head
        if len(head) == SNIFF_BYTES and b"\n" in head:  # more follows: do not cut a character in two
            sample = head[: head.rindex(b"\n") + 1]
        encoding = detect(sample, where) if sample else "utf-8"
        binary = io.BufferedReader(_Prefixed(head, binary))
    return io.TextIOWrapper(binary, encoding=encoding, errors="surrogateescape"), encoding


def check_decoded(text: str, where: str, encoding: str, *, lines: bool = False) -> None:
    """Raise InputError naming ``where`` and the first byte that did not decode, if one did not.

    ``where`` is a file for a whole text (the message gives the line), or a file and line (``lines``:
    the message gives the column).
    """
    bad = _UNDECODED.search(text)
    if bad is None:
        return
    byte = ord(bad.group()) - 0xDC00
    if lines:
        at = f"byte 0x{byte:02x} at column {bad.start() + 1}"
    else:
        at = f"byte 0x{byte:02x} on line {text.count(chr(10), 0, bad.start()) + 1}"
    raise InputError(f"{where}: not valid {encoding} ({at}); {HINT}")
