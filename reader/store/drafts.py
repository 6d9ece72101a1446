"""Unsaved drafts: notes the store could not save (read-only, disk full) are kept and retried.

Never silently dropped: a draft lives in memory and in a spool file in the data folder (not
the cache folder, which cleaners empty) until retry() saves it; when the data folder can't
take the file (full or read-only) it goes to the fallback, outside it, and back at the next
write that can. Drafts an older Reader left in the cache folder are taken in at start.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import NamedTuple

from reader.store.anchoring import make_anchor
from reader.store.backup import write_json_atomically
from reader.store.db import DiskFullError, ReadOnlyError, StoreError, WriteError
from reader.store.draft_spool import default_spool, fallback_spool
from reader.store.queries import new_uuid
from reader.store.records import Annotation, Bookmark, Note, now
from reader.store.store import Store

__all__ = ["DocumentRef", "Draft", "Drafts", "default_spool", "fallback_spool"]


class DocumentRef(NamedTuple):  # cheaper to define than a frozen dataclass (start-up)
    """The document a draft belongs to, as remember_document() takes it."""

    path: str
    sha256: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """An unsaved new note or bookmark (kind "note" / "bookmark"), or an edit of note_id."""

    uuid: str
    kind: str
    body: str
    color: str = ""
    created: str = ""
    path: str = ""
    sha256: str = ""
    title: str | None = None
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0
    note_id: int = 0  # kind "edit": the saved note this changes
    doc_id: int = 0  # kind "edit": its document, to add it back (with the quote) if deleted


def _edits(draft: Draft, note_id: int) -> bool:
    return draft.kind == "edit" and draft.note_id == note_id


class Drafts:
    """Saves through the store; what fails with a WriteError is kept as a Draft and retried.

    last_error is the reason of the latest failure, for the user: "... the disk is full ..."
    or "... read-only ..." (DiskFullError, ReadOnlyError). spool_error is "" while every
    draft is also on disk. Assign store after reopening it; then call retry().

    A note has at most one pending edit: a newer edit replaces it, saved or kept. A draft
    that can never be saved is set aside: kept in set_aside (and a file beside the spool),
    with a line for the user in notices.
    """

    def __init__(
        self, store: Store, spool: Path | None = None, fallback: Path | None = None
    ) -> None:
        self.store = store
        self.last_error: WriteError | None = None
        self.spool_error = ""
        self._spool, self._fallback = spool, fallback
        self._pending: list[Draft] = self._load()
        self.set_aside: list[Draft] = []
        self.notices: list[str] = []
        if self._fallback is not None and self._fallback.exists():
            self._write_spool()  # an older Reader's drafts: into the data folder

    @property
    def pending(self) -> list[Draft]:
        return list(self._pending)

    @property
    def spool(self) -> Path | None:
        """The file the drafts are also kept in (None: in memory only)."""
        return self._spool

    def add_note(  # noqa: PLR0917 - mirrors Store.add_note
        self, document: DocumentRef, text: str, start: int, end: int, body: str, color: str
    ) -> Note | Draft:
        """The saved Note, or the Draft kept because the store could not save it."""
        saved = self._add("note", document, text, start, end, body, color)
        assert not isinstance(saved, Bookmark)
        return saved

    def add_bookmark(
        self, document: DocumentRef, text: str, start: int, end: int, name: str
    ) -> Bookmark | Draft:
        saved = self._add("bookmark", document, text, start, end, name, "")
        assert not isinstance(saved, Note)
        return saved

    def update_note(
        self, note_id: int, body: str | None = None, color: str | None = None
    ) -> Note | Draft:
        """The updated Note, or a Draft of the edit; StoreError if there is no such note.

        It replaces any pending edit of the note, so an older edit never overwrites it.
        """
        old = self._edit_of(note_id) or self._edit_draft(self.store.note(note_id))
        draft = replace(
            old,
            body=old.body if body is None else body,
            color=old.color if color is None else color,
            created=now(),
        )
        self._pending = [d for d in self._pending if not _edits(d, note_id)]
        saved = self._try(draft)
        if not isinstance(saved, Draft):
            self._write_spool()
        assert not isinstance(saved, Bookmark)
        return saved

    def update_draft(self, uuid: str, body: str) -> Draft:
        """Change the body of a pending draft (the user edits a note not yet saved)."""
        for index, draft in enumerate(self._pending):
            if draft.uuid == uuid:
                self._pending[index] = replace(draft, body=body)
                self._write_spool()
                return self._pending[index]
        raise KeyError(uuid)

    def retry(self) -> list[Annotation]:
        """Save every pending draft, oldest first; the annotations saved now.

        Each draft on its own: one that fails stays pending (WriteError) or is set aside
        (it can never be saved), and the others are still tried.
        """
        saved: list[Annotation] = []
        self.last_error = None
        try:
            for draft in list(self._pending):
                try:
                    saved.append(self._save(draft))
                except WriteError as exc:
                    self.last_error = exc
                    continue
                except StoreError as exc:
                    self._put_aside(draft, exc)
                self._pending.remove(draft)
        finally:
            self._write_spool()
        return saved

    def _add(  # noqa: PLR0917
        self,
        kind: str,
        document: DocumentRef,
        text: str,
        start: int,
        end: int,
        body: str,
        color: str,
    ) -> Annotation | Draft:
        anchor = make_anchor(text, start, end)
        draft = Draft(
            new_uuid(),
            kind,
            body,
            color,
            now(),
            document.path,
            document.sha256,
            document.title,
            anchor.exact,
            anchor.prefix,
            anchor.suffix,
            anchor.start,
            anchor.end,
        )
        return self._try(draft)

    def _try(self, draft: Draft) -> Annotation | Draft:
        try:
            return self._save(draft)
        except WriteError as exc:
            self.last_error = exc
            self._pending.append(draft)
            self._write_spool()
            return draft

    def _save(self, draft: Draft) -> Annotation:
        """Write one draft; saving it twice (a retry after a crash) adds it once."""
        if draft.kind == "edit":
            return self._save_edit(draft)
        doc_id = self.store.remember_document(draft.path, draft.sha256, draft.title)
        anchor = (draft.exact, draft.prefix, draft.suffix, draft.start, draft.end)
        rest = (draft.body, draft.color, draft.created, draft.created)
        if draft.kind == "bookmark":
            return self.store.restore_note(Bookmark(0, draft.uuid, doc_id, *anchor, *rest))
        return self.store.restore_note(Note(0, draft.uuid, doc_id, *anchor, *rest))

    def _save_edit(self, draft: Draft) -> Annotation:
        """The edited note; if it was deleted meanwhile, a new note of the same quote."""
        try:
            return self.store.update_note(draft.note_id, body=draft.body, color=draft.color)
        except WriteError:
            raise
        except StoreError as exc:
            if not draft.doc_id:  # a draft from an older Reader: no quote to add it back with
                raise StoreError(f"{exc}, and its quote is not known") from exc
        anchor = (draft.exact, draft.prefix, draft.suffix, draft.start, draft.end)
        rest = (draft.body, draft.color, draft.created, draft.created)
        try:
            return self.store.restore_note(Note(0, draft.uuid, draft.doc_id, *anchor, *rest))
        except (DiskFullError, ReadOnlyError):
            raise
        except WriteError as exc:
            if isinstance(exc.__cause__, sqlite3.IntegrityError):  # its document is gone too
                raise StoreError(f"Note {draft.note_id} and its document are gone") from exc
            raise

    def _edit_of(self, note_id: int) -> Draft | None:
        return next((d for d in self._pending if _edits(d, note_id)), None)

    @staticmethod
    def _edit_draft(note: Note) -> Draft:
        anchor = (note.exact, note.prefix, note.suffix, note.start, note.end)
        return Draft(new_uuid(), "edit", note.body, note.color, now(), "", "", None, *anchor,
                     note_id=note.id, doc_id=note.doc_id)  # fmt: skip

    def _put_aside(self, draft: Draft, exc: StoreError) -> None:
        """Keep a draft that can never be saved where a person can find it, and say so."""
        self.set_aside.append(draft)
        where = "only in memory"
        if self._spool is not None:
            path = self._spool.with_name(f"{self._spool.stem}.set-aside.json")
            try:
                earlier = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
                write_json_atomically([*earlier, asdict(draft)], path)
                where = f"in {path}"
            except (StoreError, OSError, ValueError) as error:
                where = f"only in memory ({error})"
        self.notices.append(f"An unsaved note could not be saved ({exc}); its text is kept "
                            f"{where}: {draft.body[:80]}")  # fmt: skip

    def _load(self) -> list[Draft]:
        """The drafts of the spool, then those of the fallback it lacks."""
        drafts = self._read(self._spool)
        if self._spool is None:
            self._fallback = None  # the spool can't be read: nothing is moved or removed
        known = {d.uuid for d in drafts}
        more = self._read(self._fallback)
        if self._fallback is None:
            return drafts
        return drafts + [d for d in more if d.uuid not in known]

    def _read(self, path: Path | None) -> list[Draft]:
        if path is None or not path.exists():
            return []
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return [Draft(**item) for item in raw]
        except (OSError, ValueError, TypeError) as exc:
            # Left where it is: a person can still read the notes in it.
            self.spool_error = f"The unsaved notes in {path} can't be read: {exc}"
            if path == self._spool:
                self._spool = None
            else:
                self._fallback = None
            return []

    def _write_spool(self) -> None:
        """The pending drafts into the spool, else the fallback; the other file emptied."""
        targets = [p for p in (self._spool, self._fallback) if p is not None]
        error: Exception | None = None
        for target in targets:
            try:
                self._write_to(target)
            except (StoreError, OSError) as exc:
                error = error or exc
                continue
            self.spool_error = ""
            for other in targets:
                if other != target:
                    with contextlib.suppress(OSError):  # where it can't be written
                        other.unlink(missing_ok=True)
            return
        if error is not None:
            self.spool_error = f"The unsaved notes are only in memory: {error}"

    def _write_to(self, path: Path) -> None:
        if self._pending:
            write_json_atomically([asdict(d) for d in self._pending], path)
        else:
            path.unlink(missing_ok=True)
