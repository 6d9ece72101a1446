"""What the Notes and Bookmarks panels list, built from the store's records (no widgets)."""

from __future__ import annotations

import os

from reader.document import Document
from reader.document.hanzi.script_map import Convert
from reader.document.note_text import (
    DEFAULT_COLOUR,
    NOTE_COLOURS,
    colour_key,
    elide,
    in_left_out,
    render_markdown,
    section_title,
)
from reader.store import Bookmark, Note, NoteHit
from reader.store.drafts import Draft
from reader.ui.common.themes import Theme
from reader.ui.panels.entries import BookmarkEntry, HitEntry, NoteEntry

QUOTE_CHARS = 90  # a quote in the list, elided


def note_stripes(theme: Theme) -> dict[str, str]:
    """Each note colour's stripe in theme."""
    return {colour: str(getattr(theme, colour_key(colour))) for colour in NOTE_COLOURS}


def note_entry(
    note: Note, document: Document, stripes: dict[str, str], convert: Convert | None = None
) -> NoteEntry:
    """What the Notes panel lists for note (≈3 µs), its section titled in the script the
    article is shown in (convert)."""
    return NoteEntry(
        note.id,
        "" if note.orphaned else _section(document, note.start, convert),
        elide(note.exact, QUOTE_CHARS),
        note.body,
        note.color,
        stripes.get(note.color, stripes[DEFAULT_COLOUR]),
        note.created,
        note.updated,
        note.orphaned,
        "",
        elide(note.original_exact, QUOTE_CHARS) if note.fuzzy else "",
        note.orphaned and in_left_out(document, note.exact),
    )


def _section(document: Document, offset: int, convert: Convert | None) -> str:
    title = section_title(document, offset)
    return convert(title) if convert is not None and title else title


def draft_entries(
    drafts: list[tuple[int, Draft]], document: Document, theme: Theme, reason: str,
    convert: Convert | None = None,
) -> list[NoteEntry]:
    """Notes not saved yet, under their panel ids, marked with the reason."""
    return [
        NoteEntry(
            draft_id,
            _section(document, draft.start, convert),
            elide(draft.exact, QUOTE_CHARS),
            draft.body,
            draft.color,
            str(getattr(theme, colour_key(draft.color))),
            draft.created,
            draft.created,
            unsaved=reason,
        )
        for draft_id, draft in drafts
    ]


def bookmark_entries(bookmarks: list[Bookmark], document: Document) -> list[BookmarkEntry]:
    return [
        BookmarkEntry(b.id, b.name, elide(b.exact, QUOTE_CHARS * 2), b.orphaned,
                      b.orphaned and in_left_out(document, b.exact))  # fmt: skip
        for b in bookmarks
    ]


def hit_entries(hits: list[NoteHit]) -> list[HitEntry]:
    """Search results, each with the title of its document (else its file name)."""
    return [
        HitEntry(
            hit.note.id,
            hit.path or "",
            hit.title or os.path.basename(hit.path or ""),
            hit.snippet,
        )
        for hit in hits
    ]


def note_tooltip(note: Note, highlight_text: str) -> str:
    """What hovering a highlight shows: the note rendered, or a word for a plain highlight."""
    if not note.body:
        return f"<i>{highlight_text}</i>"
    return f"<div style='max-width:360px'>{render_markdown(note.body)}</div>"
