"""Searching the notes of every document: the search field, and the hits as list rows."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from reader.document.labels import distinct_labels
from reader.document.note_text import render_markdown
from reader.ui.notes.card import COMPACT_ABOVE, HTML_ROLE, MUTED_COLOUR, set_compact
from reader.ui.panels.entries import HitEntry

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


class NotesSearchBox(QLineEdit):
    """A search field that asks once typing pauses, or at once on Enter.

    Signals: search_requested(str) with the query, cleared() when it was emptied.
    """

    search_requested = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search notes in all articles"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._search_now)
        self._timer.timeout.connect(self._search_now)

    def _search_now(self) -> None:
        self._timer.stop()
        query = self.text().strip()
        if query:
            self.search_requested.emit(query)
        else:
            self.cleared.emit()


def fill_hits(view: QListWidget, hits: list[HitEntry]) -> None:
    """List the hits: the document's title (with its file where titles repeat) over the note's
    snippet, its Markdown rendered; the file as tooltip."""
    view.clear()
    set_compact(view, len(hits) > COMPACT_ABOVE)
    labels = distinct_labels([(hit.title, hit.path) for hit in hits])
    for hit, label in zip(hits, labels, strict=True):
        title = f"<div style='color:{MUTED_COLOUR}'><small>{escape(label)}</small></div>"
        item = QListWidgetItem()
        item.setData(HTML_ROLE, title + render_markdown(hit.snippet))
        item.setData(NOTE_ID_ROLE, hit.note_id)
        item.setData(PATH_ROLE, hit.path)
        item.setToolTip(hit.path)
        view.addItem(item)
