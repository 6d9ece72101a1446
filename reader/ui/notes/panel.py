"""The Notes dock: the document's notes in order, an editor, a search across all documents."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from reader.document.note_text import render_markdown
from reader.ui.common.batched_fill import BatchedFill
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.notes.card import (
    COMPACT_ABOVE,
    HTML_ROLE,
    MUTED_COLOUR,
    STRIPE_ROLE,
    DeleteKey,
    LazyCard,
    card_list,
    local_time,
    set_compact,
)
from reader.ui.notes.editor import NoteEditorBox
from reader.ui.notes.lazy_entries import EntryIndex
from reader.ui.notes.search import NOTE_ID_ROLE, PATH_ROLE, NotesSearchBox, fill_hits
from reader.ui.notes.unsaved_banner import UNSAVED_COLOUR, UnsavedBanner
from reader.ui.panels.entries import HitEntry, NoteEntry


class NotesPanel(QWidget):
    """Signals: note_activated(int), note_edited(int, str), note_recoloured(int, str),
    note_delete_requested(int), search_requested(str), search_result_activated(int, str),
    retry_requested().
    """

    note_activated = Signal(int)
    note_edited = Signal(int, str)
    note_recoloured = Signal(int, str)
    note_delete_requested = Signal(int)
    search_requested = Signal(str)
    search_result_activated = Signal(int, str)
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None, idle: IdleQueue | None = None) -> None:
        super().__init__(parent)
        self._entries = EntryIndex()  # made when first looked up: 10 000 notes list at once
        self._drafts: dict[int, str] = {}  # note id → text the store has not saved
        self._editing: int | None = None
        self._searching = False
        self._switching = False  # in the list's currentItemChanged: don't delete its items
        self.search_edit = NotesSearchBox(self)
        self.list = card_list(self)
        self.banner = UnsavedBanner(self)
        self.retry_action = QAction(self.tr("Retry Saving Unsaved Notes"), self.list)
        self.retry_action.setEnabled(False)
        self.list.addAction(self.retry_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.box = NoteEditorBox(self)
        self.box.hide()
        self._delete = DeleteKey(self.list, self._request_delete)
        self._filler = BatchedFill(
            self.list, self._card_item, lambda e: e.id == self._editing, idle
        )
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(0)
        self._lay_out()
        self._connect()
        self._show_empty_hint()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.banner)
        layout.addWidget(self.list, 3)
        layout.addWidget(self._empty, 3)
        layout.addWidget(self.box, 2)

    def _connect(self) -> None:
        self.search_edit.search_requested.connect(self.search_requested)
        self.search_edit.cleared.connect(self._on_search_cleared)
        self._refill_timer.timeout.connect(self._refill_later)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        self.box.commit_requested.connect(self.commit)
        self.box.colour_chosen.connect(self._recolour)
        self.box.delete_requested.connect(self._request_delete)
        self.banner.retry_requested.connect(self.retry_requested)
        self.retry_action.triggered.connect(self.retry_requested)

    # -- setters --------------------------------------------------------------------------

    def set_notes(self, entries: Sequence[NoteEntry]) -> None:
        """List the document's notes (orphans last); keeps the selection and unsaved drafts."""
        old, self._entries = self._entries, EntryIndex(entries)
        if self._editing is not None and self._editing not in self._entries:
            self._editing = None  # another document: its drafts stay until saved
            self.box.hide()
        if self._searching:
            return
        if self.note_ids() == self._entries.ids:
            self._update_cards(old)  # the same rows: a click in progress keeps its item
        elif self._switching:
            self._refill_timer.start()  # clearing the list inside its own signal deletes the item
        else:
            self._fill_notes()

    def set_search_results(self, hits: list[HitEntry]) -> None:
        """Show search results in place of the document's notes."""
        self._searching = True
        self.box.hide()
        self._filler.cancel()
        fill_hits(self.list, hits)
        self._empty.setText(self.tr("No note matches."))
        self._show_list(bool(hits))

    def set_swatches(self, colours: dict[str, str]) -> None:
        self.box.set_swatches(colours)

    def set_read_only(self, read_only: bool) -> None:
        self.box.set_read_only(read_only)
        self._delete.enabled = not read_only

    def select_note(self, note_id: int) -> None:
        """Make a note current (clicked in the article), leaving a search first."""
        if self._searching:
            self.search_edit.clear()
            self._leave_search()
        self._filler.finish()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NOTE_ID_ROLE) == note_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return

    def edit_note(self, note_id: int) -> None:
        """Select a note and put the cursor in its editor."""
        self.select_note(note_id)
        if self._editing == note_id:
            self.box.editor.setFocus()
            self.box.editor.moveCursor(self.box.editor.textCursor().MoveOperation.End)

    def set_unsaved(self, count: int, reason: str) -> None:
        """count notes wait as drafts, because of reason: say so, offer Retry Now."""
        self.banner.set_unsaved(count, reason)
        self.retry_action.setEnabled(count > 0)

    def replace_id(self, draft_id: int, note_id: int) -> None:
        """A draft was saved as note_id: keep editing it under its new id."""
        text = self._drafts.pop(draft_id, None)
        if text is not None:
            self._drafts[note_id] = text
        if self._editing == draft_id:
            self._editing = note_id

    def mark_saved(self, note_id: int) -> None:
        """The store saved the note's text: forget the draft, say so."""
        self._drafts.pop(note_id, None)
        if self._editing == note_id:
            self.box.set_status(self.tr("Saved"))

    def mark_unsaved(self, note_id: int, text: str, reason: str) -> None:
        """The store could not save: keep the text as a draft and say why."""
        self._drafts[note_id] = text
        if self._editing == note_id:
            self.box.set_status(
                self.tr("Not saved: {0}. Your text is kept here; Ctrl+Enter tries again.").format(
                    reason
                ),
                error=True,
            )

    # -- reading (tests) ------------------------------------------------------------------

    def current_note_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or self._searching else int(item.data(NOTE_ID_ROLE))

    def note_ids(self) -> list[int]:
        self._filler.finish()
        return [int(self.list.item(row).data(NOTE_ID_ROLE)) for row in range(self.list.count())]

    def item_html(self, row: int) -> str:
        self._filler.finish()
        return str(self.list.item(row).data(HTML_ROLE))

    def unsaved_count(self) -> int:
        """How many notes hold text the store has not saved."""
        return len(self._drafts)

    def unsaved_ids(self) -> list[int]:
        return list(self._drafts)

    def status_text(self) -> str:
        return self.box.status.text()

    # -- internals ------------------------------------------------------------------------

    def _fill_notes(self) -> None:
        self._refill_timer.stop()
        set_compact(self.list, len(self._entries) > COMPACT_ABOVE)
        self._filler.start(self._entries.entries)
        self._show_empty_hint()
        self._show_list(bool(self._entries))

    def _card_item(self, entry: NoteEntry) -> QListWidgetItem:
        item = LazyCard(partial(self._card, entry))
        self._describe(item, entry)
        item.setData(NOTE_ID_ROLE, entry.id)
        return item

    def _update_cards(self, old: EntryIndex) -> None:
        """Show the changed entries in the rows already listed for them."""
        self._filler.finish()
        for row in range(self.list.count()):
            item = self.list.item(row)
            note_id = int(item.data(NOTE_ID_ROLE))
            entry = self._entries[note_id]
            if entry != old.get(note_id) and isinstance(item, LazyCard):
                item.remake(partial(self._card, entry))
                self._describe(item, entry)
        self._show_empty_hint()
        self._show_list(bool(self._entries))

    def _refill_later(self) -> None:
        if not self._searching:
            self._fill_notes()

    def _describe(self, item: QListWidgetItem, entry: NoteEntry) -> None:
        if isinstance(item, LazyCard):
            item.set_tooltip_maker(partial(self._tooltip, entry))
        else:
            item.setToolTip(self._tooltip(entry))
        item.setData(STRIPE_ROLE, None if entry.orphaned else entry.stripe)

    def _tooltip(self, entry: NoteEntry) -> str:
        return self.tr("Created {0}, last changed {1}").format(
            local_time(entry.created), local_time(entry.updated)
        )

    def _card(self, entry: NoteEntry) -> str:
        muted = f"style='color:{self._muted()}'"
        head = escape(entry.section) if entry.section else ""
        stamp = local_time(entry.updated)
        parts = [f"<div {muted}><small>{head}{' · ' if head else ''}{stamp}</small></div>"]
        if entry.unsaved:
            unsaved = escape(self.tr("Unsaved — {0}").format(entry.unsaved))
            parts.append(
                f"<div style='color:{UNSAVED_COLOUR}'><small><b>● {unsaved}</b></small></div>"
            )
        if entry.orphaned:
            warning = self.tr("Not found in this version of the text")
            if entry.left_out:
                warning = self.tr("In lines left out of the article (View ▸ Show Removed Lines)")
            parts.append(f"<div style='color:#c62828'><small>⚠ {escape(warning)}</small></div>")
        elif entry.original_quote:
            changed = escape(
                self.tr("The passage changed; it read: “{0}”").format(entry.original_quote)
            )
            parts.append(f"<div {muted}><small>≈ {changed}</small></div>")
        parts.append(f"<div><i>“{escape(entry.quote)}”</i></div>")
        if entry.body:
            parts.append(f"<div>{render_markdown(entry.body)}</div>")
        return "".join(parts)

    def _muted(self) -> str:
        return MUTED_COLOUR  # the delegate paints it in the theme's muted colour

    def _show_empty_hint(self) -> None:
        self._empty.setText(
            self.tr(
                "No notes in this article yet. Select some text, then Highlight (Ctrl+H) or "
                "Add Note (Ctrl+Shift+N); Ctrl+D bookmarks the passage you are reading."
            )
        )

    def _show_list(self, has_items: bool) -> None:
        self.list.setVisible(has_items)
        self._empty.setVisible(not has_items)

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if self._searching or item is None:
            return
        note_id = int(item.data(NOTE_ID_ROLE))  # before commit(): saving refills the list
        self._switching = True
        try:
            self.commit()
        finally:
            self._switching = False
        entry = self._entries.get(note_id)
        if entry is None:
            return
        self._editing = note_id
        self.box.editor.setPlainText(self._drafts.get(note_id, entry.body))
        self.box.set_colour(entry.colour)
        if entry.unsaved:
            self.box.set_status(self.tr("Unsaved — {0}").format(entry.unsaved), error=True)
        else:
            self.box.set_status("" if note_id not in self._drafts else self.tr("Not saved yet"))
        self.box.show()

    def _on_clicked(self, item: QListWidgetItem) -> None:
        note_id = int(item.data(NOTE_ID_ROLE))
        if self._searching:
            self.search_result_activated.emit(note_id, str(item.data(PATH_ROLE) or ""))
        else:
            self.note_activated.emit(note_id)

    def commit(self) -> None:
        """Hand the editor's text to the window when it differs from what is saved."""
        note_id = self._editing
        entry = self._entries.get(note_id) if note_id is not None else None
        if note_id is None or entry is None or self.box.editor.isReadOnly():
            return
        text = self.box.editor.toPlainText()
        if text != entry.body or note_id in self._drafts:
            self._drafts[note_id] = text
            self.box.set_status(self.tr("Saving…"))
            self.note_edited.emit(note_id, text)

    def _recolour(self, colour: str) -> None:
        if self._editing is not None:
            self.note_recoloured.emit(self._editing, colour)

    def _request_delete(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None:
            self._drafts.pop(note_id, None)
            self.note_delete_requested.emit(note_id)

    def _on_search_cleared(self) -> None:
        if self._searching:
            self._leave_search()

    def _leave_search(self) -> None:
        self._searching = False
        self._fill_notes()
        if self._editing is not None:
            self.box.show()
