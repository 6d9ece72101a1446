"""The library page: every document read in a sortable table, a search box over titles, sites
and note text, the notes it finds, and Open / Locate… / Remove from Library.

Signals: open_requested(object entry), locate_requested(object entry),
remove_requested(object entry), note_requested(int note id, str path),
search_changed(str text) (once typing pauses).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.numbers import number
from reader.ui.library.model import (
    BOOKMARKS,
    DATE,
    HIGHLIGHTS,
    LAST_READ,
    NOTES,
    SITE,
    TIME_READ,
    TITLE,
    LibraryModel,
)

if TYPE_CHECKING:
    from reader.store.library_entry import LibraryEntry
    from reader.store.records import NoteHit

SEARCH_PAUSE_MS = 250
TITLE_EMS = 18  # the title column's least width in a narrow window, in Chinese characters
# Hidden in this order when the window is too narrow for every column and a readable title.
_OPTIONAL = (TIME_READ, HIGHLIGHTS, BOOKMARKS, SITE, NOTES, DATE)
QUOTE_CHARS = 40
_HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# Each column as wide as a typical cell (or its header); the title takes what is left.
_SAMPLES = ("", "中国经济网站", "2026-12-06", "100%", "999", "999", "999", "2026-12-06 23:59",
            "under a minute")  # fmt: skip


class LibraryPage(QWidget):
    """Setters in (set_entries, set_note_hits), intent signals out."""

    open_requested = Signal(object)
    locate_requested = Signal(object)
    remove_requested = Signal(object)
    note_requested = Signal(int, str)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, model: LibraryModel | None = None) -> None:
        super().__init__(parent)
        self.model = model or LibraryModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, sites and notes"))
        self.search.setClearButtonEnabled(True)
        self._count = QLabel(self)
        self.table = self._make_table()
        self.hits = QListWidget(self)
        self.hits.setWordWrap(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.setSpacing(2)
        self._hits_label = QLabel(self)
        self.empty = QLabel(self.tr(
            "No documents yet. Open an article with File ▸ Open (Ctrl+O) or drop a file here: "
            "every document you read is listed here, with its notes and the time you spent on it."
        ), self)  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.locate_button = QPushButton(self.tr("&Locate…"), self)
        self.remove_button = QPushButton(self.tr("&Remove from Library…"), self)
        self._read_only = ""  # why Locate and Remove, which write, are off ("" when on)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._lay_out()
        self._connect_signals()
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(LAST_READ, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        # One height for every row, never measured: scrolling 10 000 rows asks only for those shown.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        cells, heads = table.fontMetrics(), header.fontMetrics()
        for column, sample in enumerate(_SAMPLES):
            if sample:
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                width = max(cells.horizontalAdvance(sample) + 16,
                            heads.horizontalAdvance(title) + 24)  # fmt: skip
                header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._widths = {column: header.sectionSize(column) for column in range(len(_SAMPLES))}
        self._title_room = cells.horizontalAdvance("中") * TITLE_EMS
        table.viewport().installEventFilter(self)  # its width, once the layout has set it
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """In a narrow window the columns that matter least step aside, so the title keeps
        room to be read (TITLE_EMS characters); they come back when the page is wider."""
        room = self.table.viewport().width() - self._title_room
        for column in range(len(_SAMPLES)):
            if column == TITLE:
                continue
            if column not in _OPTIONAL:
                room -= self._widths[column]
        fits = True
        for column in reversed(_OPTIONAL):  # the most needed first; once one can't, none after
            fits = fits and room >= self._widths[column]
            self.table.setColumnHidden(column, not fits)
            room -= self._widths[column] if fits else 0

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self._count)
        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self._hits_label)
        notes_layout.addWidget(self.hits)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(notes)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        notes.hide()  # until a search finds notes
        self._notes_box = notes
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.locate_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self._search_now)
        self._pause.timeout.connect(self._search_now)
        self.table.activated.connect(lambda _index: self._emit(self.open_requested))
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.locate_button.clicked.connect(lambda: self._emit(self.locate_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.hits.itemActivated.connect(self._open_hit)

    # -- setters ------------------------------------------------------------------------------

    def set_read_only(self, why: str) -> None:
        """The notes can't be written (why; "" when they can): Locate and Remove are off."""
        self._read_only = why
        for button in (self.locate_button, self.remove_button):
            button.setToolTip(why)
        self._update_buttons()

    def set_entries(self, entries: list[LibraryEntry], current: int | None = None) -> None:
        """The documents again; current (the document open) selected, else the one selected
        stays selected."""
        chosen = self.selected()
        rows = self.table.selectionModel().selectedRows()
        self.model.set_entries(entries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if current is not None and self.model.row_of(current) >= 0:
            self._select(current)
        else:  # one removed: the row that took its place, not the top
            self._select(chosen.doc_id if chosen else None, rows[0].row() if rows else 0)
        self.empty.setVisible(not entries)
        self.splitter.setVisible(bool(entries))
        self._count_changed()

    def set_note_hits(self, hits: list[NoteHit]) -> None:
        """The notes the search found (none: the list goes)."""
        self.hits.clear()
        for hit in hits:
            where = hit.title or hit.path or ""
            quote = " ".join(hit.note.exact.split())
            quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
            item = QListWidgetItem(f"{hit.snippet}\n“{quote}” — {where}", self.hits)
            item.setData(_HIT_ROLE, (hit.note.id, hit.path or ""))
            item.setToolTip(hit.note.exact)
        self._hits_label.setText(self.tr("Notes that match: {0}").format(number(len(hits))))
        self._notes_box.setVisible(bool(hits))
        self.model.set_filter(self.search.text(), frozenset(h.note.doc_id for h in hits))
        self._select(None)
        self._count_changed()

    def selected(self) -> LibraryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # -- inside -------------------------------------------------------------------------------

    def _search_now(self) -> None:
        """Titles, sites and file names at once; the notes when set_note_hits gives them."""
        self._pause.stop()
        self.model.set_filter(self.search.text())
        self._select(None)
        self._count_changed()
        self.search_changed.emit(self.search.text().strip())

    def _select(self, doc_id: int | None, instead: int = 0) -> None:
        """Select the document's row, else row instead (the last row if there are fewer)."""
        row = self.model.row_of(doc_id) if doc_id is not None else -1
        row = row if row >= 0 else min(instead, self.model.rowCount() - 1)
        if self.model.rowCount() and row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _count_changed(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = (self.tr("Documents: {0}").format(number(total)) if shown == total
                else self.tr("{0} of %Ln document(s)", "", total).format(number(shown)))  # fmt: skip
        self._count.setText(text)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None)
        for button in (self.locate_button, self.remove_button):
            button.setEnabled(entry is not None and not self._read_only)

    def _emit(self, signal: SignalInstance) -> None:
        entry = self.selected()
        if entry is not None:
            signal.emit(entry)

    def _open_hit(self, item: QListWidgetItem) -> None:
        note_id, path = item.data(_HIT_ROLE)
        self.note_requested.emit(note_id, path)

    def _show_menu(self, point: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # why Locate and Remove are off, if they are
        menu.addAction(self.tr("Open"), lambda: self._emit(self.open_requested))
        writing = [menu.addAction(self.tr("Locate…"), lambda: self._emit(self.locate_requested))]
        menu.addSeparator()
        writing.append(menu.addAction(self.tr("Remove from Library…"),
                                      lambda: self._emit(self.remove_requested)))  # fmt: skip
        for action in writing:
            action.setEnabled(not self._read_only)
            action.setToolTip(self._read_only or action.text())
        menu.popup(self.table.viewport().mapToGlobal(point))
