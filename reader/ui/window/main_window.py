"""The reading window: the article in the centre, Contents and Statistics docks around it.

The article is painted first; the side panels are built just after, a step per event-loop
turn (side_panels.py), in docks that were in place from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.document import Document
from reader.ui.article.find_controller import FindController
from reader.ui.article.reading_positions import PositionSaver, ReadingPositions
from reader.ui.article.view import ArticleView
from reader.ui.common import fonts
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.window.actions import Actions
from reader.ui.window.annotation_wiring import connect_annotation_actions
from reader.ui.window.appearance import Appearance
from reader.ui.window.dialogs import open_link, show_about, show_shortcuts
from reader.ui.window.docks import add_side_docks
from reader.ui.window.file_drop import FileDrop
from reader.ui.window.file_opener import FileOpener
from reader.ui.window.library_home import LibraryHome
from reader.ui.window.menus import (
    build_menus,
    build_toolbar,
    fill_view_menu,
    stacked,
    wire_recent_menu,
)
from reader.ui.window.navigation_keys import connect_navigation
from reader.ui.window.notes_side import NotesUi
from reader.ui.window.page_turn import PageTurn
from reader.ui.window.settings import ZOOM_DEFAULT, ZOOM_STEP, UiSettings
from reader.ui.window.side_panels import SidePanels
from reader.ui.window.state import is_full_screen, restore_window, save_window, set_full_screen
from reader.ui.window.structure import StructureEditor
from reader.ui.window.structure_wiring import (
    add_encoding_menu,
    kept_place,
    undo_newest,
    wire_structure,
)
from reader.ui.window.texts import WindowText, window_title

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.drafts import Drafts
    from reader.ui.article.find_bar import FindBar
    from reader.ui.article.navigation import Navigator
    from reader.ui.panels.contents import TocPanel
    from reader.ui.panels.statistics import StatsPanel



class MainWindow(QMainWindow):
    """Signals: document_shown(str path) after a document is on screen ("": closed, none is)."""

    document_shown = Signal(str)

    def __init__(
        self,
        store: Store | None,
        settings: QSettings,
        drafts: Drafts | None = None,
        *,
        panels_after_paint: bool = True,
    ) -> None:
        """panels_after_paint: side panels built once the article is painted, else on demand."""
        super().__init__()
        self._store, self._drafts = store, drafts
        self._positions = ReadingPositions(store)
        self._idle = IdleQueue(self)  # work after the first paint, a job per turn (idle_queue)
        self._settings = UiSettings(settings, self._idle.add)  # written on turns of their own
        self._text = WindowText(self)
        self._document: Document | None = None
        self._view = ArticleView(self, self._idle)
        self._turn = PageTurn(self, self._view)  # the title and panels change with the page
        self._central = stacked(self, [self._view])  # the find bar goes under it when made
        self.setCentralWidget(self._central)
        self._finder = FindController(self._view, self._central, self)
        self._saver = PositionSaver(self._positions, self._view, self.statusBar().showMessage, self)
        self._structure = StructureEditor(self, store, self._show_corrected,
                                          self.statusBar().showMessage)  # fmt: skip
        self._opener = FileOpener(self.statusBar(), self._text.opening, self._shown_opened,
                                  self.report_open_error)  # fmt: skip
        self.setAcceptDrops(True)
        self._drop = FileDrop(self)
        self.installEventFilter(self._drop)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_docks()
        place = QLabel(self)
        place.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(place)
        self._side = SidePanels(
            self, self._view, self._idle, (self._contents_dock, self._statistics_dock),
            (place, self._notes_ui), current=lambda: self._document, open_path=self.open_path,
            settings=self._settings)  # fmt: skip
        self._connect_signals()
        self.library = LibraryHome(self, store, self._positions, self._side, panels_after_paint)
        if panels_after_paint:
            self._view.first_painted.connect(lambda: self._idle.add(self._side.step))
        restore_window(self, self._settings)
        self._look.apply()
        self._view.set_style(self._look.article_style())
        self._notes_ui.set_theme(self._look.theme)
        self._update_title()
        if not fonts.has_cjk_font():
            self.statusBar().showMessage(self._text.no_cjk_font(fonts.CJK_FONT_PACKAGE))
        elif self._notes_ui.controller.why_not_writable():
            self.statusBar().showMessage(self._notes_ui.controller.why_not_writable())
        self._notes_ui.resume_drafts()

    # -- construction ---------------------------------------------------------------------

    def _create_actions(self) -> None:
        self._actions = Actions(self)
        self._look = Appearance(self._settings, self._actions, (self._view, self._text))
        parts = (self._actions, self._text)
        self._notes_ui = NotesUi(self, self._store, self._view, parts, self._drafts, idle=self._idle)

    def _create_menus(self) -> None:
        self._recent_menu, self._view_menu = build_menus(self, self._actions, self._text)

    def _create_toolbar(self) -> None:
        self._toolbar = build_toolbar(self, self._actions, self._text)

    def _create_docks(self) -> None:
        docks = add_side_docks(self, self._text, self._notes_ui.add_docks)
        self._contents_dock, self._statistics_dock = docks[:2]
        fill_view_menu(self._view_menu, self._actions, self._text, docks, self._toolbar, look=self._look)

    def _navigator(self) -> Navigator:
        return self._side.build()[2]

    def _connect_signals(self) -> None:
        self._connect_actions()
        parts = (self._actions, self._view, self._settings)
        undo = partial(undo_newest, self._notes_ui, self._structure)
        connect_annotation_actions(self._notes_ui, parts, self.statusBar().showMessage, undo)
        wire_structure(self, self._structure, self._notes_ui, self._side)
        add_encoding_menu(self._recent_menu, self._actions.close, self._structure, self)
        view = self._view
        view.zoom_requested.connect(lambda step: self.set_zoom(self._look.zoom + step * ZOOM_STEP))
        view.link_requested.connect(lambda url: open_link(self, self._text, url))
        view.disclaimer_toggle_requested.connect(self.toggle_disclaimer)
        self._drop.file_dropped.connect(self.open_path)

    def _connect_actions(self) -> None:
        a, nav = self._actions, self._navigator
        a.open.triggered.connect(self.open_dialog)
        a.close.triggered.connect(self.close_document)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self._finder.open)
        a.find_next.triggered.connect(lambda: self._finder.step_or_open(1))
        a.find_previous.triggered.connect(lambda: self._finder.step_or_open(-1))
        a.close_find.triggered.connect(self._finder.dismiss)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self._look.zoom + ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self._look.zoom - ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(ZOOM_DEFAULT))
        connect_navigation(a, self._view, nav, self.statusBar())
        a.full_screen.toggled.connect(lambda on: set_full_screen(self, on))
        a.themes.triggered.connect(lambda action: self.set_theme(str(action.data())))
        a.show_removed.toggled.connect(lambda on: self._look.set_show_removed(on, self._view))
        a.shortcuts.triggered.connect(lambda: show_shortcuts(self, self._text, a))
        a.about.triggered.connect(lambda: show_about(self, self._text, a))
        wire_recent_menu(self._recent_menu, self._positions.recent, self._text, self.open_path)

    # -- public API -----------------------------------------------------------------------

    @property
    def article_view(self) -> ArticleView:
        return self._view

    @property
    def panels_built(self) -> bool:
        """Whether every side panel is built and wired (they come after the first paint)."""
        return self._side.built

    @property
    def toc_panel(self) -> TocPanel:
        return self._side.build()[0]

    @property
    def stats_panel(self) -> StatsPanel:
        return self._side.build()[1]

    @property
    def find_bar(self) -> FindBar:
        return self._finder.bar

    @property
    def window_actions(self) -> Actions:
        return self._actions

    @property
    def document(self) -> Document | None:
        return self._document

    def open_path(self, path: str, then: Callable[[], None] | None = None) -> bool:
        """Open a file (a large one on a worker thread: then() runs once it is shown); on
        failure tell the user why and keep the current article."""
        return self._opener.open(path, then)

    @property
    def opening(self) -> bool:
        """A large file is being imported; it is shown when ready."""
        return self._opener.busy

    def _shown_opened(self, document: Document) -> None:
        self._settings.last_directory = str(Path(document.source.path).resolve().parent)
        self.show_document(document)

    def report_open_error(self, path: str, reason: str) -> None:
        """Tell the user a file could not be opened, and why."""
        Dialogs.show_error(self, self._text.cant_open_title(), self._text.cant_open(path, reason))

    def show_document(self, document: Document) -> None:
        """Put a loaded document on screen, corrected as the reader did, where they were."""
        self._leave()
        offset = self._positions.open(document)
        document = self._structure.opened(document, self._positions.doc_id)
        if self._positions.problem or document.notice:
            self.statusBar().showMessage(self._positions.problem or document.notice or "")
        self._display(document, offset)
        self.document_shown.emit(document.source.path)

    def _show_corrected(self, document: Document) -> None:
        """The open document again, its structure corrected: the reader stays where they were."""
        self._leave()
        top, end = self._view.top_offset(), self._view.at_end()
        self._display(document, kept_place(self._document, document, top, at_end=end))

    def _display(self, document: Document, offset: int) -> None:
        self._finder.dismiss()
        self._document = document
        style, expanded = self._look.article_style(), self._settings.disclaimer_expanded
        self._view.show_document(document, style, expanded, offset, self._look.script_for(document))
        nav = self._side.navigator
        if nav is not None:  # after the view: its statistics wait for this document's paint
            nav.show(document)
        self._notes_ui.open(document, self._positions.doc_id)
        self._update_title()
        if nav is not None:
            nav.on_top_offset(offset)

    def finish_loading(self) -> None:
        """Render the rest of the article and fill the panels now (tests, screenshots)."""
        _toc, stats, nav = self._side.build()
        self._view.finish_rendering()
        self._notes_ui.controller.draw()  # render_finished left it for a later turn
        self._notes_ui.controller.fill_panels()
        nav.fill_figures()
        stats.finish_figures()

    def _leave(self) -> None:
        """Before another document or none: the note being edited and the place saved."""
        self._notes_ui.commit_edit()
        self._saver.save()

    def close_document(self) -> None:
        """Close the article; the window stays with an empty page."""
        self._leave()
        self._finder.dismiss()
        self._document = None
        self._positions.close()
        self._structure.closed()
        nav = self._side.navigator
        if nav is not None:
            nav.show(None)
        self._notes_ui.close()
        self._view.show_message(self._text.empty_page(self._actions.library.isEnabled()))
        self._update_title()
        self.document_shown.emit("")  # the status bar and the library follow

    def go_to_section(self, section_id: str) -> None:
        """Scroll a section's heading to the top of the view."""
        self._navigator().go_to_section(section_id)

    def toggle_disclaimer(self) -> None:
        """Fold or unfold the disclaimer box, and remember the choice."""
        expanded = not self._settings.disclaimer_expanded
        self._settings.disclaimer_expanded = expanded
        self._view.set_disclaimer_expanded(expanded)

    def set_theme(self, name: str) -> None:
        """Switch the whole window to the light, sepia or dark theme."""
        if self._look.set_theme(name):
            self._view.set_style(self._look.article_style())
            self._notes_ui.set_theme(self._look.theme)

    def set_zoom(self, percent: int) -> None:
        """Zoom the article text (percent of the default size)."""
        if self._look.set_zoom(percent):
            self._view.set_style(self._look.article_style())
            self.statusBar().showMessage(self._text.zoom(self._look.zoom), 2000)

    @property
    def appearance(self) -> Appearance:
        return self._look

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        path = Dialogs.open_file(
            self, self._text.open_title(), self._settings.last_directory, self._text.open_filters()
        )
        if path:
            self.open_path(path)

    @property
    def notes_ui(self) -> NotesUi:
        """The notes side, its panels built and wired."""
        self._side.build()
        return self._notes_ui

    # -- slots ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        a = self._actions
        for action in (a.close, a.find, a.find_next, a.find_previous, a.next_section,
                       a.previous_section):  # fmt: skip
            action.setEnabled(self._document is not None)
        self._notes_ui.update_actions()
        self._turn.set_title(window_title(self._document, self._view.script))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            # Also when the window manager did it.
            self._actions.full_screen.setChecked(is_full_screen(self))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._notes_ui.may_close():
            event.ignore()
            return
        self._saver.save()
        save_window(self, self._settings)
        super().closeEvent(event)
