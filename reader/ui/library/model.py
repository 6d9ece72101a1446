"""The library's table: a row per document, refilled from the store, sorted and filtered in
Python on lists of plain values. A view asks only for the rows it shows, so 10 000 documents
cost what a screenful does once they are in the lists."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from reader.ui.common.numbers import number

if TYPE_CHECKING:
    from reader.store.library_entry import LibraryEntry

Index = QModelIndex | QPersistentModelIndex
TITLE, SITE, DATE, PROGRESS, NOTES, HIGHLIGHTS, BOOKMARKS, LAST_READ, TIME_READ = range(9)
_NUMERIC = frozenset({PROGRESS, NOTES, HIGHLIGHTS, BOOKMARKS, TIME_READ})
_ITALIC = QFont()
_ITALIC.setItalic(True)


@dataclass(frozen=True, slots=True)
class Row:
    """A document as the table shows it: the texts of its cells, what each sorts by, and the
    words the filter looks in."""

    entry: LibraryEntry
    texts: tuple[str, ...]
    keys: tuple[str | float, ...]
    haystack: str
    missing: bool


class LibraryModel(QAbstractTableModel):
    """The documents of the library, most recently read first until sorted otherwise."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []  # every document, in the current order
        self._shown: list[Row] = []  # those the filter lets through
        self._filter = ""
        self._also: frozenset[int] = frozenset()  # documents whose notes match the filter
        self._headers = [
            self.tr("Title"), self.tr("Site"), self.tr("Date"), self.tr("Progress"),
            self.tr("Notes"), self.tr("Highlights"), self.tr("Bookmarks"), self.tr("Last read"),
            self.tr("Time read"),
        ]  # fmt: skip

    # -- filling ----------------------------------------------------------------------------

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """All the rows again (after a Locate…, a removal, another document read)."""
        titles: Counter[str | None] = Counter(e.title for e in entries if e.title)
        self.beginResetModel()
        self._rows = [self._row(e, titles) for e in entries]
        self._shown = self._passing()
        self.endResetModel()

    def set_filter(self, text: str, note_documents: frozenset[int] = frozenset()) -> None:
        """Only the documents whose title, site or file name holds text, or whose notes do
        (note_documents)."""
        self.beginResetModel()
        self._filter, self._also = text.casefold().strip(), note_documents
        self._shown = self._passing()
        self.endResetModel()

    def _passing(self) -> list[Row]:
        if not self._filter:
            return list(self._rows)
        words = self._filter.split()
        return [r for r in self._rows
                if r.entry.doc_id in self._also or all(w in r.haystack for w in words)]  # fmt: skip

    def _row(self, e: LibraryEntry, titles: Counter[str | None]) -> Row:
        name = Path(e.path).name if e.path else ""
        title = e.title or name or self.tr("(untitled)")
        if e.title and titles[e.title] > 1 and name:
            title = f"{e.title} — {name}"  # the same title twice: the file tells them apart
        missing = e.missing
        if missing:
            title += "  " + self.tr("(file missing)")
        progress = e.progress
        read = _local(e.last_read)
        texts = (
            title, e.site or "", (e.published or "")[:10],
            "–" if progress is None else f"{int(progress * 100)}%",
            _count(e.notes), _count(e.highlights), _count(e.bookmarks), read,
            self.duration(e.seconds),
        )  # fmt: skip
        keys = (title.casefold(), (e.site or "").casefold(), e.published or "",
                -1.0 if progress is None else progress, e.notes, e.highlights, e.bookmarks,
                e.last_read, e.seconds)  # fmt: skip
        haystack = " ".join((title, e.site or "", name)).casefold()
        return Row(e, texts, keys, haystack, missing)

    def duration(self, seconds: float) -> str:
        """Time read, as the library and Statistics say it."""
        minutes = round(seconds / 60)
        if seconds <= 0:
            return "–"
        if minutes < 1:
            return self.tr("under a minute")
        if minutes < 60:
            return self.tr("{0} min").format(minutes)
        return self.tr("{0} h {1} min").format(*divmod(minutes, 60))

    # -- reading ----------------------------------------------------------------------------

    def entry(self, row: int) -> LibraryEntry | None:
        return self._shown[row].entry if 0 <= row < len(self._shown) else None

    def row_of(self, doc_id: int) -> int:
        """The row showing the document, -1 if none."""
        return next((i for i, r in enumerate(self._shown) if r.entry.doc_id == doc_id), -1)

    @property
    def total(self) -> int:
        """Documents in the library, filtered or not."""
        return len(self._rows)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row, column = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.entry.path or ""
        if role == Qt.ItemDataRole.FontRole and row.missing and column == TITLE:
            return _ITALIC
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.beginResetModel()  # the page selects its document again
        self._rows.sort(key=lambda r: r.keys[column],
                        reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self._shown = self._passing()
        self.endResetModel()


def _count(value: int) -> str:
    return number(value) if value else ""


def _local(stamp: str) -> str:
    """A UTC ISO 8601 stamp as local time to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16].replace("T", " ")
