"""The window's notes side: Notes and Bookmarks docks, the controller, export and import."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from reader.document import Document
from reader.ui.article.hit_test import position_at
from reader.ui.article.pointer import ArticlePointer
from reader.ui.article.view import ArticleView
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.common.themes import Theme
from reader.ui.notes.controller import AnnotationController
from reader.ui.window.actions import Actions
from reader.ui.window.docks import put_in_dock
from reader.ui.window.menus import add_annotation_actions, after_copy, make_dock
from reader.ui.window.texts import WindowText

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.drafts import Drafts
    from reader.ui.notes.bookmarks_panel import BookmarksPanel
    from reader.ui.notes.export_all import AllNotesExport
    from reader.ui.notes.panel import NotesPanel
    from reader.ui.notes.transfer import NotesTransfer
    from reader.ui.window.file_opener import OpenPath


class NotesUi(QObject):
    """Owns the notes widgets; MainWindow wires them once build_panels() made them.

    The controller (highlights in the article) works from the start; the panels are
    built after the article's first paint, into docks that hold their place until then.

    Signals: status(str) for the status bar.
    """

    status = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        store: Store | None,
        view: ArticleView,
        parts: tuple[Actions, WindowText],
        drafts: Drafts | None = None,
        *,
        idle: IdleQueue | None = None,
    ) -> None:
        super().__init__(window)
        # Hooks the window sets: more undo (the structure's), more in the article's menu.
        self.other_undo: Callable[[], bool] = lambda: False
        self.extend_article_menu: Callable[[QMenu, QPoint], None] = lambda _menu, _point: None
        # Pops a menu up, modal, at a global point (not QMenu.exec unbound: its static overload
        # for a list of actions takes that call).
        self.run_menu: Callable[[QMenu, QPoint], object] = lambda menu, at: menu.exec(at)
        self.after_import: Callable[[], None] = lambda: None
        self._window, self._store, self._view = window, store, view
        self._actions, self._text = parts
        self._idle = idle
        self.controller = AnnotationController(store, view, self, drafts, idle=idle)
        self.pointer = ArticlePointer(view)
        self._panels: tuple[NotesPanel, BookmarksPanel] | None = None
        self._transfer: NotesTransfer | None = None
        self._export_all: AllNotesExport | None = None
        self._remember_export: Callable[[str], None] = lambda _path: None
        self.notes_dock = make_dock(window, self._text.notes(), "notesDock")
        self.bookmarks_dock = make_dock(window, self._text.bookmarks(), "bookmarksDock")
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        if store is None or store.read_only:  # said for as long as it lasts, not only at start
            from reader.ui.window.read_only import show_badge

            show_badge(window, store)

    def build_panels(self) -> tuple[NotesPanel, BookmarksPanel]:
        """The Notes and Bookmarks panels, made (and put in their docks) on first use."""
        if self._panels is None:
            from reader.ui.notes.bookmarks_panel import BookmarksPanel
            from reader.ui.notes.panel import NotesPanel

            self._panels = NotesPanel(self._window, self._idle), BookmarksPanel(self._window)
            for dock, panel in zip((self.notes_dock, self.bookmarks_dock), self._panels, strict=True):
                put_in_dock(dock, panel)
            self._panels[0].set_swatches(self.controller.swatches())
            self.update_actions()
        return self._panels

    @property
    def panels_built(self) -> bool:
        return self._panels is not None

    @property
    def notes(self) -> NotesPanel:
        return self.build_panels()[0]

    @property
    def bookmarks(self) -> BookmarksPanel:
        return self.build_panels()[1]

    @property
    def transfer(self) -> NotesTransfer:
        if self._transfer is None:
            from reader.ui.notes.transfer import NotesTransfer

            self._transfer = NotesTransfer(self._window)
        return self._transfer

    def add_docks(self, beside: QDockWidget) -> list[QDockWidget]:
        """Tab the Notes and Bookmarks docks with beside (Statistics); returns them."""
        self._window.tabifyDockWidget(beside, self.notes_dock)
        self._window.tabifyDockWidget(self.notes_dock, self.bookmarks_dock)
        beside.raise_()
        return [self.notes_dock, self.bookmarks_dock]

    # -- the open document ----------------------------------------------------------------

    def open(self, document: Document, doc_id: int | None) -> None:
        self.controller.open(document, doc_id)
        self.update_actions()
        if self.controller.why_not_writable():
            self.status.emit(self.controller.why_not_writable())

    def close(self) -> None:
        self.controller.close()
        self.update_actions()

    def set_theme(self, theme: Theme) -> None:
        self.controller.set_theme(theme)
        if self._panels is not None:
            self._panels[0].set_swatches(self.controller.swatches())

    def resume_drafts(self) -> None:
        """Notes left unsaved by an earlier run: say so and try to save them now."""
        keeper = self.controller.keeper
        if keeper.drafts is not None and keeper.drafts.spool_error:
            self.status.emit(keeper.drafts.spool_error)
        count = keeper.count
        if count:
            saved = self.controller.retry_drafts()
            self.status.emit(self._text.drafts_from_last_time(count, saved))

    def commit_edit(self) -> None:
        """Save the note being written in the Notes panel, if there is one."""
        if self._panels is not None:
            self._panels[0].commit()

    def may_close(self) -> bool:
        """Save the note being written; notes kept only in memory: ask first.

        Drafts already in the spool file are saved next time: say so, don't block.
        """
        self.commit_edit()
        keeper = self.controller.keeper
        if keeper.count:
            self.controller.retry_drafts()
        in_panel = set(self._panels[0].unsaved_ids()) if self._panels is not None else set()
        kept = keeper.kept_ids()
        unsaved = len(in_panel - kept if keeper.safe_on_disk else in_panel | kept)
        window, text = self._window, self._text
        if unsaved and not Dialogs.ask(
            window, text.unsaved_notes_title(), text.unsaved_notes(unsaved)
        ):
            return False
        if keeper.count and keeper.safe_on_disk:
            Dialogs.tell(
                window,
                text.drafts_kept_title(),
                text.drafts_kept(keeper.count, keeper.spool_path()),
            )
        return True

    # -- menus and panels -----------------------------------------------------------------

    def export_notes(self, directory: str) -> str | None:
        """Ask for a file and save the document's notes to it (Markdown or JSON); its path."""
        doc_id, document = self.controller.doc_id, self.controller.document
        if self._store is None or doc_id is None or document is None:
            return None
        path = self.transfer.export_notes(self._store, doc_id, document, directory)
        if path:
            self.status.emit(self._text.notes_exported(path))
        return path

    def export_all_notes(self, directory: str, remember: Callable[[str], None]) -> None:
        """Ask for a file and save every article's notes to it, on a worker thread; remember(path)
        once the file is chosen (the next export starts in its folder)."""
        if self._store is None:
            return
        self._remember_export = remember  # the folder of the file chosen, for the next export
        if self._export_all is None:
            from reader.ui.notes.export_all import AllNotesExport

            self._export_all = made = AllNotesExport(self._view.window())
            made.started.connect(lambda _path: self.status.emit(self._text.exporting_all()))
            made.started.connect(lambda path: self._remember_export(path))  # noqa: PLW0108 - the callback of the latest call
            made.exported.connect(lambda path: self.status.emit(self._text.notes_exported(path)))
        self._export_all.run(self._store, directory)

    def import_notes(self, directory: str) -> None:
        """Ask for a JSON file of annotations and add them to the document."""
        doc_id, document = self.controller.doc_id, self.controller.document
        if self._store is None or doc_id is None or document is None:
            return
        if self.transfer.import_notes(self._store, doc_id, document, directory):
            self.controller.refresh()
            self.after_import()  # corrections may have come with the notes

    def open_note(self, note_id: int, path: str, open_path: OpenPath) -> None:
        """Show a note found by the search, opening its document first when needed (a large
        one is imported on a worker thread: the note is shown once it is open)."""
        if self.controller.has_note(note_id):
            self._go_to_note(note_id)
        elif path:
            open_path(path, lambda: self._go_to_note(note_id))

    def _go_to_note(self, note_id: int) -> None:
        self.show_note(note_id)
        self.controller.go_to_note(note_id)

    def show_note(self, note_id: int) -> None:
        """Select a note in the Notes panel (clicked in the article, just added, restored)."""
        self._raise_notes()
        self.notes.select_note(note_id)

    def edit_note(self, note_id: int) -> None:
        self._raise_notes()
        self.notes.edit_note(note_id)

    def _raise_notes(self) -> None:
        self.controller.fill_panels()  # a document just opened: its cards before choosing one
        self.notes_dock.show()
        self.notes_dock.raise_()

    def highlight_in(self, action: QAction) -> None:
        self.controller.colour = str(action.data())
        self.controller.add_note(self.controller.colour, edit=False)

    def update_actions(self) -> None:
        """Annotation actions follow the store (read-only?) and the selection."""
        a, ctl = self._actions, self.controller
        writable = ctl.writable
        # Article text only: the disclaimer box's title, selected for the keyboard after a
        # click on it, is no passage to note.
        # On removed lines only: on, to say why they can't be noted (off, Ctrl+H did nothing).
        selected = writable and (ctl.selection() is not None or ctl.on_removed_only())
        for action in (a.highlight, a.add_note, *a.colour_actions.values()):
            action.setEnabled(selected)
        if writable and not selected and ctl.last_highlight() is not None:
            a.add_note.setEnabled(True)  # Ctrl+H, then Ctrl+Shift+N: the highlight's note
        a.copy_link.setEnabled(ctl.selection() is not None)  # a link needs no notes database
        a.bookmark.setEnabled(writable)
        a.import_notes.setEnabled(writable)
        a.undo.setEnabled(writable and ctl.can_undo or self.other_undo())
        a.export_notes.setEnabled(ctl.doc_id is not None)
        a.export_all_notes.setEnabled(self._store is not None)
        _say_why_off((a.highlight, a.add_note, a.bookmark, a.import_notes), ctl.why_not_writable())
        if self._panels is not None:
            self._panels[0].set_read_only(not writable)
            self._panels[1].set_read_only(not writable)

    def article_menu(self, point: QPoint) -> QMenu:
        """The article's context menu at a viewport point: Copy, Select All, then notes (and
        what the window adds: the Structure submenu)."""
        view = self._view
        scrolled = QPoint(0, view.verticalScrollBar().value())
        menu = view.createStandardContextMenu(point + scrolled)
        after_copy(menu, self._actions.copy_link)
        view.add_removed_line_actions(menu, point)  # on a removed line: Keep, Copy This Line
        menu.addSeparator()
        add_annotation_actions(menu, self._actions, self._text)
        self.extend_article_menu(menu, point)
        return menu

    def show_article_menu(self, point: QPoint) -> None:
        menu = self.article_menu(point)
        view, ctl = self._view, self.controller
        # Bookmark This Passage from the menu marks the paragraph clicked, not the view's top.
        ctl.pointed_offset = view.text_map.offset(position_at(view, point))
        try:
            self.run_menu(menu, view.viewport().mapToGlobal(point))
        finally:
            ctl.pointed_offset = None
            menu.deleteLater()


def _say_why_off(actions: tuple[QAction, ...], why: str) -> None:
    """An action that would write says in its tooltip why it is off ("" when it is on)."""
    for action in actions:
        own = action.property("readerOwnTip")
        if own is None:
            own = action.toolTip()
            action.setProperty("readerOwnTip", own)
        action.setToolTip(f"{own}\n{why}" if why else own)
