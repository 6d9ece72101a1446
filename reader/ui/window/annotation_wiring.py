"""The notes side's wiring, called only by MainWindow (the one wiring place)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.ui.article.view import ArticleView
from reader.ui.window.actions import Actions
from reader.ui.window.notes_side import NotesUi
from reader.ui.window.settings import UiSettings

if TYPE_CHECKING:
    from reader.ui.notes.controller import AnnotationController
    from reader.ui.panels.statistics import StatsPanel
    from reader.ui.window.file_opener import OpenPath

STATUS_MS = 6000


def connect_annotation_actions(
    ui: NotesUi,
    window: tuple[Actions, ArticleView, UiSettings],
    show_status: Callable[[str, int], None],
    undo: Callable[[], None] | None = None,
) -> None:
    """Actions, the article and messages to the controller and back (no panels needed);
    undo: what Ctrl+Z does (default: undo the newest deletion)."""
    a, view, where = window
    ctl = ui.controller
    a.bookmark.triggered.connect(ctl.bookmark_here)
    a.highlight.triggered.connect(lambda: ctl.add_note(ctl.colour, edit=False))
    a.add_note.triggered.connect(lambda: ctl.add_note(ctl.colour, edit=True))
    a.colours.triggered.connect(ui.highlight_in)
    a.undo.triggered.connect(undo or ctl.undo)
    a.copy_link.triggered.connect(lambda: _copy_link(ctl))
    a.export_notes.triggered.connect(
        lambda: where.remember_export(ui.export_notes(where.export_directory))
    )
    a.export_all_notes.triggered.connect(
        lambda: ui.export_all_notes(where.export_directory, where.remember_export)
    )
    a.import_notes.triggered.connect(lambda: ui.import_notes(where.last_directory))
    view.selectionChanged.connect(ctl.on_selection_changed)
    view.selectionChanged.connect(ui.update_actions)
    view.render_finished.connect(ctl.draw_soon)
    view.customContextMenuRequested.connect(ui.show_article_menu)
    ui.pointer.clicked.connect(ctl.on_clicked)
    ui.pointer.hovered.connect(ctl.on_hovered)
    ctl.undo_available.connect(lambda _any: ui.update_actions())
    ctl.message.connect(lambda text: show_status(text, STATUS_MS))
    ui.status.connect(lambda text: show_status(text, STATUS_MS))


def _copy_link(ctl: AnnotationController) -> None:
    from reader.ui.notes.link_copy import copy_selection_link  # when first asked for

    copy_selection_link(ctl)


def connect_annotation_panels(
    ui: NotesUi, stats: StatsPanel, open_path: OpenPath
) -> None:
    """The Notes and Bookmarks panels (and the counts in Statistics), once they are built."""
    ctl, (notes, marks) = ui.controller, ui.build_panels()
    notes.note_activated.connect(ctl.go_to_note)
    notes.note_edited.connect(ctl.save_note)
    notes.note_recoloured.connect(ctl.recolour)
    notes.note_delete_requested.connect(ctl.delete_note)
    notes.search_requested.connect(ctl.search)
    notes.search_result_activated.connect(lambda i, p: ui.open_note(i, p, open_path))
    notes.retry_requested.connect(ctl.retry_drafts)
    marks.bookmark_activated.connect(ctl.go_to_bookmark)
    marks.bookmark_renamed.connect(ctl.rename_bookmark)
    marks.bookmark_delete_requested.connect(ctl.delete_bookmark)
    ctl.notes_changed.connect(notes.set_notes)
    ctl.bookmarks_changed.connect(marks.set_bookmarks)
    ctl.counts_changed.connect(stats.set_annotation_counts)
    ctl.search_results.connect(notes.set_search_results)
    ctl.note_selected.connect(ui.show_note)
    ctl.note_created.connect(ui.edit_note)
    ctl.note_saved.connect(notes.mark_saved)
    ctl.note_save_failed.connect(notes.mark_unsaved)
    ctl.draft_saved.connect(notes.replace_id)
    ctl.drafts_changed.connect(notes.set_unsaved)
    ctl.attach_panels()
