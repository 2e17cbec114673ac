"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.entities.stanza`
(``decode_tags`` is :func:`arabicnews.stages.entities.bio.bio_spans`)."""

from arabicnews.stages.entities.bio import bio_spans as decode_tags
from arabicnews.stages.entities.stanza import (
    DOWNLOAD_HINT as DOWNLOAD_HINT,
    STANZA_LABELS as STANZA_LABELS,
    Feed as Feed,
    StanzaEntityStage as StanzaEntityStage,
    StanzaSettings as StanzaSettings,
    default_stanza_dir as default_stanza_dir,
    import_stanza as import_stanza,
    stanza_models_installed as stanza_models_installed,
    token_groups as token_groups,
)

__all__ = [
    "DOWNLOAD_HINT",
    "STANZA_LABELS",
    "Feed",
    "StanzaEntityStage",
    "StanzaSettings",
    "decode_tags",
    "default_stanza_dir",
    "import_stanza",
    "stanza_models_installed",
    "token_groups",
]
