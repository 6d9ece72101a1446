"""The reading window: the article in the centre, Contents and Statistics docks around it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.document import Document, DocumentError, load
from reader.document.anchors import section_for_fragment
from reader.ui import fonts
from reader.ui.actions import Actions
from reader.ui.appearance import Appearance
from reader.ui.article_view import ArticleView
from reader.ui.dialogs import Dialogs
from reader.ui.file_drop import FileDrop
from reader.ui.find_bar import FindBar
from reader.ui.find_controller import FindController
from reader.ui.menus import (
    build_menus,
    build_toolbar,
    fill_recent_menu,
    fill_view_menu,
    make_dock,
    stacked,
)
from reader.ui.notes_ui import NotesUi
from reader.ui.placement import first_run_geometry
from reader.ui.presenters import figure_clipboard_text, fill_stats_panel, reading_progress
from reader.ui.reading_positions import ReadingPositions
from reader.ui.stats_panel import StatsPanel
from reader.ui.text_map import SectionLocator
from reader.ui.toc_panel import TocPanel
from reader.ui.ui_settings import ZOOM_DEFAULT, ZOOM_STEP, UiSettings
from reader.ui.window_text import WindowText

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.drafts import Drafts

APP_NAME = "Reader"
POSITION_SAVE_MS = 1500
RECENT_LIMIT = 10


class MainWindow(QMainWindow):
    """Signals: document_shown(str path) after a document is on screen."""

    document_shown = Signal(str)

    def __init__(
        self, store: Store | None, settings: QSettings, drafts: Drafts | None = None
    ) -> None:
        super().__init__()
        self._store, self._drafts = store, drafts
        self._positions = ReadingPositions(store)
        self._settings = UiSettings(settings)
        self._text = WindowText(self)
        self._document: Document | None = None
        self._locator = SectionLocator(())
        self._view = ArticleView(self)
        self._find_bar = FindBar(self)
        self._finder = FindController(self._view, self._find_bar, self)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_MS)
        self.setCentralWidget(stacked(self, [self._view, self._find_bar]))
        self.setAcceptDrops(True)
        self._drop = FileDrop(self)
        self.installEventFilter(self._drop)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_docks()
        self._connect_signals()
        self._restore_window()
        self._look.apply()
        self._view.set_style(self._look.article_style())
        self._notes_ui.set_theme(self._look.theme)
        self._update_title()
        self._place = QLabel(self)
        self._place.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self._place)
        if not fonts.has_cjk_font():
            self.statusBar().showMessage(self._text.no_cjk_font(fonts.CJK_FONT_PACKAGE))
        elif self._notes_ui.controller.why_not_writable():
            self.statusBar().showMessage(self._notes_ui.controller.why_not_writable())
        self._notes_ui.resume_drafts()

    # -- construction ---------------------------------------------------------------------

    def _create_actions(self) -> None:
        self._actions = Actions(self)
        self._look = Appearance(self._settings, self._actions)
        parts = (self._actions, self._text)
        self._notes_ui = NotesUi(self, self._store, self._view, parts, self._drafts)

    def _create_menus(self) -> None:
        self._recent_menu, self._view_menu = build_menus(self, self._actions, self._text)

    def _create_toolbar(self) -> None:
        self._toolbar = build_toolbar(self, self._actions, self._text)

    def _create_docks(self) -> None:
        self._toc = TocPanel(self)
        self._stats = StatsPanel(self)
        contents = make_dock(self, self._text.contents(), "contentsDock", self._toc)
        statistics = make_dock(self, self._text.statistics(), "statisticsDock", self._stats)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, contents)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, statistics)
        notes_docks = self._notes_ui.add_docks(statistics)
        self.resizeDocks([contents, statistics], [260, 320], Qt.Orientation.Horizontal)
        docks = [contents, statistics, *notes_docks]
        fill_view_menu(self._view_menu, self._actions, self._text, docks, self._toolbar)

    def _connect_signals(self) -> None:
        a, view = self._actions, self._view
        a.open.triggered.connect(self.open_dialog)
        a.close.triggered.connect(self.close_document)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self._finder.open)
        a.find_next.triggered.connect(lambda: self._finder.step_or_open(1))
        a.find_previous.triggered.connect(lambda: self._finder.step_or_open(-1))
        a.close_find.triggered.connect(self._close_find)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self._look.zoom + ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self._look.zoom - ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(ZOOM_DEFAULT))
        a.next_section.triggered.connect(lambda: self._step_section(1))
        a.previous_section.triggered.connect(lambda: self._step_section(-1))
        a.full_screen.toggled.connect(self._set_full_screen)
        a.themes.triggered.connect(lambda action: self.set_theme(str(action.data())))
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.about.triggered.connect(self._show_about)
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._recent_menu.triggered.connect(self._open_recent)
        self._toc.section_activated.connect(self.go_to_section)
        self._stats.section_activated.connect(self.go_to_section)
        self._stats.figure_activated.connect(self.show_figure)
        self._stats.figure_copy_requested.connect(self._copy_figure)
        view.top_offset_changed.connect(self._on_top_offset)
        view.top_offset_changed.connect(lambda _offset: self._position_timer.start())
        view.top_offset_changed.connect(lambda _offset: self._finder.viewport_moved())
        view.zoom_requested.connect(lambda step: self.set_zoom(self._look.zoom + step * ZOOM_STEP))
        view.link_requested.connect(self._open_link)
        view.fragment_requested.connect(self.go_to_fragment)
        view.disclaimer_toggle_requested.connect(self.toggle_disclaimer)
        view.render_finished.connect(self._finder.refresh)
        self._position_timer.timeout.connect(self._save_position)
        self._drop.file_dropped.connect(self.open_path)
        self._find_bar.query_changed.connect(self._finder.search)
        self._find_bar.next_requested.connect(lambda: self._finder.step(1))
        self._find_bar.previous_requested.connect(lambda: self._finder.step(-1))
        self._find_bar.closed.connect(self._close_find)
        self._finder.result_changed.connect(self._find_bar.set_result)
        self._connect_annotation_signals()

    def _connect_annotation_signals(self) -> None:
        """Bookmarks, highlights and notes: actions and panels to the controller and back."""
        a, ui, ctl = self._actions, self._notes_ui, self._notes_ui.controller
        notes, marks, where = ui.notes, ui.bookmarks, self._settings
        a.bookmark.triggered.connect(ctl.bookmark_here)
        a.highlight.triggered.connect(lambda: ctl.add_note(ctl.colour, edit=False))
        a.add_note.triggered.connect(lambda: ctl.add_note(ctl.colour, edit=True))
        a.colours.triggered.connect(ui.highlight_in)
        a.undo.triggered.connect(ctl.undo)
        a.export_notes.triggered.connect(
            lambda: where.remember_export(ui.export_notes(where.export_directory))
        )
        a.import_notes.triggered.connect(lambda: ui.import_notes(where.last_directory))
        self._view.selectionChanged.connect(ui.update_actions)
        self._view.render_finished.connect(ctl.draw)
        self._view.customContextMenuRequested.connect(ui.show_article_menu)
        ui.pointer.clicked.connect(ctl.on_clicked)
        ui.pointer.hovered.connect(ctl.on_hovered)
        notes.note_activated.connect(ctl.go_to_note)
        notes.note_edited.connect(ctl.save_note)
        notes.note_recoloured.connect(ctl.recolour)
        notes.note_delete_requested.connect(ctl.delete_note)
        notes.search_requested.connect(ctl.search)
        notes.search_result_activated.connect(lambda i, p: ui.open_note(i, p, self.open_path))
        notes.retry_requested.connect(ctl.retry_drafts)
        marks.bookmark_activated.connect(ctl.go_to_bookmark)
        marks.bookmark_renamed.connect(ctl.rename_bookmark)
        marks.bookmark_delete_requested.connect(ctl.delete_bookmark)
        ctl.notes_changed.connect(notes.set_notes)
        ctl.bookmarks_changed.connect(marks.set_bookmarks)
        ctl.counts_changed.connect(self._stats.set_annotation_counts)
        ctl.search_results.connect(notes.set_search_results)
        ctl.note_selected.connect(ui.show_note)
        ctl.note_created.connect(ui.edit_note)
        ctl.note_saved.connect(notes.mark_saved)
        ctl.note_save_failed.connect(notes.mark_unsaved)
        ctl.draft_saved.connect(notes.replace_id)
        ctl.drafts_changed.connect(notes.set_unsaved)
        ctl.undo_available.connect(lambda _any: ui.update_actions())
        ctl.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ui.status.connect(lambda text: self.statusBar().showMessage(text, 6000))

    # -- public API -----------------------------------------------------------------------

    @property
    def article_view(self) -> ArticleView:
        return self._view

    @property
    def toc_panel(self) -> TocPanel:
        return self._toc

    @property
    def stats_panel(self) -> StatsPanel:
        return self._stats

    @property
    def find_bar(self) -> FindBar:
        return self._find_bar

    @property
    def window_actions(self) -> Actions:
        return self._actions

    @property
    def document(self) -> Document | None:
        return self._document

    def open_path(self, path: str) -> bool:
        """Open a file; on failure tell the user why and keep the current article."""
        try:
            document = load(path)
        except DocumentError as error:
            self.report_open_error(path, str(error))
            return False
        self._settings.last_directory = str(Path(path).resolve().parent)
        self.show_document(document)
        return True

    def report_open_error(self, path: str, reason: str) -> None:
        """Tell the user a file could not be opened, and why."""
        Dialogs.show_error(self, self._text.cant_open_title(), self._text.cant_open(path, reason))

    def show_document(self, document: Document) -> None:
        """Put a loaded document on screen, at its saved reading position."""
        self._notes_ui.notes.commit()
        self._save_position()
        self._close_find()
        self._document = document
        offset = self._positions.open(document)
        if self._positions.problem:
            self.statusBar().showMessage(self._positions.problem)
        self._locator = SectionLocator(document.sections)
        self._toc.set_sections(document.sections)
        fill_stats_panel(self._stats, document)
        self._view.show_document(
            document, self._look.article_style(), self._settings.disclaimer_expanded, offset
        )
        self._notes_ui.open(document, self._positions.doc_id)
        self._update_title()
        self._on_top_offset(offset)
        self.document_shown.emit(document.source.path)

    def finish_loading(self) -> None:
        """Render the rest of the article and fill the panels now (tests, screenshots)."""
        self._view.finish_rendering()
        self._stats.finish_figures()

    def close_document(self) -> None:
        """Close the article; the window stays with an empty page."""
        self._notes_ui.notes.commit()
        self._save_position()
        self._close_find()
        self._document = None
        self._positions.close()
        self._locator = SectionLocator(())
        self._toc.set_sections(())
        self._stats.clear()
        self._notes_ui.close()
        self._place.clear()
        self._view.show_message(self._text.empty_page())
        self._update_title()

    def go_to_section(self, section_id: str) -> None:
        """Scroll a section's heading to the top of the view."""
        for section in self._locator.sections:
            if section.id == section_id:
                self._view.scroll_to_offset(section.start)
                self._toc.set_current(section_id)
                return

    def go_to_fragment(self, fragment: str) -> None:
        """An internal "#id" link: scroll to the section it names."""
        section = section_for_fragment(self._locator.sections, fragment)
        if section is not None:
            self.go_to_section(section.id)

    def show_figure(self, index: int) -> None:
        """Scroll to a key figure's sentence and highlight the number for a moment."""
        if self._document is not None and 0 <= index < len(self._document.figures):
            figure = self._document.figures[index]
            self._view.flash_range(figure.start, figure.end)

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
        return self._notes_ui

    # -- slots ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        a = self._actions
        for action in (a.close, a.find, a.find_next, a.find_previous, a.next_section,
                       a.previous_section):  # fmt: skip
            action.setEnabled(self._document is not None)
        self._notes_ui.update_actions()
        document = self._document
        title = (document.title or Path(document.source.path).name) if document else None
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    def _on_top_offset(self, offset: int) -> None:
        document = self._document
        if document is None:
            return
        section = self._locator.section_at(offset)
        self._toc.set_current(section.id if section else None)
        self._stats.set_current_section(section.id if section else None)
        fraction, minutes_left = reading_progress(document, offset, self._view.at_end())
        self._stats.set_progress(fraction, minutes_left)
        where = f"{section.title}  ·  " if section else ""
        self._place.setText(f"{where}{round(fraction * 100)}%")

    def _step_section(self, step: int) -> None:
        section = self._locator.neighbour(self._view.top_offset(), step)
        if section is not None:
            self.go_to_section(section.id)

    def _copy_figure(self, index: int) -> None:
        if self._document is not None:
            QGuiApplication.clipboard().setText(figure_clipboard_text(self._document, index))

    def _close_find(self) -> None:
        self._finder.close()
        self._view.setFocus()

    def _set_full_screen(self, on: bool) -> None:
        # Toggle only the full-screen flag, so a maximized window comes back maximized.
        full = Qt.WindowState.WindowFullScreen
        state = self.windowState()
        self.setWindowState(state | full if on else state & ~full)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            full = bool(self.windowState() & Qt.WindowState.WindowFullScreen)
            self._actions.full_screen.setChecked(full)  # also when the window manager did it
        super().changeEvent(event)

    def _open_link(self, url: QUrl) -> None:
        if Dialogs.ask(self, self._text.open_link_title(), self._text.open_link(url.toString())):
            QDesktopServices.openUrl(url)

    def _show_shortcuts(self) -> None:
        Dialogs.show_info(
            self, self._text.shortcuts_title(), self._text.shortcuts(self._actions.shortcut_table())
        )

    def _show_about(self) -> None:
        Dialogs.show_info(self, self._text.about_title(), self._text.about())

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self._recent_menu, self._positions.recent(RECENT_LIMIT), self._text)

    def _open_recent(self, action: QAction) -> None:
        if action.data():
            self.open_path(str(action.data()))

    def _save_position(self) -> None:
        self._position_timer.stop()
        saved = self._document is None or not self._view.text_map
        if not saved and not self._positions.save(self._view.top_offset()):
            self.statusBar().showMessage(self._positions.problem)

    # -- window state and events ----------------------------------------------------------

    def _restore_window(self) -> None:
        geometry, state = self._settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif (screen := self.screen()) is not None:
            self.setGeometry(first_run_geometry(screen.availableGeometry()))
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._notes_ui.may_close():
            event.ignore()
            return
        self._save_position()
        self._settings.save_window_state(self.saveGeometry(), self.saveState())
        self._settings.sync()
        super().closeEvent(event)
