"""The Notes panel's entries, each made when first asked for.

Ten thousand notes take ≈30 ms to make into entries: made as the list adds their rows, a few
hundred a turn, the first cards show before the others' entries exist.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import overload

from reader.document import Document
from reader.document.hanzi.script_map import Convert
from reader.store import Note
from reader.ui.common.themes import Theme
from reader.ui.notes.entries import note_entry, note_stripes
from reader.ui.panels.entries import NoteEntry


class LazyNoteEntries(Sequence[NoteEntry]):
    """Entries made already (the unsaved drafts), then one for each note, made when asked for."""

    def __init__(
        self, head: list[NoteEntry], notes: list[Note], document: Document, theme: Theme,
        convert: Convert | None = None,
    ) -> None:
        self._head, self._notes, self._document = head, notes, document
        self._convert = convert  # the script the article is shown in
        self._stripes = note_stripes(theme)
        self._made: list[NoteEntry | None] = [None] * len(notes)
        self.ids = [entry.id for entry in head] + [note.id for note in notes]

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> NoteEntry: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[NoteEntry]: ...

    def __getitem__(self, index: int | slice) -> NoteEntry | Sequence[NoteEntry]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self._head):
            return self._head[index]
        row = index - len(self._head)
        entry = self._made[row]
        if entry is None:
            entry = self._made[row] = note_entry(
                self._notes[row], self._document, self._stripes, self._convert
            )
        return entry


class EntryIndex(Mapping[int, NoteEntry]):
    """Entries by note id, in their order; an entry is made only when looked up."""

    def __init__(self, entries: Sequence[NoteEntry] = ()) -> None:
        self.entries = entries
        self.ids: list[int] = (
            entries.ids if isinstance(entries, LazyNoteEntries) else [entry.id for entry in entries]
        )
        self._rows = {note_id: row for row, note_id in enumerate(self.ids)}

    def __getitem__(self, note_id: int) -> NoteEntry:
        return self.entries[self._rows[note_id]]

    def __contains__(self, note_id: object) -> bool:
        return note_id in self._rows

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)
