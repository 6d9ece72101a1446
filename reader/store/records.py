"""Plain dataclasses the store hands out; they never hold a connection."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from reader.store.anchoring import Anchor


class _Anchored:
    """The anchors of a Bookmark or Note (their dataclass fields carry the values)."""

    __slots__ = ()  # else the slotted subclasses would have a __dict__ too

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


@dataclass(frozen=True, slots=True)
class Bookmark(_Anchored):
    """A named place in a document: the passage it marks."""

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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class RecentDocument:
    """A document of the recent list: where it was last opened from, and when."""

    doc_id: int
    path: str
    title: str | None
    opened_at: str


@dataclass(frozen=True, slots=True)
class NoteHit:
    """A search result: the note and where to open it."""

    note: Note
    path: str | None  # the path its document was last opened from
    title: str | None
    snippet: str  # the matching part of the body or quote, shortened


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    """Where re-anchoring to a changed text found a document's notes."""

    kept: int = 0  # still where they were
    moved: int = 0  # found the exact quote elsewhere
    fuzzy: int = 0  # found a similar passage; the user's quote is kept as original_exact
    orphaned: list[Annotation] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing annotations added and skipped."""

    added: int = 0
    skipped: int = 0  # already present (same id)
    orphaned: list[Annotation] = field(default_factory=list)
    corrections: int = 0  # the reader's corrections of the structure (and an encoding) added
    corrections_present: int = 0  # … already there (an encoding: one was chosen already)
    not_understood: int = 0  # classifications of a role this Reader doesn't know: skipped
    # Skipped as they belong to another document (its title or path): how many of each.
    elsewhere: dict[str, int] = field(default_factory=dict)
    corrections_elsewhere: int = 0  # … with them, that document's corrections of the structure


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
    cls = Bookmark if row[3] == "bookmark" else Note
    values = (*row[:3], *row[4:13], bool(row[13]), bool(row[14]), *row[15:])  # 3: the kind
    return cls(*values)


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
