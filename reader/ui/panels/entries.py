"""What the Notes and Bookmarks panels list: plain records, no widgets (so the annotation
controller can build them without loading the panels)."""

from __future__ import annotations

from reader.frozen_record import record


@record
class NoteEntry:
    """One note or highlight as the panel lists it."""

    id: int
    section: str
    quote: str  # already elided
    body: str  # plain text, for the editor
    colour: str  # "yellow", "green"…
    stripe: str  # that colour in the current theme, "#rrggbb"
    created: str  # ISO 8601
    updated: str
    orphaned: bool = False
    unsaved: str = ""  # why the store could not save it yet ("" once saved)
    original_quote: str = ""  # the quote as written when the passage was found only approximately

    def __init__(  # noqa: PLR0913, PLR0917 - one argument per field, as the dataclass's would be
        self,
        id: int,  # noqa: A002 - the field's name
        section: str,
        quote: str,
        body: str,
        colour: str,
        stripe: str,
        created: str,
        updated: str,
        orphaned: bool = False,
        unsaved: str = "",
        original_quote: str = "",
    ) -> None:
        # 10 000 notes, 10 000 entries: filling __dict__ at once takes half the time of the
        # frozen dataclass's object.__setattr__ per field.
        self.__dict__.update(
            id=id, section=section, quote=quote, body=body, colour=colour, stripe=stripe,
            created=created, updated=updated, orphaned=orphaned, unsaved=unsaved,
            original_quote=original_quote,
        )  # fmt: skip


@record
class HitEntry:
    """A search result: a note somewhere, and the file its document was opened from."""

    note_id: int
    path: str
    title: str
    snippet: str


@record
class BookmarkEntry:
    """One bookmark as the panel lists it."""

    id: int
    name: str
    quote: str  # for the tooltip
    orphaned: bool = False
