"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.cli.main`."""

from arabicnews.core.errors import CommandError as CommandError
from arabicnews.surfaces.cli.main import (
    DocId as DocId,
    Progress as Progress,
    Source as Source,
    build_parser as build_parser,
    done_ids as done_ids,
    html_renderer as html_renderer,
    main as main,
    open_source as open_source,
)

__all__ = [
    "CommandError",
    "DocId",
    "Progress",
    "Source",
    "build_parser",
    "done_ids",
    "html_renderer",
    "main",
    "open_source",
]
