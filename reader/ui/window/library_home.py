"""The library as the window's home: the central area is a stack of the article and the
library page (built when first shown, filled from the store after it is painted). File ▸
Library (Ctrl+L) shows it, and `reader` without a file starts on it once there is something to
list; opening a document shows the article again. Also here: what an opening tells the store
for the library (site, date, length) and the reading time of what is on screen."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from reader.store import StoreError
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.reasons import translated_reason
from reader.ui.window.reading_time import ReadingTimer
from reader.ui.window.state import ABOUT_ARTICLE, step_aside
from reader.ui.window.texts import WindowText

if TYPE_CHECKING:
    from reader.document import Document
    from reader.store import Store
    from reader.store.library_entry import LibraryEntry
    from reader.ui.article.reading_positions import ReadingPositions
    from reader.ui.article.view import ArticleView
    from reader.ui.library.page import LibraryPage
    from reader.ui.panels.statistics import StatsPanel
    from reader.ui.window.actions import Actions
    from reader.ui.window.notes_side import NotesUi
    from reader.ui.window.side_panels import SidePanels

NOTE_HITS = 200


class _Window(Protocol):
    """What the home uses of the main window besides QMainWindow's own."""

    document_shown: SignalInstance

    @property
    def document(self) -> Document | None: ...
    @property
    def window_actions(self) -> Actions: ...
    @property
    def article_view(self) -> ArticleView: ...
    @property
    def notes_ui(self) -> NotesUi: ...
    def open_path(self, path: str, then: Callable[[], None] | None = None) -> bool: ...


class LibraryHome(QObject):
    """The stack, the library page's intents carried out, and the reading timer."""

    _read = Signal(int, object)  # a reading of the store's library: its number, the entries

    def __init__(self, main: QMainWindow, store: Store | None, positions: ReadingPositions,
                 side: SidePanels, after_paint: bool = True) -> None:  # fmt: skip
        """The central widget becomes a stack. after_paint: the reading timer started and the
        opening described once the article is painted (False: a timing run, which quits at the
        first paint, starts neither)."""
        super().__init__(main)
        window = cast("_Window", main)
        self._main, self._window, self._store, self._positions = main, window, store, positions
        self.page: LibraryPage | None = None
        self._title = ""  # the window's title while the library covers the article
        self._docks: list[QDockWidget] = []  # the side panels the library put aside
        self._in_front: list[QDockWidget] = []  # of those, the tabs that were in front
        self._removal = ""  # the status bar's message after the last Remove from Library
        self.stack = QStackedWidget(main)
        article = main.takeCentralWidget()
        assert article is not None  # the article view with the find bar under it
        self.stack.addWidget(article)
        main.setCentralWidget(self.stack)
        self.timer = ReadingTimer(main, window.article_view, store, lambda: positions.doc_id)
        self._undescribed: Document | None = None  # opened, its paint and description to come
        self._reading = 0  # the number of the last reading of the library asked for
        self._select_current: int | None = None  # the row to select when the rows come
        self._read.connect(self._fill, Qt.ConnectionType.QueuedConnection)
        side.statistics_built = self._statistics_built
        self._connect_signals(window)
        if after_paint:
            window.article_view.first_painted.connect(lambda: QTimer.singleShot(0, self._painted))
        main.installEventFilter(self)

    def _connect_signals(self, window: _Window) -> None:
        a = window.window_actions
        a.library.setEnabled(self._store is not None)
        a.library.triggered.connect(self.toggle)
        a.close_find.triggered.connect(self._escape)  # Esc
        a.close.triggered.connect(lambda: QTimer.singleShot(0, self._closed))
        window.document_shown.connect(lambda _path: self._shown(window.document))

    @property
    def showing(self) -> bool:
        """Whether the library page is what the window shows."""
        return self.page is not None and self.stack.currentWidget() is self.page

    def toggle(self) -> None:
        """Ctrl+L: the library, or back to the open article."""
        if self.showing and self._window.document is not None:
            self.show_article()
        else:
            self.show_library()

    def show_library(self) -> None:
        """The library page, filled from the store once it is painted."""
        if self._store is None:
            return
        page = self._page()
        if not self.showing:
            self._select_current = self._positions.doc_id  # the article left: its row chosen
            self._title = self._main.windowTitle()
            self._docks = [d for d in self._main.findChildren(QDockWidget) if not d.isHidden()]
            # The tab in front of each group of tabbed panels: shown again, it is again.
            self._in_front = [d for d in self._docks if not d.visibleRegion().isEmpty()]
            for dock in self._docks:  # the side panels are the article's: the library takes all
                step_aside(dock, True)
                dock.hide()
            self._dock_toggles(enabled=False)  # View ▸ Contents… too, as F9
        self._article_status(shown=False)
        self._main.setWindowTitle(self.tr("Library — Reader"))
        self._window.window_actions.set_article_shown(False)
        self.stack.setCurrentWidget(page)
        page.table.setFocus()  # Enter opens the document read last, selected at the top
        self.timer.article_shown = False
        self.timer.sync()
        QTimer.singleShot(0, self.refill)

    def show_article(self, *, title: bool = True) -> None:
        """The article again (title: its title back in the title bar too)."""
        if title and self.showing:
            self._main.setWindowTitle(self._title)
        self._docks_back()
        bar = self._main.statusBar()
        if self._removal and bar.currentMessage() == self._removal:
            bar.clearMessage()  # it spoke of the library page
        self._article_status(shown=True)
        self._window.window_actions.set_article_shown(True)
        self.stack.setCurrentIndex(0)
        self._window.article_view.setFocus()
        self.timer.article_shown = True
        self.timer.sync()

    def _escape(self) -> None:
        if self.showing and self._window.document is not None:
            self.show_article()

    def _docks_back(self) -> None:
        for dock in self._docks:
            step_aside(dock, False)
            dock.show()
        for dock in self._in_front:
            dock.raise_()  # showing a tabbed panel brings it to the front: the reader's tab again
        self._docks, self._in_front = [], []
        self._dock_toggles(enabled=True)

    def _article_status(self, *, shown: bool) -> None:
        """The status bar's place and encoding: the library page shows no article."""
        for widget in self._main.statusBar().findChildren(QWidget):
            if widget.property(ABOUT_ARTICLE):
                widget.setVisible(shown)

    def _dock_toggles(self, *, enabled: bool) -> None:
        for dock in self._main.findChildren(QDockWidget):
            dock.toggleViewAction().setEnabled(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.showing:  # else the docks are back
            self._docks_back()  # before the window saves its layout: the reader's, not ours
        return False

    def refill(self) -> None:
        """The page's rows again from the store, read on a worker thread: 10 000 documents
        take a tenth of a second, which the window need not stand still for."""
        if self.page is None or self._store is None:
            return
        self._reading += 1
        threading.Thread(target=self._read_library, args=(self._store, self._reading),
                         name="reader-library", daemon=True).start()  # fmt: skip

    def _read_library(self, store: Store, reading: int) -> None:
        result: object
        try:
            result = store.library()
        except StoreError as error:  # shown by the GUI thread
            result = error
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._read.emit(reading, result)

    def _fill(self, reading: int, result: object) -> None:
        if reading != self._reading or self.page is None:
            return  # another reading was asked for since
        if isinstance(result, StoreError):
            self._main.statusBar().showMessage(translated_reason(str(result)))
        elif isinstance(result, list):
            current, self._select_current = self._select_current, None
            self.page.set_entries(result, current)

    def _page(self) -> LibraryPage:
        if self.page is None:
            from reader.ui.library.page import LibraryPage  # built when first asked for

            page = LibraryPage(self.stack)
            self.stack.addWidget(page)
            page.open_requested.connect(self._open)
            page.locate_requested.connect(self._locate)
            page.remove_requested.connect(self._remove)
            page.note_requested.connect(self._open_note)
            page.search_changed.connect(self._search)
            if self._store is None or self._store.read_only:
                from reader.ui.window.read_only import why_read_only

                page.set_read_only(why_read_only(self._store))
            self.page = page
        return self.page

    # -- the page's intents ---------------------------------------------------------------------

    def _open(self, entry: LibraryEntry) -> None:
        if entry.missing or entry.path is None:
            located = self._locate(entry)
            if located:  # found where it went: opened, as asked
                self._window.open_path(located)
        elif entry.doc_id == self._positions.doc_id:
            self._return_current()
            self.show_article()
        else:
            self._window.open_path(entry.path)

    def _open_note(self, note_id: int, path: str) -> None:
        if self._window.notes_ui.controller.has_note(note_id):  # in the article open behind
            self._return_current()
        self.show_article()
        self._window.notes_ui.open_note(note_id, path, self._window.open_path)

    def _return_current(self) -> None:
        """The article open behind the library opened from it: back in the library if it was
        removed, as opening its file puts it back."""
        doc_id = self._positions.doc_id
        if doc_id is None or self._store is None or self._store.read_only:
            return
        try:
            self._store.return_to_library(doc_id)
        except StoreError as error:
            self._main.statusBar().showMessage(translated_reason(str(error)))

    def _search(self, text: str) -> None:
        if self.page is None or self._store is None:
            return
        try:
            hits = self._store.search_notes(text, NOTE_HITS) if text else []
        except StoreError as error:
            self._main.statusBar().showMessage(translated_reason(str(error)))
            hits = []
        self.page.set_note_hits(hits)

    def _locate(self, entry: LibraryEntry) -> str:
        """Ask where the document's file is now (a file, or a folder to search by its text);
        the file it was found at, "" when not."""
        from reader.store.locating import check_file

        store, text = self._store, WindowText(self)
        folder = str(Path(entry.path).parent) if entry.path else ""
        name = Path(entry.path).name if entry.path else (entry.title or "")
        title = self.tr("Locate “{0}”").format(name) if name else self.tr("Locate")
        path = Dialogs.open_file(self._main, title, folder, text.open_filters())
        if not path or store is None:
            return ""
        located = check_file(store, entry, path)
        if located.error:
            Dialogs.show_error(self._main, self.tr("Locate"), located.error)
            return ""
        try:
            store.locate(entry.doc_id, located.path)
        except StoreError as error:
            Dialogs.show_error(self._main, self.tr("Locate"), translated_reason(str(error)))
            return ""
        self._main.statusBar().showMessage(
            self.tr("Found: the same text.") if located.same_text else
            self.tr("Its text differs: notes are found again by their quotes."))  # fmt: skip
        self.refill()
        return located.path

    def _remove(self, entry: LibraryEntry) -> None:
        name = entry.title or Path(entry.path or "").name
        question = self.tr(
            "Remove “{0}” from the library? Its notes and bookmarks are kept, also in the "
            "JSON export, and it comes back when you open its file again."
        ).format(name)  # fmt: skip
        if self._store is None or not Dialogs.ask(self._main, self.tr("Remove from Library"),
                                                  question):  # fmt: skip
            return
        try:
            self._store.remove_from_library(entry.doc_id)
        except StoreError as error:
            Dialogs.show_error(
                self._main, self.tr("Remove from Library"), translated_reason(str(error))
            )
            return
        self._removal = self.tr("Removed from the library: {0}").format(name)
        self._main.statusBar().showMessage(self._removal)
        self.refill()

    # -- the window's events -----------------------------------------------------------------

    def _closed(self) -> None:
        """File ▸ Close: the library is what there is to read next."""
        self.timer.sync()
        if self._window.document is None:
            self.show_library()

    def _shown(self, document: Document | None) -> None:
        if self.showing and document is not None:
            self.show_article(title=False)  # the window has put the new one's there
        self.timer.sync()
        self._undescribed = document  # after its paint: a write the paint need not wait for

    def _painted(self) -> None:
        self.timer.start()
        self._describe()

    def _describe(self) -> None:
        document, self._undescribed = self._undescribed, None
        doc_id, store = self._positions.doc_id, self._store
        if document is None or doc_id is None or store is None or store.read_only:
            return
        from reader.document.bylines.dateline_fields import parse_dateline

        said = parse_dateline(document.dateline) if document.dateline else None
        published = said.published if said else None
        site = document.site or (said.publisher if said else None)  # 来源：证券时报网, no site's name in the chrome
        try:
            store.describe_document(doc_id, site, published, len(document.text))
        except StoreError:
            return  # the library shows dashes until the next opening

    def _statistics_built(self, stats: StatsPanel) -> None:
        self.timer.time_changed.connect(stats.set_time_read)
        self.timer.announce()
