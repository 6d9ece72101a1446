"""Where a save dialog starts for a file made from a document (its notes, its figures)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

import reader
from reader.resource_files import resource_path


def save_folder(directory: str, source: str) -> Path:
    """directory when one is given, else the document's folder; never the program's own
    folder (the bundled article lies in its resources; an installed copy's folder is the
    install's), nor one that can't be written to: the user's Documents (or home) instead."""
    if directory:
        return Path(directory)
    folder = Path(source).parent.resolve()
    programs = {Path(reader.__file__).parent.resolve(), resource_path("x").parent.resolve()}
    if programs & {folder, *folder.parents} or not os.access(folder, os.W_OK):
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder
