"""The Bookmarks dock: the document's bookmarks in order; click to go, F2 to rename, Del."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.notes.card import DeleteKey
from reader.ui.panels.entries import BookmarkEntry

BOOKMARK_ID_ROLE = Qt.ItemDataRole.UserRole


class BookmarksPanel(QWidget):
    """Signals: bookmark_activated(int), bookmark_renamed(int, str),
    bookmark_delete_requested(int).
    """

    bookmark_activated = Signal(int)
    bookmark_renamed = Signal(int, str)
    bookmark_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._read_only = False
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # no style sheet: it would keep the list white in the dark theme
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._empty = QLabel(
            self.tr(
                "No bookmarks yet. Ctrl+D bookmarks the selection or the paragraph you are reading."
            ),
            self,
        )
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._delete = DeleteKey(self.list, self._request_delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.list, 1)
        layout.addWidget(self._empty, 1)
        self.list.itemClicked.connect(self._on_activated)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemChanged.connect(self._on_changed)
        self.set_bookmarks([])

    def set_bookmarks(self, entries: list[BookmarkEntry]) -> None:
        """List bookmarks in document order; ones not found in this text last, greyed."""
        current = self.current_bookmark_id()
        self._filling = True
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.name)
            item.setData(BOOKMARK_ID_ROLE, entry.id)
            tip = entry.quote
            if entry.left_out:
                tip = self.tr("In lines left out of the article: {0}").format(entry.quote)
                item.setForeground(self.palette().placeholderText())
            elif entry.orphaned:
                tip = self.tr("Not found in this version of the text: {0}").format(entry.quote)
                item.setForeground(self.palette().placeholderText())
            item.setToolTip(tip)
            flags = item.flags()
            if not self._read_only:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.list.addItem(item)
            if entry.id == current:
                self.list.setCurrentItem(item)
        self._filling = False
        self.list.setVisible(bool(entries))
        self._empty.setVisible(not entries)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._delete.enabled = not read_only

    def current_bookmark_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(BOOKMARK_ID_ROLE))

    def names(self) -> list[str]:
        """Every bookmark's name in list order (tests)."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.bookmark_activated.emit(int(item.data(BOOKMARK_ID_ROLE)))

    def _on_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.bookmark_renamed.emit(int(item.data(BOOKMARK_ID_ROLE)), item.text().strip())

    def _request_delete(self) -> None:
        bookmark_id = self.current_bookmark_id()
        if bookmark_id is not None:
            self.bookmark_delete_requested.emit(bookmark_id)
