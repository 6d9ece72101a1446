"""Notes and drafts as highlights in the article, bookmarks as margin marks; what is under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolTip

from reader.document.note_text import DEFAULT_COLOUR, NOTE_COLOURS, colour_key
from reader.store import Note
from reader.ui.annotation_entries import note_tooltip
from reader.ui.article_view import ArticleView
from reader.ui.themes import Theme

Span = tuple[int, int, bool, str]  # start and end in Document.text, orphaned, colour


def draw_annotations(
    view: ArticleView, theme: Theme, notes: list[Span], marks: list[Span], with_body: list[Span]
) -> None:
    """Highlights by colour (notes with a body also underlined) and bookmark marks."""
    groups: dict[str, list[tuple[int, int]]] = {name: [] for name in NOTE_COLOURS}
    for start, end, orphaned, colour in notes:
        span = _positions(view, start, end, orphaned)
        if span is not None:
            group = groups[colour if colour in groups else DEFAULT_COLOUR]
            group.append((span[0], span[1] - span[0]))
    for name, ranges in groups.items():
        view.highlights.set_group(f"notes-{name}", ranges, colour_key(name))
    view.highlights.set_group("notes-body", _ranges(view, with_body), "muted", underline=True)
    drawn = [_positions(view, start, end, orphaned) for start, end, orphaned, _c in marks]
    view.marks.colour = theme.bookmark
    view.marks.set_spans([span for span in drawn if span is not None])


def _ranges(view: ArticleView, spans: list[Span]) -> list[tuple[int, int]]:
    drawn = [_positions(view, start, end, orphaned) for start, end, orphaned, _c in spans]
    return [(first, last - first) for first, last in (s for s in drawn if s is not None)]


def _positions(view: ArticleView, start: int, end: int, orphaned: bool) -> tuple[int, int] | None:
    text_map = view.text_map
    first, last = text_map.position(start), text_map.position(end)
    if orphaned or first is None or last is None or last <= first:
        return None
    return first, last


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
        QToolTip.showText(where, note_tooltip(note, highlight), view)
