"""Where a library document's file went: a file chosen for it checked against its text, or a
folder searched for the file whose text is the same (matched by sha256, not by name)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.document import DocumentError, load

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.library_entry import LibraryEntry

SEARCH_LIMIT = 2000  # files read at most when a folder is searched
SEARCH_DEPTH = 4
READABLE = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".html", ".htm",
                      ".xhtml", ".shtml", ".mhtml", ".mht", ""})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Located:
    """A file for the document: whether its text is the same (else notes are found again by
    their quotes), or why it can't be the document's (error, nothing else set)."""

    path: str = ""
    same_text: bool = False
    error: str = ""


def check_file(store: Store, entry: LibraryEntry, path: str) -> Located:
    """Whether the file at path can be the document's new place (a folder is searched)."""
    if os.path.isdir(path):
        same = find_same_text(path, entry.sha256, Path(entry.path or "").name)
        if same is None:
            return Located(error=f"no file in {path} has the text of {_name(entry)}")
        return Located(same, True)
    try:
        sha256 = load(path).source.sha256
    except DocumentError as error:
        return Located(error=str(error))
    doc_id = store.find_document(os.path.abspath(path), sha256)
    if doc_id not in (None, entry.doc_id):
        return Located(error=f"{path} is another document of the library")
    return Located(os.path.abspath(path), sha256 == entry.sha256)


def find_same_text(folder: str, sha256: str, name: str = "") -> str | None:
    """A file under folder whose text has this sha256: files of the old name first."""
    candidates = sorted(_files(folder), key=lambda p: (p.name != name, len(p.parts), str(p)))
    for path in candidates[:SEARCH_LIMIT]:
        try:
            if load(path).source.sha256 == sha256:
                return str(path.resolve())
        except DocumentError:
            continue
    return None


def _files(folder: str) -> list[Path]:
    root = Path(folder)
    found: list[Path] = []
    for here, dirs, files in os.walk(root):
        depth = len(Path(here).relative_to(root).parts)
        dirs[:] = [] if depth >= SEARCH_DEPTH else [d for d in dirs if not d.startswith(".")]
        found += [Path(here, f) for f in files if Path(f).suffix.lower() in READABLE]
    return found


def _name(entry: LibraryEntry) -> str:
    return entry.title or Path(entry.path or "").name or f"document {entry.doc_id}"
