"""Plain dataclasses the store hands out; they never hold a connection."""

from __future__ import annotations

from dataclasses import field, fields
from datetime import UTC, datetime, timedelta
from typing import Any

from reader.frozen_record import record
from reader.store.anchoring import Anchor


class _Anchored:
    """The anchors of a Bookmark or Note (their dataclass fields carry the values)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    fuzzy: bool
    original_exact: str
    original_prefix: str
    original_suffix: str

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.exact, self.prefix, self.suffix, self.start, self.end)

    @property
    def quote_anchor(self) -> Anchor:
        """The user's own quote, at where it is now: what re-anchoring looks for."""
        if not self.fuzzy:
            return self.anchor
        quote = (self.original_exact, self.original_prefix, self.original_suffix)
        return Anchor(*quote, self.start, self.end)


@record
class Bookmark(_Anchored):
    id: int
    uuid: str  # the W3C annotation "id", "urn:uuid:..."
    doc_id: int
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    name: str
    color: str
    created: str  # ISO 8601 UTC
    updated: str
    orphaned: bool = False
    # Found only approximately: exact/prefix/suffix are the passage found in the changed
    # text, original_* the quote the user made (which later re-anchoring looks for).
    fuzzy: bool = False
    original_exact: str = ""
    original_prefix: str = ""
    original_suffix: str = ""


@record
class Note(_Anchored):
    """A highlight when body is "", a note otherwise."""

    id: int
    uuid: str
    doc_id: int
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    body: str
    color: str
    created: str
    updated: str
    orphaned: bool = False
    # Found only approximately: exact/prefix/suffix are the passage found in the changed
    # text, original_* the quote the user made (which later re-anchoring looks for).
    fuzzy: bool = False
    original_exact: str = ""
    original_prefix: str = ""
    original_suffix: str = ""

    @property
    def is_highlight(self) -> bool:
        return not self.body


Annotation = Bookmark | Note


@record
class RecentDocument:
    doc_id: int
    path: str
    title: str | None
    opened_at: str


@record
class NoteHit:
    """A search result: the note and where to open it."""

    note: Note
    path: str | None  # the path its document was last opened from
    title: str | None
    snippet: str  # the matching part of the body or quote, shortened


@record
class ReanchorReport:
    kept: int = 0  # still where they were
    moved: int = 0  # found the exact quote elsewhere
    fuzzy: int = 0  # found a similar passage; the user's quote is kept as original_exact
    orphaned: list[Annotation] = field(default_factory=list)


@record
class ImportReport:
    added: int = 0
    skipped: int = 0  # already present (same id)
    orphaned: list[Annotation] = field(default_factory=list)


_COLUMNS = (
    "id, uuid, doc_id, kind, exact, prefix, suffix, pos_start, pos_end, "
    "body, color, created, updated, orphaned, fuzzy, original_exact, original_prefix, "
    "original_suffix"
)


def columns(alias: str = "") -> str:
    """The annotation columns row_to_annotation expects, optionally table-qualified."""
    if not alias:
        return _COLUMNS
    return ", ".join(f"{alias}.{name.strip()}" for name in _COLUMNS.split(","))


def row_to_annotation(row: tuple[Any, ...]) -> Annotation:
    """Build a Bookmark or Note from a row selected with columns()."""
    # Thousands at a time: fill the frozen dataclass's __dict__ instead of its __init__,
    # which sets each of 17 fields through object.__setattr__.
    cls, names = _ROW_CLASSES[row[3] == "bookmark"]
    made = _new(cls)
    values = made.__dict__
    values.update(zip(names, row[:3] + row[4:13], strict=True))
    values["orphaned"], values["fuzzy"] = bool(row[13]), bool(row[14])
    values["original_exact"], values["original_prefix"], values["original_suffix"] = row[15:]
    return made


_new = object.__new__
# The fields filled from columns 0-2 and 4-12 (column 3 is the kind), by is-a-bookmark.
_ROW_CLASSES: dict[bool, tuple[type[Annotation], tuple[str, ...]]] = {
    flag: (cls, tuple(f.name for f in fields(cls))[:12])
    for flag, cls in ((True, Bookmark), (False, Note))
}


def kind_of(annotation: Annotation) -> str:
    return "bookmark" if isinstance(annotation, Bookmark) else "note"


def text_of(annotation: Annotation) -> str:
    """The body column: a bookmark's name or a note's body."""
    return annotation.name if isinstance(annotation, Bookmark) else annotation.body


_ONE_MICROSECOND = timedelta(microseconds=1)
_last_stamp = datetime.min.replace(tzinfo=UTC)


def now() -> str:
    """The current UTC time as ISO 8601, strictly increasing within this process."""
    # Strictly increasing, so "most recent first" never ties within a session.
    global _last_stamp  # noqa: PLW0603 - one clock per process is the point
    stamp = max(datetime.now(UTC), _last_stamp + _ONE_MICROSECOND)
    _last_stamp = stamp
    return stamp.isoformat(timespec="microseconds").replace("+00:00", "Z")
