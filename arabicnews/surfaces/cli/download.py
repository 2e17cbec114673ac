"""``arabicnews download``: fetch stanza's Arabic models, the one thing in arabicnews that uses the network.

Nothing else in arabicnews downloads anything: the default pipeline is offline, and the stanza stage
loads stanza with ``download_method=None``. This module touches the network only when
:func:`download` is called (or the ``arabicnews download`` command is run).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from arabicnews.core.errors import DownloadError
from arabicnews.stages.entities.stanza import default_stanza_dir, import_stanza

DEFAULT_PROCESSORS = "tokenize,ner"
"""What the stanza stage needs: the NER model with its pretrain and charlm (stanza adds those), and
the tokenizer, which the stage does not run (it gives stanza our tokens) but stanza's own use needs."""


def download(
    lang: str = "ar",
    model_dir: str | os.PathLike[str] | None = None,
    *,
    processors: str = DEFAULT_PROCESSORS,
    package: str = "default",
) -> Path:
    """Download stanza's ``lang`` models into ``model_dir`` (stanza's default directory if ``None``).

    Returns the directory, which is what :class:`~arabicnews.stages.entities.stanza.StanzaEntityStage` reads
    by default (or give it as ``stanza_dir=``). Models already there are not fetched again.
    Raises :class:`~arabicnews.core.errors.BackendNotInstalledError` without stanza, and
    :class:`~arabicnews.core.errors.DownloadError` when the download fails.
    """
    stanza = import_stanza()
    target = Path(model_dir) if model_dir is not None else default_stanza_dir()
    try:
        stanza.download(lang, model_dir=str(target), package=package, processors=processors, logging_level="INFO")
    except Exception as exc:  # network, HTTP and unknown-language errors alike: one clear message
        raise DownloadError(
            f"could not download stanza's {lang!r} models ({processors}) into {target}: "
            f"{type(exc).__name__}: {exc}. Check the network connection (behind a proxy, set HTTPS_PROXY), "
            "or copy a stanza_resources directory from a machine that has one and pass its path "
            "(arabicnews download --model-dir DIR, StanzaEntityStage(stanza_dir=DIR))."
        ) from exc
    return target


def _run(args: argparse.Namespace) -> int:
    target = download(args.lang, args.model_dir, processors=args.processors)
    print(f"stanza models for {args.lang!r} are in {target}", file=sys.stdout)
    return 0


def add_download_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``download`` subcommand to the ``arabicnews`` command's subparsers; returns its parser.

    The subcommand sets ``func`` (called with the parsed arguments, returning the exit code), as
    ``analyze`` does.
    """
    parser = subparsers.add_parser(
        "download",
        help="download stanza's Arabic models (needs the stanza extra and a network)",
        description=(
            "Download stanza's models for the stanza entity backend (pip install -e '.[stanza]' in the checkout). "
            "This is the only arabicnews command that uses the network."
        ),
    )
    parser.add_argument("--lang", default="ar", help="the language code (default: ar)")
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="where to put the models (default: stanza's own directory, or $STANZA_RESOURCES_DIR)",
    )
    parser.add_argument(
        "--processors",
        default=DEFAULT_PROCESSORS,
        help=f"the stanza processors to fetch, comma-separated (default: {DEFAULT_PROCESSORS})",
    )
    parser.set_defaults(func=_run)
    return parser
