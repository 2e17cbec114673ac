"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.cli.download`."""

from arabicnews.surfaces.cli.download import (
    DEFAULT_PROCESSORS as DEFAULT_PROCESSORS,
    add_download_parser as add_download_parser,
    download as download,
)

__all__ = ["DEFAULT_PROCESSORS", "add_download_parser", "download"]
