"""Open a file as a `Document`: checks, decoding, then the importer for its kind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from reader.document.encoding import decode
from reader.document.model import Document, DocumentError

MAX_FILE_BYTES = 16 * 1024 * 1024  # larger files are refused: no article is this long
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def load(path: str | os.PathLike[str]) -> Document:
    """Read and import the file at path; raise DocumentError with a one-line reason."""
    p = Path(path)
    data = _read_checked(p)
    kind = "markdown" if p.suffix.lower() in MARKDOWN_SUFFIXES else "text"
    # Absolute: the path identifies the file to the store whatever folder Reader starts in.
    return load_bytes(data, os.path.abspath(p), kind)


def load_bytes(data: bytes, path: str = "", kind: str = "text") -> Document:
    """Import raw file bytes as a document of the given kind ("text" or "markdown")."""
    text, encoding = decode(data)
    if not text.strip():
        raise DocumentError(f"{_name(path)} has no text to show")
    if kind == "markdown":
        from reader.document.markdown_importer import import_markdown

        return import_markdown(text, path, encoding)
    from reader.document.text_importer import import_text

    return import_text(text, path, encoding)


def _name(path: str) -> str:
    return Path(path).name or "The file"


def _read_checked(p: Path) -> bytes:
    try:
        if p.is_dir():
            raise DocumentError(f"{p} is a folder, not a file")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(
                f"{p.name} is {size / 2**20:.0f} MB; Reader opens files up to "
                f"{MAX_FILE_BYTES // 2**20} MB"
            )
        with p.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"{p} does not exist") from None
    except PermissionError:
        raise DocumentError(f"{p} can't be read: permission denied") from None
    except OSError as e:
        if e.errno == errno.ENAMETOOLONG:
            raise DocumentError("the file name is too long") from None
        raise DocumentError(f"{p} can't be read: {e.strerror or e}") from None
    if not data:
        raise DocumentError(f"{p.name} is empty")
    return data
