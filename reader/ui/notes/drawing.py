"""Notes and drafts as highlights in the article, bookmarks as margin marks; what is under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolTip

from reader.document.note_text import DEFAULT_COLOUR, NOTE_COLOURS, colour_key
from reader.store import Note
from reader.ui.article.view import ArticleView
from reader.ui.common.themes import Theme

Span = tuple[int, int, bool, str]  # start and end in Document.text, orphaned, colour
NoteSpan = tuple[int, int, bool, str, bool]  # a Span, and whether the note has a body


def draw_annotations(
    view: ArticleView, theme: Theme, notes: list[NoteSpan], marks: list[Span]
) -> None:
    """Highlights by colour (notes with a body also underlined) and bookmark marks."""
    groups: dict[str, list[tuple[int, int]]] = {name: [] for name in NOTE_COLOURS}
    underlined: list[tuple[int, int]] = []
    drawn = _drawn(view, [(start, end, orphaned) for start, end, orphaned, _c, _b in notes])
    for (_start, _end, _orphaned, colour, has_body), span in zip(notes, drawn, strict=True):
        if span is not None:
            ranged = (span[0], span[1] - span[0])
            groups[colour if colour in groups else DEFAULT_COLOUR].append(ranged)
            if has_body:
                underlined.append(ranged)
    for name, ranges in groups.items():
        view.highlights.set_group(f"notes-{name}", ranges, colour_key(name))
    view.highlights.set_group("notes-body", underlined, "muted", underline=True)
    view.marks.colour = theme.bookmark
    view.marks.set_offsets([(start, end) for start, end, orphaned, _c in marks if not orphaned])


def _drawn(view: ArticleView, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int] | None]:
    """Document positions of each span where it is drawn; None for orphans and the unrendered."""
    mapped = view.text_map.spans([(start, end) for start, end, _orphaned in spans])
    return [None if span[2] else where for span, where in zip(spans, mapped, strict=True)]


def note_at(view: ArticleView, notes: list[Note], position: int) -> Note | None:
    """The note drawn at a document position (the shortest when they overlap)."""
    offset = view.text_map.offset(position)
    found = [n for n in notes if not n.orphaned and n.start <= offset < n.end]
    return min(found, key=lambda n: n.end - n.start) if found else None


def show_note_tip(view: ArticleView, note: Note | None, where: QPoint, highlight: str) -> None:
    """Hovering a highlight shows its note (a word for a plain highlight); elsewhere nothing."""
    if note is None:
        QToolTip.hideText()
    else:
        from reader.ui.notes.entries import note_tooltip  # its entry classes: not before the paint

        QToolTip.showText(where, note_tooltip(note, highlight), view)
