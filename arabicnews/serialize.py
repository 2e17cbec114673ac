"""Old import path, kept working: the names now live in :mod:`arabicnews.core.serialize`."""

from arabicnews.core.serialize import (
    FORMAT_VERSION as FORMAT_VERSION,
    TYPE_MODULES as TYPE_MODULES,
    builtin_types as builtin_types,
    decode as decode,
    document_from_dict as document_from_dict,
    document_to_dict as document_to_dict,
    encode as encode,
    encode_str as encode_str,
)

__all__ = [
    "FORMAT_VERSION",
    "TYPE_MODULES",
    "builtin_types",
    "decode",
    "document_from_dict",
    "document_to_dict",
    "encode",
    "encode_str",
]
