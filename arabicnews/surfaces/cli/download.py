"""``arabicnews download``: fetch the optional backends' models, the one thing in arabicnews that uses the network.

``--backend stanza`` (the default) fetches stanza's Arabic models; ``--backend transformers`` a
Hugging Face token-classification model (:data:`~arabicnews.stages.entities.transformer.DEFAULT_MODEL`
unless ``--model`` names another). Nothing else in arabicnews downloads anything: the default
pipeline is offline, the stanza stage loads stanza with ``download_method=None`` and the
transformers stage loads with ``local_files_only=True``. This module touches the network only when
:func:`download` or :func:`download_transformer` is called (or the ``arabicnews download`` command is run).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from arabicnews.core.errors import BackendNotInstalledError, CommandError, DownloadError
from arabicnews.stages.entities.stanza import default_stanza_dir, import_stanza
from arabicnews.stages.entities.transformer import DEFAULT_MODEL

BACKENDS = ("stanza", "transformers")
"""The backends whose models ``arabicnews download`` fetches."""

TRANSFORMER_SKIP = ("*.h5", "*.msgpack", "*.ot", "*.onnx", "tf_model*", "flax_model*", "rust_model*", "*.tflite")
"""Files of a Hub model that the transformers stage never reads (TensorFlow, Flax, ONNX weights)."""

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


def download_transformer(
    model: str = DEFAULT_MODEL, model_dir: str | os.PathLike[str] | None = None, *, revision: str | None = None
) -> Path:
    """Download the Hugging Face model ``model`` (a Hub name) with its tokenizer; returns where it is.

    Without ``model_dir`` the files go to the Hugging Face cache (``$HF_HOME``), where
    ``TransformerEntityStage(model=NAME)`` finds them; with it they are written into that directory
    (then give ``TransformerEntityStage(model=DIR)``). Files already there are not fetched again.
    Raises :class:`~arabicnews.core.errors.BackendNotInstalledError` without the transformers extra,
    and :class:`~arabicnews.core.errors.DownloadError` (one line) when the download fails, including
    offline (``HF_HUB_OFFLINE=1``) when the files are not in the cache.
    """
    try:
        hub = importlib.import_module("huggingface_hub")
    except ModuleNotFoundError as exc:
        raise BackendNotInstalledError("transformers", "transformers") from exc
    try:
        path = hub.snapshot_download(
            repo_id=model,
            revision=revision,
            local_dir=None if model_dir is None else os.fspath(model_dir),
            ignore_patterns=list(TRANSFORMER_SKIP),
        )
    except Exception as exc:  # network, HTTP, offline mode and unknown-model errors alike: one clear message
        said = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
        raise DownloadError(
            f"could not download the model {model!r} from the Hugging Face Hub: {type(exc).__name__}: {said}. "
            "Check the model name and the network connection (behind a proxy, set HTTPS_PROXY; unset "
            "HF_HUB_OFFLINE), or copy a directory written by save_pretrained from a machine that has the model "
            "and give it as TransformerEntityStage(model=DIR)."
        ) from exc
    return Path(path)


def _run(args: argparse.Namespace) -> int:
    if args.backend == "transformers":
        target = download_transformer(args.model or DEFAULT_MODEL, args.model_dir)
        print(f"the model {args.model or DEFAULT_MODEL!r} is in {target}", file=sys.stdout)
        return 0
    if args.model is not None:
        raise CommandError("--model names a Hugging Face model: give it with --backend transformers")
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
        help="download the models of an optional entity backend (stanza or transformers; needs a network)",
        description=(
            "Download stanza's models for the stanza entity backend (pip install -e '.[stanza]' in the checkout), "
            "or with --backend transformers a Hugging Face model for the transformers backend "
            "(pip install -e '.[transformers]'). This is the only arabicnews command that uses the network."
        ),
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="stanza",
        help="whose models to fetch: stanza's Arabic models (default) or a Hugging Face model",
    )
    parser.add_argument(
        "--model",
        default=None,
        help=f"with --backend transformers: the Hugging Face model name (default: {DEFAULT_MODEL})",
    )
    parser.add_argument("--lang", default="ar", help="stanza: the language code (default: ar)")
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="where to put the models (default: stanza's own directory, or $STANZA_RESOURCES_DIR; "
        "for transformers the Hugging Face cache, $HF_HOME)",
    )
    parser.add_argument(
        "--processors",
        default=DEFAULT_PROCESSORS,
        help=f"stanza: the processors to fetch, comma-separated (default: {DEFAULT_PROCESSORS})",
    )
    parser.set_defaults(func=_run)
    return parser
