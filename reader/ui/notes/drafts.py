"""Notes the store could not save (full disk, read-only folder): written through Drafts, retried.

The panel lists a pending new note or bookmark under a negative id, stable while it waits;
an edit of a saved note keeps the note's own id.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from reader.document import Document
from reader.store import Annotation, Bookmark, DiskFullError, Note, ReadOnlyError, Store
from reader.store.drafts import DocumentRef, Draft, Drafts

RETRY_MS = 30_000
_R = TypeVar("_R")


class DraftKeeper(QObject):
    """Routes annotation writes through Drafts when there is one; timer retries what is kept."""

    def __init__(self, drafts: Drafts | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self._ids: dict[str, int] = {}  # draft uuid → its id in the panel
        self._next_id = -1
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)

    # -- writing --------------------------------------------------------------------------

    def add_note(  # noqa: PLR0913, PLR0917 - mirrors Store.add_note
        self,
        store: Store,
        doc_id: int,
        document: Document,
        span: tuple[int, int],
        body: str,
        colour: str,
    ) -> Note | Draft:
        if self.drafts is None:
            return store.add_note(doc_id, document.text, *span, body, colour)
        return self._kept(self.drafts.add_note(_ref(document), document.text, *span, body, colour))

    def add_bookmark(
        self, store: Store, doc_id: int, document: Document, span: tuple[int, int], name: str
    ) -> Bookmark | Draft:
        if self.drafts is None:
            return store.add_bookmark(doc_id, document.text, *span, name)
        return self._kept(self.drafts.add_bookmark(_ref(document), document.text, *span, name))

    def update_note(
        self, store: Store, note_id: int, body: str | None = None, color: str | None = None
    ) -> Note | Draft:
        if self.drafts is None:
            return store.update_note(note_id, body=body, color=color)
        return self._kept(self.drafts.update_note(note_id, body=body, color=color))

    def update_draft(self, draft_id: int, body: str) -> None:
        """Change the text of a note that is not saved yet."""
        draft = self.find(draft_id)
        if self.drafts is not None and draft is not None:
            self.drafts.update_draft(draft.uuid, body)

    def retry(self) -> list[tuple[int, Annotation]]:
        """Save what is pending: (the id the panel knew it by, the saved annotation) pairs."""
        if self.drafts is None or not self.drafts.pending:
            return []
        saved = [(self._ids.pop(a.uuid, a.id), a) for a in self.drafts.retry()]
        self._follow()
        return saved

    # -- reading --------------------------------------------------------------------------

    @property
    def count(self) -> int:
        """How many notes and bookmarks wait to be saved (several edits of one note: one)."""
        pending = self.drafts.pending if self.drafts is not None else []
        return len({d.uuid if d.kind != "edit" else f"edit {d.note_id}" for d in pending})

    @property
    def safe_on_disk(self) -> bool:
        """Whether every pending draft is in the spool file too (closing loses none)."""
        drafts = self.drafts
        return drafts is None or not drafts.pending or (drafts.spool is not None
                                                        and not drafts.spool_error)  # fmt: skip

    def spool_path(self) -> str:
        drafts = self.drafts
        return str(drafts.spool) if drafts is not None and drafts.spool is not None else ""

    def kept_ids(self) -> set[int]:
        """Panel ids whose text is kept as a draft: new notes, and saved notes being edited."""
        if self.drafts is None:
            return set()
        return {d.note_id if d.kind == "edit" else self.panel_id(d) for d in self.drafts.pending}

    def panel_id(self, draft: Draft) -> int:
        if draft.uuid not in self._ids:
            self._ids[draft.uuid] = self._next_id
            self._next_id -= 1
        return self._ids[draft.uuid]

    def find(self, draft_id: int) -> Draft | None:
        pending = self.drafts.pending if self.drafts is not None else []
        return next((d for d in pending if self._ids.get(d.uuid) == draft_id), None)

    def of_document(self, document: Document | None, kind: str) -> list[tuple[int, Draft]]:
        """Pending new notes (kind "note") or bookmarks of a document, with their panel ids."""
        if document is None or self.drafts is None:
            return []
        source, pending = document.source, self.drafts.pending
        return [
            (self.panel_id(d), d)
            for d in pending
            if d.kind == kind and (d.sha256 == source.sha256 or d.path == source.path)
        ]

    def reason(self) -> str:
        """Why the last write failed, in a few words for people."""
        error = self.drafts.last_error if self.drafts is not None else None
        if isinstance(error, DiskFullError):
            return self.tr("the disk is full")
        if isinstance(error, ReadOnlyError):
            return self.tr("the notes folder is read-only")
        return self.tr("the notes database can't be written")

    def kept_message(self) -> str:
        return self.tr(
            "Not saved: {0}. Kept as an unsaved draft; Reader tries again every 30 seconds."
        ).format(self.reason())

    def _kept(self, result: _R) -> _R:
        if isinstance(result, Draft):
            self.panel_id(result)
        self._follow()
        return result

    def _follow(self) -> None:
        """Retry on the timer while something waits, and only then."""
        if self.drafts is not None and self.drafts.pending:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()


def _ref(document: Document) -> DocumentRef:
    return DocumentRef(document.source.path, document.source.sha256, document.title)
