"""Open a file as a `Document`: checks, decoding, then the importer for its kind."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path

from reader.document.encoding import decode, decode_as
from reader.document.model import Document, DocumentError

MAX_FILE_BYTES = 16 * 1024 * 1024  # larger files are refused: no article is this long
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht"})


def load(path: str | os.PathLike[str], encoding: str | None = None) -> Document:
    """Read and import the file at path (decoded as encoding, else as detected); raise
    DocumentError with a one-line reason."""
    p = Path(path)
    data = _read_checked(p)
    suffix = p.suffix.lower()
    kind = "markdown" if suffix in MARKDOWN_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "text"
    # Absolute: the path identifies the file to the store whatever folder Reader starts in.
    return load_bytes(data, os.path.abspath(p), kind, encoding)


def load_bytes(
    data: bytes, path: str = "", kind: str = "text", encoding: str | None = None
) -> Document:
    """Import raw file bytes as a document of the given kind ("text" or "markdown"), decoded
    as encoding when given, else as detected. A web page is read as one whatever its name
    says (and a page named .html that is really text, as text)."""
    document = _imported(data, path, kind, encoding)
    raw = hashlib.sha256(data).hexdigest()
    return replace(document, source=replace(document.source, raw_sha256=raw))


def _imported(data: bytes, path: str, kind: str, encoding: str | None) -> Document:
    if kind != "markdown" and encoding is None:
        from reader.document.web.web_sniff import has_markup, looks_like_html

        if looks_like_html(data) or kind == "html" and has_markup(data):
            from reader.document.web.html_importer import import_html

            return import_html(data, path)
    try:
        text, encoding = decode(data) if encoding is None else _chosen(data, encoding, path)
    except DocumentError as error:
        raise DocumentError(_naming(str(error), path)) from None
    if not text.strip():
        raise DocumentError(f"{_name(path)} has no text to show")
    if kind == "markdown":
        from reader.document.markdown.markdown_importer import import_markdown

        return import_markdown(text, path, encoding)
    from reader.document.scraped.text_importer import import_text

    return import_text(text, path, encoding)


_CHOSEN_ERRORS_MAX = 0.25  # more undecodable: little is left to show (GBK as Big5: ≈6%; as UTF-8: ≈50–80%)


def _chosen(data: bytes, encoding: str, path: str) -> tuple[str, str]:
    """data decoded as the encoding the reader chose; a wrong one says so in one line (the
    importer would drop its garbled lines, their U+FFFD removed as scraped residue, and show
    a blank page)."""
    text, name = decode_as(data, encoding)
    bad = text.count("\ufffd")
    if bad > _CHOSEN_ERRORS_MAX * len(text):
        raise DocumentError(
            f"{_name(path)} is not {encoding}: {bad} of its {len(text)} characters don't decode"
        )
    return text, name


def _name(path: str) -> str:
    return Path(path).name or "The file"


def _naming(reason: str, path: str) -> str:
    """A decoding error's "the file" replaced by the file's name ("photo.jpg is binary…")."""
    if path and Path(path).name and reason.startswith("the file"):
        return Path(path).name + reason[len("the file") :]
    return reason


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def why_unopenable(path: str | os.PathLike[str]) -> str:
    """"" if path is a file load() can read, else the one-line reason it would give (what is
    checked without reading the file: that it exists, is a file, is not too large or empty,
    may be read)."""
    try:
        _read_checked(Path(path), limit=1)
    except DocumentError as e:
        return str(e)
    return ""


def _read_checked(p: Path, *, limit: int = MAX_FILE_BYTES + 1) -> bytes:
    try:
        info = p.stat()  # through links: what would be read
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(f"{p} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block the read, or never end: refuse before opening.
            raise DocumentError(f"{p} is {_special_kind(info.st_mode)}, not a regular file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(
                f"{p.name} is {size / 2**20:.0f} MB; Reader opens files up to "
                f"{MAX_FILE_BYTES // 2**20} MB"
            )
        with p.open("rb") as f:
            data = f.read(limit)
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
