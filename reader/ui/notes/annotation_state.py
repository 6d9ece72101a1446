"""The open document's bookmarks, highlights and notes as the window shows them: read from
the store, drawn in the article, listed in the panels. The changes a reader makes are the
controller's (controller.py), built on this."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal

from reader.document import Document
from reader.document.hanzi.script_map import Convert
from reader.document.note_text import (
    DEFAULT_COLOUR,
    NOTE_COLOURS,
    colour_key,
    needs_markdown,
)
from reader.store import Bookmark, Note, StoreError
from reader.store.drafts import Drafts
from reader.ui.article.view import ArticleView
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.common.themes import LIGHT, Theme
from reader.ui.notes.drafts import DraftKeeper
from reader.ui.notes.drawing import draw_annotations, note_at, show_note_tip
from reader.ui.notes.orphans import orphans_message
from reader.ui.notes.panel_filler import PanelFiller
from reader.ui.notes.undo import DeletedAnnotations

# Not self.tr: called on AnnotationController, it would look the texts up in that context.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from reader.store import Store

_T = TypeVar("_T")


class AnnotationState(QObject):
    """Signals: notes_changed(Sequence[NoteEntry]), bookmarks_changed(list), counts_changed(int, int),
    search_results(list), note_selected(int), note_created(int), note_saved(int),
    note_save_failed(int, str, str), undo_available(bool), message(str),
    draft_saved(int, int) (a draft's panel id, its note's id), drafts_changed(int, str).
    """

    notes_changed = Signal(object)  # not list: PySide converts a list's every item on emit
    bookmarks_changed = Signal(list)
    counts_changed = Signal(int, int)
    search_results = Signal(list)
    note_selected = Signal(int)
    note_created = Signal(int)
    note_saved = Signal(int)
    note_save_failed = Signal(int, str, str)
    undo_available = Signal(bool)
    message = Signal(str)
    draft_saved = Signal(int, int)
    drafts_changed = Signal(int, str)

    def __init__(
        self,
        store: Store | None,
        view: ArticleView,
        parent: QObject | None = None,
        drafts: Drafts | None = None,
        *,
        idle: IdleQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = IdleQueue.given(idle, self)
        self.keeper = DraftKeeper(drafts, self)
        self.keeper.timer.timeout.connect(self.retry_drafts)
        self._store = store
        self._view = view
        self._document: Document | None = None
        self._doc_id: int | None = None
        self._notes: list[Note] = []
        self._bookmarks: list[Bookmark] = []
        self._deleted = DeletedAnnotations(self)
        self._told_orphans = False  # the status bar says some notes were not found
        self._deleted.available.connect(self.undo_available)
        self.theme: Theme = LIGHT
        self.colour = DEFAULT_COLOUR  # of the next highlight (the last one chosen)
        self._filler = PanelFiller(
            self._idle, self.keeper,
            lambda: (self._document, self._notes, self._bookmarks, self.theme, self._convert()),
            (self.notes_changed.emit, self.bookmarks_changed.emit),
        )  # fmt: skip
        view.first_painted.connect(self.fill_panels_soon)
        view.script_changed.connect(self._rescript)

    def _convert(self) -> Convert | None:
        script = self._view.script
        return script.convert if script is not None else None

    def _rescript(self) -> None:
        """The article is shown in another script: the cards' section lines follow."""
        self._filler.invalidate()
        self.fill_panels_soon()

    # -- state ----------------------------------------------------------------------------

    @property
    def doc_id(self) -> int | None:
        return self._doc_id

    @property
    def writable(self) -> bool:
        """Whether annotations can be added to the open document now."""
        store = self._store
        return store is not None and not store.read_only and self._doc_id is not None

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def can_undo(self) -> bool:
        return self._deleted.can_undo

    @property
    def last_deleted_at(self) -> float:
        """time.monotonic() of the newest deletion that can be undone (0: none yet)."""
        return self._deleted.last_push

    def has_note(self, note_id: int) -> bool:
        """Whether the note belongs to the open document."""
        return any(note.id == note_id for note in self._notes)

    def has_markdown_bodies(self) -> bool:
        """Whether a note of the open document has a body its card shows with Markdown (a plain
        sentence needs none)."""
        return any(needs_markdown(note.body) for note in self._notes)

    def why_not_writable(self) -> str:
        """The reason annotation actions are off, for the status bar ("" when they are on)."""
        store = self._store
        if store is None:
            return translate(
                "AnnotationState", "Notes are off: the notes database could not be opened."
            )
        if store.read_only:
            from reader.ui.common.reasons import translated_reason

            reason = store.read_only_reason or translate("AnnotationState", "opened read-only")
            return translate("AnnotationState", "Notes are read-only: {0}").format(
                translated_reason(reason)
            )
        if self._document is not None and self._doc_id is None:
            return translate("AnnotationState", "Notes are off for this article.")
        return ""

    def open(self, document: Document, doc_id: int | None) -> None:
        """A document is on screen: re-anchor its annotations in its text, then show them."""
        again = doc_id is not None and doc_id == self._doc_id  # its structure corrected, say
        self._document, self._doc_id = document, doc_id
        if not again:
            self._deleted.clear()  # another document: its deletions can't be undone here
        if doc_id is not None and self._store is not None:
            report = self._call(lambda s: s.reanchor(doc_id, document.text))
            if report is not None and report.orphaned:
                self._told_orphans = True
                self.message.emit(orphans_message(document, report.orphaned))
            elif report is not None and again and self._told_orphans:
                self._told_orphans = False
                self.message.emit("")  # found again (a correction undone): the warning goes
        # A shown article paints soon: the highlights now, the panels' cards after it.
        self.refresh(panels_later=self._view.isVisible() and bool(document.text))

    def close(self) -> None:
        self._document, self._doc_id = None, None
        self._deleted.clear()
        self.refresh()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._view.marks.colour = theme.bookmark
        self.refresh()

    def swatches(self) -> dict[str, str]:
        """Each note colour in the current theme."""
        return {name: str(getattr(self.theme, colour_key(name))) for name in NOTE_COLOURS}

    # -- reading the store and drawing --------------------------------------------------

    def refresh(self, *, panels_later: bool = False) -> None:
        """Ask the store again and refill panels, counts and the drawing.

        panels_later: the Notes and Bookmarks panels are filled by fill_panels().
        """
        doc_id, document = self._doc_id, self._document
        self._notes, self._bookmarks = [], []
        if doc_id is not None and document is not None:
            self._notes = self._call(lambda s: s.notes(doc_id)) or []
            self._bookmarks = self._call(lambda s: s.bookmarks(doc_id)) or []
        self._filler.invalidate()
        if not panels_later:
            self.fill_panels()
        self.counts_changed.emit(len(self._notes), len(self._bookmarks))
        self.drafts_changed.emit(self.keeper.count, self.keeper.reason())
        self.draw()

    def attach_panels(self) -> None:
        """The Notes and Bookmarks panels and the counts are connected now: fill them."""
        self.counts_changed.emit(len(self._notes), len(self._bookmarks))
        self.drafts_changed.emit(self.keeper.count, self.keeper.reason())
        self._filler.attach()

    def fill_panels(self) -> None:
        """Fill the Notes and Bookmarks panels now if refresh() left them for later."""
        self._filler.now()

    def fill_panels_soon(self) -> None:
        """fill_panels() on a later event-loop turn."""
        self._filler.soon()

    def draw_soon(self) -> None:
        """draw() on a turn of its own (≈15 ms with 10 000 notes): the article has just been
        rendered to its end, which took this turn already."""
        self._idle.add(self.draw)

    def draw(self) -> None:
        """Highlights (drafts too) and bookmark marks, where the article is rendered."""
        keeper, document = self.keeper, self._document
        notes = [(n.start, n.end, n.orphaned, n.color, bool(n.body)) for n in self._notes]
        notes += [
            (d.start, d.end, False, d.color, bool(d.body))
            for _, d in keeper.of_document(document, "note")
        ]
        marks = [(b.start, b.end, b.orphaned, "") for b in self._bookmarks]
        marks += [(d.start, d.end, False, "") for _, d in keeper.of_document(document, "bookmark")]
        draw_annotations(self._view, self.theme, notes, marks)

    def note_at(self, position: int) -> Note | None:
        """The note drawn at a document position (the shortest when they overlap)."""
        return note_at(self._view, self._notes, position)

    def on_clicked(self, position: int) -> None:
        note = self.note_at(position)
        if note is not None:
            self.note_selected.emit(note.id)

    def on_hovered(self, position: int, where: QPoint) -> None:
        tip = translate("AnnotationState", "Highlight")
        show_note_tip(self._view, self.note_at(position), where, tip)

    # -- drafts ---------------------------------------------------------------------------

    def retry_drafts(self) -> int:
        """Try again to save the notes kept as drafts; how many were saved."""
        if not self.keeper.count:
            return 0
        saved = self.keeper.retry()
        for draft_id, annotation in saved:
            if draft_id < 0:
                self.draft_saved.emit(draft_id, annotation.id)
        self.refresh()
        for _draft_id, annotation in saved:
            if isinstance(annotation, Note):
                self.note_saved.emit(annotation.id)
        if saved:
            self.message.emit(AnnotationTexts().drafts_saved(len(saved)))
        drafts = self.keeper.drafts
        if drafts is not None and drafts.notices:
            # A draft that can never be saved was set aside in a file: the user must know where.
            self.message.emit(" ".join(drafts.notices))
            drafts.notices.clear()
        return len(saved)

    # -- helpers --------------------------------------------------------------------------

    def _require_store(self) -> Store:
        if self._store is None:
            raise StoreError(self.why_not_writable())
        return self._store

    def _call(self, work: Callable[[Store], _T]) -> _T | None:
        """Run one store call; a failure becomes a message, never an exception."""
        try:
            return work(self._require_store())
        except StoreError as error:
            self.message.emit(str(error))
            return None


class AnnotationTexts(QObject):
    """The counted messages (Qt's plurals need self.tr, whose context is the class it is
    called on: AnnotationState's own would be looked up under AnnotationController)."""

    def drafts_saved(self, count: int) -> str:
        return self.tr("Saved %Ln note(s) that were kept as drafts.", "", count)
