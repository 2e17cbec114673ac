"""The ``arabicnews`` command line: analyse files, directories, JSON Lines or standard input.

arabicnews analyze FILE                    # one document, one JSON line (with its id)
arabicnews analyze --lines FILE            # one document per input line
arabicnews analyze DIR --jobs 2 --output out.jsonl          # every *.txt under DIR, two processes
arabicnews analyze --jsonl in.jsonl --output out.jsonl --resume   # skip ids already in out.jsonl
arabicnews analyze --format table -        # a readable table of tokens and sentences
arabicnews analyze DIR --format html --output pages/   # one page per document and an index.html
arabicnews analyze DIR --format claims-csv -o claims.csv   # one row per figure given by a source
arabicnews analyze FILE --layers quantities,attributions   # JSON with these layers only
"""

from __future__ import annotations

import argparse
import csv
import importlib
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, TextIO, TypedDict

from attrs import asdict, frozen

from arabicnews import __version__
from arabicnews.core.document import Document
from arabicnews.core.errors import ArabicNewsError, CommandError, DocumentError
from arabicnews.core.parallel import AsJSON, DocumentFailure, OnError, run_many
from arabicnews.model.attribution import Attribution
from arabicnews.model.entity import Entity
from arabicnews.model.layers import SENTENCES, TOKENS
from arabicnews.model.quantity import Quantity
from arabicnews.model.spans import sentence_token_ranges
from arabicnews.stages.defaults import default_pipeline
from arabicnews.stages.explain import explain
from arabicnews.surfaces.claims import CLAIM_COLUMNS, claim_rows, plain_number
from arabicnews.surfaces.cli.decoding import HINT, InputError, check_decoded, check_encoding, text_stream
from arabicnews.surfaces.cli.download import add_download_parser

DocId = str | int
"""A document's id in the output: a path, a line number, or the id field of a JSON Lines record."""


# -- input ------------------------------------------------------------------------------------------


class Source:
    """The documents to analyse, as ``(id, text)`` pairs, and how many when that is cheap to know.

    ``problems`` holds the inputs that could not be read: the ones skipped, or the one that ended
    ``items`` early (the run reports it once the documents before it are written).
    """

    def __init__(self, items: Iterable[tuple[DocId, str]], total: int | None, problems: InputProblems) -> None:
        self.items = items
        self.total = total
        self.problems = problems


class InputProblems:
    """Files, lines and records that cannot be read: skipped (``--skip-errors``), or the first ends the input."""

    def __init__(self, skip: bool) -> None:
        self.skip = skip
        self.skipped: list[str] = []
        self.stopped: str | None = None

    def go_on(self, problem: Exception) -> bool:
        """Record ``problem`` (its message names the input); whether to read on past it."""
        message = " ".join(str(problem).split())
        if self.skip:
            self.skipped.append(message)
            print(f"arabicnews: skipped {message}", file=sys.stderr)
            return True
        self.stopped = message
        return False


def _lines(stream: Iterable[str], where: str, encoding: str, problems: InputProblems) -> Iterator[tuple[int, str]]:
    n = 0
    try:
        for n, raw in enumerate(stream, 1):
            line = raw.rstrip("\r\n")
            try:
                check_decoded(line, f"{where} line {n}", encoding, lines=True)
            except InputError as exc:
                if problems.go_on(exc):
                    continue
                return
            yield n, line
    except UnicodeDecodeError as exc:  # a decoder that cannot step over bad bytes (utf-16's): the rest is lost
        problems.go_on(InputError(f"{where} line {n + 1}: not valid {encoding} ({exc.reason}); {HINT}"))


def _jsonl(
    stream: Iterable[str], name: str, text_field: str, id_field: str, encoding: str, problems: InputProblems
) -> Iterator[tuple[DocId, str]]:
    for n, line in _lines(stream, name, encoding, problems):
        if not line.strip():
            continue
        try:
            yield _record(line, f"{name} line {n}", n, text_field, id_field)
        except InputError as exc:
            if not problems.go_on(exc):
                return


def _record(line: str, where: str, n: int, text_field: str, id_field: str) -> tuple[DocId, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, not {type(record).__name__}")
    text = record.get(text_field)
    if not isinstance(text, str):
        fields = ", ".join(map(repr, record)) or "none"
        problem = "has no" if text_field not in record else f"has a {type(text).__name__} in its"
        raise InputError(
            f"{where}: the record {problem} {text_field!r} text field (its fields: {fields}); "
            "choose the field with --text-field"
        )
    doc_id = record.get(id_field, n)
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
        doc_id = json.dumps(doc_id, ensure_ascii=False)
    return doc_id, text


def _read(path: Path, name: str, encoding: str) -> str:
    """The whole text of the file ``path`` (called ``name`` in errors)."""
    with open(path, "rb") as raw:
        stream, used = text_stream(raw, encoding, name)
        try:
            text = stream.read()
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {used} ({exc.reason}); {HINT}") from None
    check_decoded(text, name, used)
    return text


def _stdin(encoding: str) -> tuple[TextIO, str]:
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:  # already text (a test's StringIO): its encoding is not ours to choose
        return sys.stdin, getattr(sys.stdin, "encoding", None) or "utf-8"
    return text_stream(binary, encoding, "standard input")


def _directory(root: Path, lines: bool, encoding: str, problems: InputProblems) -> Source:
    files = sorted(p for p in root.rglob("*.txt") if p.is_file())
    if not files:
        raise CommandError(f"no *.txt files under the directory {root}")

    def items() -> Iterator[tuple[DocId, str]]:
        for path in files:
            rel = path.relative_to(root).as_posix()
            try:
                if lines:
                    with open(path, "rb") as raw:
                        stream, used = text_stream(raw, encoding, str(path))
                        for n, line in _lines(stream, str(path), used, problems):
                            yield f"{rel}:{n}", line
                    if problems.stopped:
                        return
                else:
                    text = _read(path, str(path), encoding)
                    yield rel, text
            except InputError as exc:
                if not problems.go_on(exc):
                    return
            except OSError as exc:
                if not problems.go_on(InputError(f"{path}: {exc.strerror or exc}")):
                    return

    return Source(items(), None if lines else len(files), problems)


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def open_source(args: argparse.Namespace) -> Source:
    """The documents the ``analyze`` arguments name.

    Files are read one at a time as the run needs them. A file, line or record that cannot be read
    is skipped with ``--skip-errors``; otherwise it ends the input, and the run reports it after
    writing the documents before it. One file or standard input is read at once, so that a problem
    with it stops the run before anything is written.
    """
    if args.jsonl and args.lines:
        raise CommandError("give --lines or --jsonl, not both")
    encoding = check_encoding(args.encoding)
    problems = InputProblems(args.skip_errors)
    name: str = args.input
    if name == "-":
        stream, used = _stdin(encoding)
        if args.jsonl:
            return Source(
                _jsonl(stream, "standard input", args.text_field, args.id_field, used, problems), None, problems
            )
        if args.lines:
            return Source(_lines(stream, "standard input", used, problems), None, problems)
        try:
            text = stream.read()
            check_decoded(text, "standard input", used)
        except (InputError, UnicodeDecodeError) as exc:
            return _one_unreadable(exc, "standard input", problems)
        return Source([("-", text)], 1, problems)
    path = Path(name)
    if path.is_dir():
        if args.jsonl:
            raise CommandError(f"{name} is a directory; --jsonl reads one JSON Lines file")
        return _directory(path, args.lines, encoding, problems)
    if args.jsonl or args.lines:
        total = _count_lines(path) if args.jsonl else None

        def records() -> Iterator[tuple[DocId, str]]:
            with open(path, "rb") as raw:
                stream, used = text_stream(raw, encoding, name)
                if args.jsonl:
                    yield from _jsonl(stream, name, args.text_field, args.id_field, used, problems)
                else:
                    yield from _lines(stream, name, used, problems)

        return Source(records(), total, problems)
    try:
        text = _read(path, name, encoding)
    except InputError as exc:
        return _one_unreadable(exc, name, problems)
    return Source([(name, text)], 1, problems)


def _one_unreadable(exc: Exception, name: str, problems: InputProblems) -> Source:
    if isinstance(exc, UnicodeDecodeError):
        exc = InputError(f"{name}: not valid {exc.encoding} ({exc.reason}); {HINT}")
    if not problems.skip:
        raise CommandError(str(exc))
    problems.go_on(exc)
    return Source([], 1, problems)


# -- output -----------------------------------------------------------------------------------------


def _key(doc_id: object) -> str:
    return json.dumps(doc_id, ensure_ascii=False)


def done_ids(path: Path) -> set[str]:
    """The ids already written to the JSON Lines file ``path``, dropping a last line cut short.

    A run stopped while writing leaves at most one incomplete last line; it is removed so that
    appending starts on a fresh line.
    """
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as f:
            f.truncate(end)
    ids: set[str] = set()
    for n, line in enumerate(data[:end].decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise CommandError(f"cannot resume: {path} line {n} is not JSON; is it an arabicnews output?") from None
        if not isinstance(record, dict) or "id" not in record:
            raise CommandError(f"cannot resume: {path} line {n} has no 'id'; is it an arabicnews output?")
        ids.add(_key(record["id"]))
    return ids


def _with_id(doc_id: DocId, doc_json: str) -> str:
    # doc_json is a JSON object; put the id first without parsing it again.
    rest = doc_json[1:].lstrip()
    return '{"id": ' + _key(doc_id) + (", " + rest if rest != "}" else "}")


class Progress:
    """A one-line progress report on a terminal's standard error; silent when it is not a terminal."""

    def __init__(self, stream: TextIO, total: int | None, every: float = 0.2) -> None:
        self.stream = stream
        self.total = total
        self.every = every
        self.enabled = stream.isatty()
        self.done = 0
        self.skipped = 0
        self.start = time.monotonic()
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        if self.total:
            width = 30
            filled = min(width, width * (self.done + self.skipped) // self.total)
            bar = "#" * filled + "." * (width - filled)
            head = f"[{bar}] {self.done + self.skipped}/{self.total}"
        else:
            head = f"{self.done} documents"
        self.stream.write(f"\r{head}  {rate:.1f} docs/s ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _table(doc: Document, out: TextIO, doc_id: DocId | None = None) -> None:
    if doc_id is not None:
        out.write(f"# document {_key(doc_id)}\n")
    tokens, sentences = doc.tokens, doc.sentences
    for n, (sent, (first, last)) in enumerate(zip(sentences, sentence_token_ranges(tokens, sentences), strict=True), 1):
        out.write(f"# sentence {n} [{sent.start}:{sent.end}]\n")
        for tok in tokens[first:last]:
            segs = " + ".join(s.form for s in tok.segments) if len(tok.segments) > 1 else ""
            out.write(f"{tok.start:>6} {tok.end:>6}  {tok.kind:<8} {tok.text}\t{tok.norm}\t{segs}\n")
    for name in doc.layer_names:
        if name in (TOKENS.name, SENTENCES.name):  # written above, sentence by sentence
            continue
        out.write(f"# {name}\n")
        for item in doc.layer(name):
            out.write(f"{item.start:>6} {item.end:>6}  {_describe(item)}\n")


def _describe(item: Any) -> str:
    """One readable line for an annotation of a built-in layer (its text for any other).

    One branch per annotation class: what is worth a column is this table's choice, not the registry's.
    """
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


def html_renderer() -> Callable[[Document], str]:
    """``arabicnews.surfaces.render.render``, imported on first use; a clear error when it is not there."""
    if importlib.util.find_spec("arabicnews.surfaces.render") is None:
        raise CommandError(
            "--format html needs the arabicnews.surfaces.render module, which this installation does not have; "
            "use --format json or --format table"
        )
    render: Callable[[Document], str] = importlib.import_module("arabicnews.surfaces.render").render
    return render


@frozen
class _AsJSONLayers:
    """``analyze(text)`` as one line of JSON holding only the chosen layers (``--layers``); picklable for workers."""

    analyze: Callable[[str], Document]
    layers: tuple[str, ...]

    def __call__(self, text: str) -> str:
        doc = self.analyze(text)
        kept = Document(doc.text, tuple((name, doc.layer(name)) for name in self.layers if doc.has_layer(name)))
        return json.dumps(kept.to_dict(), ensure_ascii=False)


@frozen
class _AsClaims:
    """``analyze(text)`` as its claims table rows (figures written plainly); picklable for workers."""

    analyze: Callable[[str], Document]

    def __call__(self, text: str) -> list[dict[str, Any]]:
        return [{k: plain_number(v) for k, v in row.items()} for row in claim_rows(self.analyze(text))]


def _chosen_layers(spec: str, available: Sequence[str]) -> tuple[str, ...]:
    """The layer names of ``--layers a,b``, checked against the layers the pipeline adds."""
    names = tuple(dict.fromkeys(n.strip() for n in spec.split(",") if n.strip()))
    unknown = [n for n in names if n not in available]
    if unknown or not names:
        problem = f"unknown layer {', '.join(map(repr, unknown))}" if unknown else "no layer named"
        raise CommandError(f"--layers: {problem}; the layers are {', '.join(available)}")
    return names


class _HtmlPages:
    """``--format html`` over several documents: one page per document in a directory, and ``index.html``."""

    def __init__(self, directory: Path, render: Callable[[Document], str]) -> None:
        from arabicnews.surfaces.render import IndexEntry

        self.directory = directory
        self.render = render
        self.entries: list[IndexEntry] = []
        self.used: set[str] = set()

    def write(self, doc_id: DocId, doc: Document) -> None:
        from arabicnews.surfaces.render import index_entry

        name = _page_name(doc_id, len(self.entries) + 1, self.used)
        (self.directory / name).write_text(self.render(doc), encoding="utf-8")
        self.entries.append(index_entry(str(doc_id), name, doc))

    def close(self) -> None:
        from arabicnews.surfaces.render import render_index

        (self.directory / "index.html").write_text(render_index(self.entries), encoding="utf-8")


def _page_name(doc_id: DocId, n: int, used: set[str]) -> str:
    """A file name for a document's page: its id made safe for a file name (its number if that gives nothing)."""
    safe = "".join(c if c.isalnum() or c in ".-" else " " for c in str(doc_id).removesuffix(".txt"))
    stem = "_".join(safe.split())[:80].strip(".") or f"{n:04d}"
    name = f"{stem}.html"
    if name in used or name == "index.html":
        name = f"{stem}-{n}.html"
    used.add(name)
    return name


def _html_directory(args: argparse.Namespace, total: int | None) -> Path | None:
    """The directory ``--format html`` writes pages to, or None for one page to --output or standard output.

    One page goes where one document's output goes; several (or a number not known before the run:
    ``--lines``, JSON Lines, standard input) need ``--output DIR``.
    """
    out: Path | None = args.output
    if total == 1 and (out is None or not out.is_dir()):
        return None
    if out is None:
        raise CommandError(
            "--format html over several documents writes one page per document and an index.html: "
            "give --output DIR (a directory, created if missing)"
        )
    if out.exists() and not out.is_dir():
        raise CommandError(
            f"--format html over several documents writes one page per document: --output {out} is a file, "
            "give a directory (created if missing)"
        )
    out.mkdir(parents=True, exist_ok=True)
    return out


def _warn_jsonl_name(args: argparse.Namespace) -> None:
    """A warning when a ``.jsonl`` file is read as plain text: it is then one document, records and all."""
    name = str(args.input)
    if not (args.jsonl or args.lines) and name.lower().endswith((".jsonl", ".ndjson")) and not Path(name).is_dir():
        print(
            f"arabicnews: warning: {name} is read as one plain-text document; "
            "add --jsonl to analyse one document per JSON Lines record",
            file=sys.stderr,
        )


# -- the analyze command ----------------------------------------------------------------------------


def _analyze(args: argparse.Namespace) -> int:
    if args.resume and args.output is None:
        raise CommandError("--resume needs --output FILE (the JSON Lines file to continue)")
    if args.resume and args.format != "json":
        raise CommandError("--resume works with --format json only")
    if args.layers is not None and args.format != "json":
        raise CommandError("--layers chooses the layers of --format json; drop it or use --format json")
    if args.jobs < 0:
        raise CommandError(f"--jobs must be 0 (every core) or more, not {args.jobs}")
    if args.explain is not None:
        return _explain(args)
    jobs = args.jobs or os.cpu_count() or 1
    render = html_renderer() if args.format == "html" else None
    _warn_jsonl_name(args)
    source = open_source(args)
    pages = _HtmlPages(directory, render) if render and (directory := _html_directory(args, source.total)) else None
    skip: set[str] = set()
    if args.resume and args.output.exists():
        skip = done_ids(args.output)
    progress = Progress(sys.stderr, source.total)
    ids: dict[int, DocId] = {}

    def texts() -> Iterator[str]:
        index = 0
        for doc_id, text in source.items:
            if skip and _key(doc_id) in skip:
                progress.skipped += 1
                continue
            ids[index] = doc_id
            index += 1
            yield text

    failures: list[DocumentFailure] = []
    on_error: OnError = "skip" if args.skip_errors else "raise"
    nlp = default_pipeline()
    results: Iterator[str | Document | list[dict[str, Any]]]
    if args.format == "json" and args.layers is not None:
        chosen = _chosen_layers(args.layers, nlp.provides)
        results = run_many(_AsJSONLayers(nlp, chosen), texts(), **_run_options(args, jobs, on_error, failures))
    elif args.format == "json":
        results = run_many(AsJSON(nlp), texts(), **_run_options(args, jobs, on_error, failures))
    elif args.format.startswith("claims-"):
        results = run_many(_AsClaims(nlp), texts(), **_run_options(args, jobs, on_error, failures))
    else:
        results = nlp.pipe(texts(), **_run_options(args, jobs, on_error, failures))
    failed = 0
    claims_csv: Any = None
    with _output(None if pages else args.output, args.resume) as out:
        if args.format == "claims-csv":
            if args.output is not None:
                out.write("\ufeff")  # a byte order mark, so that spreadsheets read the file as UTF-8
            claims_csv = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
            claims_csv.writeheader()
        try:
            position = 0
            for result in results:
                while failures:
                    failure = failures.pop(0)
                    _report_failure(ids.pop(failure.index), failure)
                    failed += 1
                    position = failure.index + 1
                doc_id = ids.pop(position)
                position += 1
                if isinstance(result, str):
                    out.write(_with_id(doc_id, result) + "\n")
                    out.flush()  # a stopped run leaves whole lines, which --resume keeps
                elif isinstance(result, list):
                    for row in result:
                        row["doc_id"] = doc_id
                        if claims_csv is not None:
                            claims_csv.writerow(row)
                        else:
                            out.write(json.dumps(row, ensure_ascii=False) + "\n")
                elif pages is not None:
                    pages.write(doc_id, result)
                elif render is not None:
                    out.write(render(result) + "\n")
                else:
                    _table(result, out, doc_id)
                progress.advance()
            for failure in failures:
                _report_failure(ids.pop(failure.index), failure)
                failed += 1
        except DocumentError as exc:
            doc_id = ids.get(exc.index, exc.index)
            raise CommandError(
                f"document {_key(doc_id)}: {type(exc.error).__name__}: {exc.error} "
                f"({_written(progress.done)} before it; --skip-errors to go on past it)"
            ) from exc
        finally:
            out.flush()  # the documents done are written before any error is reported
            progress.close()
            if pages is not None:
                pages.close()  # the index lists the pages written, even when the run stopped early
    _finish(source.problems, progress.done, failed)
    return 0


def _written(n: int) -> str:
    return f"{n} document{'s' if n != 1 else ''} written"


def _finish(problems: InputProblems, written: int, failed: int) -> None:
    """End a run: the input problem that stopped it as the error, or a summary of what was skipped."""
    if problems.stopped is not None:
        raise CommandError(f"{problems.stopped} ({_written(written)} before it; --skip-errors to go on past it)")
    unreadable = len(problems.skipped)
    if unreadable or failed:
        print(
            f"arabicnews: {_written(written)}; skipped {unreadable} input(s) that could not be read "
            f"and {failed} document(s) whose analysis failed",
            file=sys.stderr,
        )


def _explain(args: argparse.Namespace) -> int:
    """``analyze --explain LAYER``: each document's rule decisions for LAYER, one line each (or JSON)."""
    if args.format not in ("table", "json"):
        raise CommandError(
            f"--explain writes a listing (--format table) or JSON Lines (--format json), not {args.format}"
        )
    if args.resume:
        raise CommandError("--explain does not resume; drop --resume")
    nlp = default_pipeline()
    source = open_source(args)
    written = 0
    with _output(args.output, False) as out:
        for doc_id, text in source.items:
            found = explain(text, args.explain, pipeline=nlp)
            if args.format == "json":
                record = {"id": doc_id, "layer": found.layer, "decisions": [asdict(d) for d in found.decisions]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(f"# {_key(doc_id)}: {len(found.decisions)} decisions for {found.layer}\n")
                out.writelines(line + "\n" for line in found.lines())
            written += 1
    _finish(source.problems, written, 0)
    return 0


def _output(path: Path | None, append: bool) -> AbstractContextManager[TextIO]:
    if path is None:
        return nullcontext(sys.stdout)
    return open(path, "a" if append else "w", encoding="utf-8")


def _run_options(
    args: argparse.Namespace, jobs: int, on_error: OnError, failures: list[DocumentFailure]
) -> _RunOptions:
    return {"batch_size": args.batch_size, "n_process": jobs, "on_error": on_error, "failures": failures}


class _RunOptions(TypedDict):
    batch_size: int
    n_process: int
    on_error: OnError
    failures: list[DocumentFailure]


def _report_failure(doc_id: DocId, failure: DocumentFailure) -> None:
    print(f"arabicnews: skipped {_key(doc_id)}: {failure.error_type}: {failure.message}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``arabicnews`` command."""
    parser = argparse.ArgumentParser(prog="arabicnews", description="Analyse Arabic news text.")
    parser.add_argument("--version", action="version", version=f"arabicnews {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser(
        "analyze",
        help="analyse a file, a directory, a JSON Lines file or standard input",
        description=(
            "Analyse text (UTF-8 unless --encoding says otherwise) with the default pipeline: a file, every "
            "*.txt under a directory (id = relative path), a JSON Lines file (--jsonl), or - for standard "
            "input. Writes one JSON record per document, with its id."
        ),
    )
    analyze.add_argument("input", metavar="INPUT", help="a file, a directory, or - for standard input")
    analyze.add_argument("--lines", action="store_true", help="each input line is a document (id = line number)")
    analyze.add_argument("--jsonl", action="store_true", help="the input is JSON Lines, one record per document")
    analyze.add_argument("--text-field", default="text", help="with --jsonl: the field holding the text (text)")
    analyze.add_argument("--id-field", default="id", help="with --jsonl: the field holding the id (id; else line)")
    analyze.add_argument(
        "--format",
        choices=("json", "table", "html", "claims-csv", "claims-jsonl"),
        default="json",
        help="json: JSON Lines (default); table: a readable listing; html: an annotated page (one per document "
        "and an index.html in --output DIR for several); claims-csv, claims-jsonl: one row per figure given by "
        "a source (document id, source, speaker, cue, figure, value, bounds, qualifier, kind, unit, sentence)",
    )
    analyze.add_argument(
        "--layers",
        default=None,
        metavar="A,B",
        help="with --format json: write only these layers (tokens, sentences, quantities, entities, attributions)",
    )
    analyze.add_argument(
        "--output",
        "-o",
        type=Path,
        default=None,
        help="write to FILE instead of standard output (a directory for --format html over several documents)",
    )
    analyze.add_argument(
        "--resume", action="store_true", help="with --output: keep its records and skip the ids already there"
    )
    analyze.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1; 0 = every core)")
    analyze.add_argument("--batch-size", type=int, default=16, help="documents per batch sent to a worker (16)")
    analyze.add_argument(
        "--skip-errors",
        action="store_true",
        help="report a file, line or record that cannot be read, or a document that fails, on standard error "
        "and go on (a summary ends the run); without it the run stops there, after writing the documents before it",
    )
    analyze.add_argument(
        "--encoding",
        default="utf-8",
        help="the encoding of the input (utf-8; cp1256, iso-8859-6 ... for legacy archives; auto: detect it with "
        "charset-normalizer, pip install charset-normalizer)",
    )
    analyze.add_argument(
        "--explain",
        metavar="LAYER",
        default=None,
        help="instead of the annotations, list which rule took or refused each candidate of LAYER "
        "(quantities, attributions, ...), one line per decision; runs in one process",
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
    except KeyboardInterrupt:  # pragma: no cover - interactive
        print("arabicnews: interrupted", file=sys.stderr)
        return 130
    except (ArabicNewsError, OSError, UnicodeDecodeError, ValueError) as exc:
        if args.debug:
            raise
        message = " ".join(str(exc).split())  # one line, whatever the exception's message holds
        print(f"arabicnews: error: {message}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
