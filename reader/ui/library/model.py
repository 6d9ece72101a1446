"""The library's table: a row per document, refilled from the store, sorted and filtered in
Python on lists of plain values. A view asks only for the rows it shows, so 10 000 documents
cost what a screenful does once they are in the lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from reader.document.hanzi.script_search import fold
from reader.ui.common.numbers import number

if TYPE_CHECKING:
    from reader.store.library_entry import LibraryEntry

Index = QModelIndex | QPersistentModelIndex
TITLE, SITE, DATE, PROGRESS, NOTES, HIGHLIGHTS, BOOKMARKS, LAST_READ, TIME_READ = range(9)
_NUMERIC = frozenset({PROGRESS, NOTES, HIGHLIGHTS, BOOKMARKS, TIME_READ})
_DISPLAY, _TOOLTIP, _FONT, _ALIGN = (
    int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole),
)  # fmt: skip
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FONT, _ALIGN})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ITALIC = QFont()
_ITALIC.setItalic(True)


@dataclass(slots=True)
class Row:
    """A document as the table has it: its title as shown (the file's name added where titles
    repeat); what its cells say is worked out when a view first asks for them."""

    entry: LibraryEntry
    title: str
    texts: tuple[str, ...] | None = None
    missing: bool = False
    haystack: str | None = None  # what the filter looks in, folded to one script


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
        self._words = {"missing": self.tr("(file missing)"), "untitled": self.tr("(untitled)")}
        self._offset = datetime.now().astimezone().utcoffset() or timedelta()

    # -- filling ----------------------------------------------------------------------------

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """All the rows again (after a Locate…, a removal, another document read)."""
        titles: Counter[str | None] = Counter(e.title for e in entries if e.title)
        self.beginResetModel()
        self._rows = [Row(e, self._title(e, titles[e.title] > 1)) for e in entries]
        self._shown = self._passing()
        self.endResetModel()

    def set_filter(self, text: str, note_documents: frozenset[int] = frozenset()) -> None:
        """Only the documents whose title, site or file name holds text, or whose notes do
        (note_documents)."""
        self.beginResetModel()
        self._filter, self._also = fold(text.casefold().strip()), note_documents
        self._shown = self._passing()
        self.endResetModel()

    def _passing(self) -> list[Row]:
        if not self._filter:
            return list(self._rows)
        words = self._filter.split()
        return [r for r in self._rows
                if r.entry.doc_id in self._also or all(w in _haystack(r) for w in words)]  # fmt: skip

    def _title(self, e: LibraryEntry, repeated: bool) -> str:
        name = e.path.rsplit("/", 1)[-1] if e.path else ""
        if e.title and repeated and name:
            return f"{e.title} — {name}"  # the same title twice: the file tells them apart
        return e.title or name or self._words["untitled"]

    def _texts(self, row: Row) -> tuple[str, ...]:
        """What the row's cells say, worked out the first time a view shows it."""
        if row.texts is None:
            e = row.entry
            row.missing = e.missing
            title = row.title + ("  " + self._words["missing"] if row.missing else "")
            percent = e.percent_read
            row.texts = (
                title, e.site or "", (e.published or "")[:10],
                "–" if percent is None else f"{percent}%",
                self._count(e.notes), self._count(e.highlights), self._count(e.bookmarks),
                self._local(e.last_read), self.duration(e.seconds),
            )  # fmt: skip
        return row.texts

    def _count(self, value: int) -> str:
        return number(value) if value else ""

    def _local(self, stamp: str) -> str:
        """A UTC ISO 8601 stamp as local time, to the minute."""
        try:
            moment = datetime.fromisoformat(stamp) + self._offset
        except ValueError:
            return stamp[:16].replace("T", " ")
        return moment.isoformat(" ", "minutes")[:16]

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
        # Asked for each role of each cell shown: unhandled roles leave first, and the roles
        # are compared as plain ints (a page of rows is a few thousand calls).
        r = index.row()
        if role not in _ROLES or not index.isValid() or not 0 <= r < len(self._shown):
            return None
        row, column = self._shown[r], index.column()
        if role == _DISPLAY:
            return self._texts(row)[column]
        if role == _ALIGN:
            return _RIGHT if column in _NUMERIC else None
        if column != TITLE:
            return None
        if role == _TOOLTIP:
            return row.entry.path or ""
        return _ITALIC if self._texts(row) and row.missing else None  # _FONT

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
        self._rows.sort(key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self._shown = self._passing()
        self.endResetModel()


def _haystack(row: Row) -> str:
    """Title, site and file name, folded to simplified: 黨旗 finds 党旗 and the other way round."""
    if row.haystack is None:
        e = row.entry
        name = e.path.rsplit("/", 1)[-1] if e.path else ""
        row.haystack = fold(" ".join((row.title, e.site or "", name)).casefold())
    return row.haystack


_SORT_KEYS: tuple[Callable[[Row], Any], ...] = (
    lambda r: r.title.casefold(),
    lambda r: (r.entry.site or "").casefold(),
    lambda r: r.entry.published or "",
    lambda r: -1.0 if r.entry.progress is None else r.entry.progress,
    lambda r: r.entry.notes,
    lambda r: r.entry.highlights,
    lambda r: r.entry.bookmarks,
    lambda r: r.entry.last_read,
    lambda r: r.entry.seconds,
)
