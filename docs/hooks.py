"""mkdocs hooks for the arabicnews site (see mkdocs.yml)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any


def _present(entry: Any, docs: Path) -> Any:
    """The nav entry without the pages that are not in ``docs`` (None when nothing is left)."""
    if isinstance(entry, str):
        return entry if entry.startswith(("http://", "https://")) or (docs / entry).is_file() else None
    if isinstance(entry, list):
        kept = [e for e in (_present(x, docs) for x in entry) if e is not None]
        return kept or None
    if isinstance(entry, dict):
        kept_dict = {k: v for k, v in ((k, _present(v, docs)) for k, v in entry.items()) if v is not None}
        return kept_dict or None
    return entry


def on_config(config: Any) -> Any:
    """Drop nav entries for pages not written yet (performance, reliability, ...), so that the
    strict build tracks the pages that exist; a page that exists but is not in the nav still warns."""
    config["nav"] = _present(config["nav"], Path(config["docs_dir"])) or []
    return config


# Docstrings use Sphinx roles (:class:`~arabicnews.core.errors.OffsetError`); Markdown leaves the role
# name in front of the code span. Keep the code span, shortened as Sphinx would for "~".
_ROLE = re.compile(r":(?:class|meth|func|attr|mod|exc|data|obj):<code>(~?)([^<]*)</code>")


def _role(m: re.Match[str]) -> str:
    name = m.group(2).rsplit(".", 1)[-1] if m.group(1) else m.group(2)
    return f"<code>{name}</code>"


def on_page_content(html: str, **kwargs: Any) -> str:
    """Drop the Sphinx role names that docstrings put before code spans."""
    return _ROLE.sub(_role, html)
