"""The reader's corrections of the open document's structure: made from a right-click on the
article or in Contents, stored, applied at once, undone with Ctrl+Z.

The document the importer made is kept; every change rebuilds the shown document from it and
all of the document's corrections (reader.document.corrections), which takes milliseconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reader.document import Document, DocumentError, load
from reader.document.model import Action, Correction
from reader.store import StoreError

if TYPE_CHECKING:
    from reader.document.corrections import Line
    from reader.store import Store
    from reader.store.corrections import StoredCorrection


class _Step:
    """One undoable change: corrections added (undo removes them) or removed (undo restores),
    or the encoding changed (before, after). A plain class: a dataclass costs start-up ≈1 ms."""

    __slots__ = ("added", "encoding", "removed")

    def __init__(self, added: list[StoredCorrection], removed: list[StoredCorrection],
                 encoding: tuple[str | None, str | None] | None = None) -> None:  # fmt: skip
        self.added, self.removed, self.encoding = added, removed, encoding


class StructureEditor(QObject):
    """Signals: changed() after the corrections of the open document changed (undo too)."""

    changed = Signal()

    def __init__(self, parent: QWidget, store: Store | None, show: Callable[[Document], None],
                 status: Callable[[str], None]) -> None:  # fmt: skip
        """show(document): put the corrected document on screen, keeping the reader's place."""
        super().__init__(parent)
        self._parent, self._store, self._show, self._status = parent, store, show, status
        self._imported: Document | None = None
        self._doc_id: int | None = None
        self._steps: list[_Step] = []
        self._told: Document | None = None
        self.last_change = 0.0  # time.monotonic() of the newest undoable step

    # -- opening ---------------------------------------------------------------------------

    def opened(self, imported: Document, doc_id: int | None) -> Document:
        """The document to show for one just loaded: its encoding and corrections applied."""
        if imported is not self._imported:
            self._steps.clear()
        self._imported, self._doc_id = imported, doc_id
        if self._store is None or doc_id is None:
            return imported
        from reader.store.structure import as_corrected

        try:
            shown = as_corrected(self._store, doc_id, imported)
        except StoreError as error:
            self._status(str(error))
            return imported
        lost = sum(not a.found for a in shown.corrections)
        if lost and imported is not self._told:  # once a document: the file changed
            self._told = imported
            self._status(self.tr("%n correction(s) of the structure no longer find their line; "
                                 "they are kept, for a later version of the file", "", lost))
        return shown

    def closed(self) -> None:
        self._imported, self._doc_id = None, None
        self._steps.clear()

    @property
    def writable(self) -> bool:
        store = self._store
        return store is not None and not store.read_only and self._doc_id is not None

    @property
    def detected_encoding(self) -> str | None:
        """The encoding detection chose for the open file (the reader may have chosen another)."""
        return self._imported.source.encoding if self._imported is not None else None

    @property
    def can_reopen(self) -> bool:
        """Whether the open document came from a text file that can be read again."""
        return self._imported is not None and self._imported.source.kind in ("text", "markdown")

    @property
    def can_undo(self) -> bool:
        return bool(self._steps)

    # -- corrections -----------------------------------------------------------------------

    def corrected_texts(self) -> set[str]:
        """The texts of the lines the open document's corrections name."""
        if self._store is None or self._doc_id is None:
            return set()
        try:
            return {c.correction.text.strip() for c in self._store.corrections(self._doc_id)}
        except StoreError:
            return set()

    def correct(self, document: Document, lines: list[Line], target: Line, action: Action,
                level: int = 0, *, offer_similar: bool = True) -> None:  # fmt: skip
        """Give target (one of lines, the lines of the shown document) a role, now and at
        every later opening; offer the same for the lines numbered like it."""
        if not self.writable:
            return
        from reader.document.corrections import correction_for  # loaded when first needed

        made = [correction_for(lines, target, action, level)]
        if offer_similar and action in (Action.HEADING, Action.BODY):
            made += self._similar(lines, target, action, level)
        self._add(made)

    def relevel(self, lines: list[Line], moves: list[tuple[Line, int]]) -> None:
        """Give each heading line its new level, in one step (a heading and those under it)."""
        if not self.writable or not moves:
            return
        from reader.document.corrections import correction_for

        self._add([correction_for(lines, line, Action.HEADING, level) for line, level in moves])

    def reset(self, text: str | None) -> None:
        """Back to the importer's view for the line with this text (None: every line)."""
        store, doc_id = self._store, self._doc_id
        if store is None or doc_id is None or not self.writable:
            return
        try:
            removed = store.remove_corrections(doc_id, text)
        except StoreError as error:
            self._status(str(error))
            return
        if removed:
            self._push(_Step([], removed))

    def reopen_with(self, encoding: str) -> None:
        """Read the file again in encoding (remembered for it when notes can be written)."""
        imported = self._imported
        if imported is None:
            return
        try:
            again = load(imported.source.path, encoding)
        except DocumentError as error:  # a wrong encoding: one line, never a blank page
            from reader.ui.common.reasons import translated_reason

            self._status(translated_reason(str(error)))
            return
        store, doc_id = self._store, self._doc_id
        if store is None or doc_id is None or not self.writable:
            self._show(again)  # for this time: nowhere to remember it
            return
        try:
            file = imported.source.path, imported.source.raw_sha256
            before = store.encoding(doc_id, *file)
            store.set_encoding(doc_id, file[0], encoding, file[1])
        except StoreError as error:
            self._status(str(error))
            return
        self._push(_Step([], [], (before, encoding)))

    def undo(self) -> bool:
        """Undo the newest change; False if there was none."""
        store = self._store
        if not self._steps or store is None:
            return False
        step = self._steps.pop()
        try:
            if step.added:
                store.remove_correction_ids([c.id for c in step.added])
            if step.removed:
                store.restore_corrections(step.removed)
            if step.encoding is not None and self._doc_id is not None and self._imported:
                source = self._imported.source
                store.set_encoding(self._doc_id, source.path, step.encoding[0], source.raw_sha256)
        except StoreError as error:
            self._status(str(error))
        self.refresh()
        return True

    # -- inside ----------------------------------------------------------------------------

    def _similar(self, lines: list[Line], target: Line, action: Action,
                 level: int) -> list[Correction]:  # fmt: skip
        from PySide6.QtWidgets import QMessageBox  # ≈10 ms to make the type: when first asked

        from reader.document.line_lookup import similar_lines

        others = [line for line in similar_lines(lines, target)
                  if _differs(line, action, level)]  # fmt: skip
        if not others:
            return []
        question = (self.tr("%Ln similar line(s) — make all level {1} headings?", "",
                            len(others)).format("", level) if action is Action.HEADING else
                    self.tr("%Ln similar line(s) — make all body text?", "", len(others)))  # fmt: skip
        answer = QMessageBox.question(self._parent, self.tr("Similar lines"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return []
        from reader.document.corrections import correction_for

        return [correction_for(lines, line, action, level) for line in others]

    def _add(self, made: list[Correction]) -> None:
        store, doc_id = self._store, self._doc_id
        if store is None or doc_id is None:
            return
        added, moot = [], []
        try:
            for correction in made:
                stored, replaced = store.replace_correction(doc_id, correction)
                added.append(stored)
                moot.extend(replaced)
        except StoreError as error:
            self._status(str(error))
            return
        self._push(_Step(added, moot))

    def _push(self, step: _Step) -> None:
        self._steps.append(step)
        self.last_change = time.monotonic()
        self.refresh()

    def refresh(self) -> None:
        """Show the open document again with the corrections the store has now."""
        if self._imported is not None:
            self._show(self.opened(self._imported, self._doc_id))
        self.changed.emit()


def _differs(line: Line, action: Action, level: int) -> bool:
    if action is Action.HEADING:
        return line.role != "heading" or line.level != level
    return line.role == "heading"
