"""The pure-Python core: files in, `Document` out. Never imports Qt."""

from __future__ import annotations

from reader.document.loader import MAX_FILE_BYTES, load, load_bytes
from reader.document.model import (
    Block,
    BlockKind,
    Disclaimer,
    Document,
    DocumentError,
    Figure,
    FigureKind,
    LeftOut,
    Section,
    Source,
    Stats,
)

__all__ = [
    "MAX_FILE_BYTES",
    "Block",
    "BlockKind",
    "Disclaimer",
    "Document",
    "DocumentError",
    "Figure",
    "FigureKind",
    "LeftOut",
    "Section",
    "Source",
    "Stats",
    "load",
    "load_bytes",
]
