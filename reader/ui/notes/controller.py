"""Bookmarks, highlights and notes of the open document: the changes a reader makes (add,
save, recolour, delete, undo, drafts saved later) and going to them."""

from __future__ import annotations

from reader.document import Document
from reader.document.note_text import bookmark_name, paragraph_range
from reader.store import Bookmark, Note, StoreError
from reader.store.drafts import Draft
from reader.ui.article.pointer import clear_selection, removed_only, selected_span
from reader.ui.notes.annotation_state import AnnotationState


class AnnotationController(AnnotationState):
    """What the window's actions and panels ask of the annotations (signals: AnnotationState)."""

    pointed_offset: int | None = None  # the text offset a context menu was opened on, meanwhile
    just_highlighted: int | None = None  # Ctrl+H's note till another selection: Add Note edits it

    def open(self, document: Document, doc_id: int | None) -> None:
        """As AnnotationState.open; another document forgets the highlight just made (Add Note
        would open that other document's note or draft)."""
        if doc_id is None or doc_id != self.doc_id:
            self.just_highlighted = None
        super().open(document, doc_id)

    def close(self) -> None:
        self.just_highlighted = None
        super().close()

    # -- changes --------------------------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        """The selected text as (start, end) offsets in Document.text, trimmed of spaces."""
        return None if self._document is None else selected_span(self._view, self._document)

    def add_note(self, colour: str, *, edit: bool) -> None:
        """Highlight the selection (edit: and open its note in the editor)."""
        span, document, doc_id = self.selection(), self._document, self._doc_id
        if document is None or doc_id is None:  # no notes here: say why, not "select"
            self.message.emit(self.why_not_writable() or self.tr("Select some text first."))
            return
        if span is None:
            last = self.last_highlight() if edit else None
            if last is not None:  # Ctrl+H, then Ctrl+Shift+N: the note of the highlight just made
                self.note_created.emit(last)
            else:
                self.message.emit(self._nothing_to_note(document))
            return
        same = next((n for n in self._notes if (n.start, n.end) == span and not n.orphaned), None)
        if same is not None:  # this passage is highlighted already: that highlight, not a twin
            self.just_highlighted = None if edit else same.id  # before the actions follow
            clear_selection(self._view)
            (self.note_created if edit else self.note_selected).emit(same.id)
            return
        keeper = self.keeper
        note = self._call(lambda s: keeper.add_note(s, doc_id, document, span, "", colour))
        if note is not None:
            note_id = self._written(note)
            self.just_highlighted = None if edit else note_id  # before the actions follow
            clear_selection(self._view)
            (self.note_created if edit else self.note_selected).emit(note_id)

    def on_selection_changed(self) -> None:
        if self.selection() is not None:  # another passage chosen: Add Note is about it
            self.just_highlighted = None

    def last_highlight(self) -> int | None:
        """The highlight Ctrl+H just made, while nothing else was selected since and it is there."""
        last = self.just_highlighted
        if last is None or self._document is None or self.selection() is not None:
            return None
        return last if self.has_note(last) or self.keeper.find(last) is not None else None

    def on_removed_only(self) -> bool:
        """Whether the selection is on removed lines only (no article text to note)."""
        return self._document is not None and removed_only(self._view, self._document)

    def _nothing_to_note(self, document: Document) -> str:
        if removed_only(self._view, document):
            return self.tr(
                "A removed line is not part of the article, so it can't be highlighted: "
                "right-click it and choose Keep This Line in the Article first."
            )
        return self.tr("Select some text first.")

    def bookmark_here(self) -> None:
        """Bookmark the selection, else the paragraph a context menu was opened on, else the
        one at the top of the view."""
        document, doc_id = self._document, self._doc_id
        if document is None or doc_id is None:
            return
        at = self._view.top_offset() if self.pointed_offset is None else self.pointed_offset
        span = self.selection() or paragraph_range(document, at)
        if span is None:
            return
        name = bookmark_name(document, *span)
        keeper = self.keeper
        added = self._call(lambda s: keeper.add_bookmark(s, doc_id, document, span, name))
        if added is not None:
            clear_selection(self._view)
            self._written(added)
            if not isinstance(added, Draft):
                self.message.emit(self.tr("Bookmarked: {0}").format(name))

    def save_note(self, note_id: int, body: str) -> None:
        """Save a note's text; note_saved only once the store returned."""
        if note_id < 0:  # a draft: change its text, then try to save it
            self.keeper.update_draft(note_id, body)
            if not self.retry_drafts() and self.keeper.find(note_id) is not None:
                self.note_save_failed.emit(note_id, body, self.keeper.reason())
            return
        try:
            saved = self.keeper.update_note(self._require_store(), note_id, body=body)
        except StoreError as error:
            self.note_save_failed.emit(note_id, body, str(error))
            return
        if isinstance(saved, Draft):
            self.note_save_failed.emit(note_id, body, self.keeper.reason())
            self.message.emit(self.keeper.kept_message())
            return
        self.note_saved.emit(note_id)
        self._written(saved)

    def recolour(self, note_id: int, colour: str) -> None:
        if note_id < 0:
            self.message.emit(self.tr("This note is not saved yet; change it once it is."))
            return
        keeper = self.keeper
        changed = self._call(lambda s: keeper.update_note(s, note_id, color=colour))
        if changed is not None:
            self._written(changed)

    def _written(self, result: Note | Bookmark | Draft) -> int:
        """After a write: refresh, and say it was kept (a draft), else retry older drafts."""
        if isinstance(result, Draft):
            self.refresh()
            self.message.emit(self.keeper.kept_message())
            return self.keeper.panel_id(result)
        if self.keeper.count:
            self.retry_drafts()  # the store writes again: the waiting drafts too
        else:
            self.refresh()
        return result.id

    def rename_bookmark(self, bookmark_id: int, name: str) -> None:
        if name:
            self._call(lambda s: s.rename_bookmark(bookmark_id, name))
        self.refresh()

    def delete_note(self, note_id: int) -> None:
        if note_id < 0:
            self.message.emit(self.tr("This note is not saved yet; delete it once it is."))
            return
        self._after_delete(self._call(lambda s: s.delete_note(note_id)))

    def delete_bookmark(self, bookmark_id: int) -> None:
        self._after_delete(self._call(lambda s: s.delete_bookmark(bookmark_id)))

    def _after_delete(self, gone: Note | Bookmark | None) -> None:
        if gone is None:
            return
        self._deleted.push(gone)
        self.refresh()
        what = self.tr("Bookmark") if isinstance(gone, Bookmark) else self.tr("Note")
        self.message.emit(self.tr("{0} deleted. Ctrl+Z brings it back.").format(what))

    def undo(self) -> None:
        """Bring back the last deleted note or bookmark."""
        restored = self._call(self._deleted.restore)
        if restored is not None:
            self.refresh()
            if isinstance(restored, Note):
                self.note_selected.emit(restored.id)
            self.message.emit(self.tr("Restored."))

    # -- going places ---------------------------------------------------------------------

    def search(self, query: str) -> None:
        from reader.ui.notes.entries import hit_entries  # the entries' classes: after the paint

        self.search_results.emit(hit_entries(self._call(lambda s: s.search_notes(query)) or []))

    def go_to_note(self, note_id: int) -> None:
        """Scroll to a note's passage and flash it."""
        note = next((n for n in self._notes if n.id == note_id), None)
        if note is not None and not note.orphaned:
            self._view.flash_range(note.start, note.end)

    def go_to_bookmark(self, bookmark_id: int) -> None:
        bookmark = next((b for b in self._bookmarks if b.id == bookmark_id), None)
        if bookmark is not None and not bookmark.orphaned:
            self._view.scroll_to_offset(bookmark.start)
