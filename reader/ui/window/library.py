"""File ▸ Library (Ctrl+L): every document read, in a table to sort and filter; Enter or a
double-click opens one; a document whose file moved is marked, with Locate… to point at it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.numbers import number

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.library_entry import LibraryEntry

_DOC_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryDialog(QDialog):
    """The library; open_path(path) opens the chosen document in the window."""

    def __init__(self, parent: QWidget, store: Store, open_path: Callable[[str], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library"))
        self.resize(900, 520)
        self._store, self._open_path = store, open_path
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Title"), self.tr("File"), self.tr("Notes"), self.tr("Bookmarks"),
            self.tr("Last read"),
        ])  # fmt: skip
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column: titles, files
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by title or file"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.locate_button = QPushButton(self.tr("&Locate…"), self)
        buttons.addButton(self.locate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        self.locate_button.clicked.connect(self.locate_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        """The rows again from the store (after a Locate…, say)."""
        self.model.setRowCount(0)
        for entry in self._store.library():
            self.model.appendRow(self._row(entry))
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _row(self, entry: LibraryEntry) -> list[QStandardItem]:
        name = Path(entry.path).name if entry.path else ""
        title = entry.title or name
        file_text = name + ("  " + self.tr("(file missing)") if entry.missing else "")
        cells = [QStandardItem(title), QStandardItem(file_text)]
        for count in (entry.notes + entry.highlights, entry.bookmarks):
            cell = QStandardItem(number(count))
            cell.setData(count, Qt.ItemDataRole.UserRole + 2)
            cells.append(cell)
        cells.append(QStandardItem(entry.last_read[:16].replace("T", " ")))
        cells[1].setToolTip(entry.path or "")
        for cell in cells:
            cell.setData(entry, _DOC_ROLE)
        return cells

    def selected(self) -> LibraryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        entry: LibraryEntry | None = rows[0].data(_DOC_ROLE) if rows else None
        return entry

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.path is None:
            return
        if entry.missing:
            self.locate_selected()
            return
        self.accept()
        self._open_path(entry.path)

    def locate_selected(self) -> None:
        """Ask where the selected document's file is now; its notes follow it."""
        entry = self.selected()
        if entry is None:
            return
        folder = str(Path(entry.path).parent) if entry.path else ""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Locate"), folder)
        if path:
            self._store.locate(entry.doc_id, path)
            self.fill()


def show_library(parent: QWidget, store: Store | None, open_path: Callable[[str], object]) -> None:
    """File ▸ Library."""
    if store is not None:
        LibraryDialog(parent, store, open_path).exec()
