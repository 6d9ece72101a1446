"""What the status bar says of the notes and bookmarks an opened text no longer holds: lost
with a changed text, or only outside the article (a correction ended it before them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from reader.document import Document
from reader.document.note_text import in_left_out
from reader.store import Annotation
from reader.ui.common.numbers import number


def orphans_message(document: Document, orphans: Sequence[Annotation]) -> str:
    """One line for the status bar; counts, not plurals, so that one note reads right too."""
    outside = sum(in_left_out(document, item.exact) for item in orphans)
    lost = len(orphans) - outside
    parts = []
    if lost:
        parts.append(
            QCoreApplication.translate(
                "AnnotationState",
                "Notes or bookmarks not found in this version of the text: {0}; they are "
                "listed at the end.",
            ).format(number(lost))
        )
    if outside:
        parts.append(
            QCoreApplication.translate(
                "AnnotationState",
                "Notes or bookmarks in lines left out of the article: {0} (View ▸ Show Removed "
                "Lines shows those lines).",
            ).format(number(outside))
        )
    return " ".join(parts)
