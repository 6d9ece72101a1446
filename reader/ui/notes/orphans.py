"""What the status bar says of the notes and bookmarks an opened text no longer holds: lost
with a changed text, or only outside the article (a correction ended it before them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from reader.document import Document
from reader.document.note_text import in_left_out
from reader.store import Annotation


def orphans_message(document: Document, orphans: Sequence[Annotation]) -> str:
    """One line for the status bar, its nouns agreeing with the counts (Qt's plurals)."""
    outside = sum(in_left_out(document, item.exact) for item in orphans)
    lost = len(orphans) - outside
    texts = OrphanTexts()
    return " ".join(([texts.lost(lost)] if lost else []) + ([texts.outside(outside)] if outside else []))


class OrphanTexts(QObject):
    """The two counted messages (self.tr: Qt's plurals take their count there)."""

    def lost(self, count: int) -> str:
        return self.tr(
            "%Ln note(s) or bookmark(s) were not found in this version of the text; "
            "they are listed at the end.", "", count)  # fmt: skip

    def outside(self, count: int) -> str:
        return self.tr(
            "%Ln note(s) or bookmark(s) are in lines left out of the article (View ▸ Show "
            "Removed Lines shows those lines).", "", count)  # fmt: skip
