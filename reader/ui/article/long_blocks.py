"""Long runs and long paragraphs. A run with nowhere to wrap gets zero-width spaces to wrap at.
A paragraph too long to lay out in one go (a file of one 12 MB line): shown as pieces, each
a QTextBlock of its own, that read as one paragraph. Qt lays a block out whole, on the GUI
thread: one of 8 M characters froze the window for seconds. So is an HTML block (a Markdown
paragraph) or a code block that long, as plain text: its inline formatting is dropped for it
alone. Document.text and its offsets are untouched: the pieces are the renderer's alone (the
text map skips their joins)."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from reader.ui.article.block_text import BREAK_MARK, unbreakable
from reader.ui.article.text_map import TextMap

LINE_SEPARATOR = "\u2028"  # a code block's line break: a line, not a block (offsets stay 1:1)
RUN_PIECE = 1000  # characters: a longer block is inserted in pieces (insert_breakable)
LONG_BLOCK_CHARS = 8000  # a longer block (plain, HTML or code) is laid out in pieces
PIECE_CHARS = 4000  # a piece's length, at most (cut earlier after a sentence or a clause)
# Where a piece ends, best first: after a sentence, a clause, a space.
_CUTS = ("。！？!?；;…", "，,、：:", " \t")


def piece_end(text: str, start: int, end: int) -> int:
    """Where the piece of text[start:end] that begins at start ends: after the last sentence
    end (else clause end, else space) in the last quarter of PIECE_CHARS; else PIECE_CHARS on;
    end when what is left is short enough to be one piece."""
    if end - start <= LONG_BLOCK_CHARS // 2 + PIECE_CHARS // 2:
        return end
    window_start, window_end = start + PIECE_CHARS * 3 // 4, start + PIECE_CHARS
    window = text[window_start:window_end]
    for marks in _CUTS:
        at = max(window.rfind(mark) for mark in marks)
        if at >= 0:
            return window_start + at + 1
    return window_end


class LongBlock:
    """A long paragraph being rendered: where its next piece starts, its formats."""

    def __init__(
        self, span: tuple[int, int], block_format: QTextBlockFormat, char_format: QTextCharFormat
    ) -> None:
        self.at, self.end = span
        self.begun = False  # its first piece is in
        self.lines = False  # a code block's: its line feeds are line separators
        self.char_format = char_format
        self._format = QTextBlockFormat(block_format)

    def first_format(self) -> QTextBlockFormat:
        """The first piece's: the paragraph's, with no space below (the next piece follows)."""
        first = QTextBlockFormat(self._format)
        first.setBottomMargin(0)
        return first

    def next_format(self, last: bool) -> QTextBlockFormat:
        """A later piece's: no space above, no first-line indent; space below if it is last."""
        piece = QTextBlockFormat(self._format)
        piece.setTopMargin(0)
        piece.setTextIndent(0)
        if not last:
            piece.setBottomMargin(0)
        return piece


def insert_breakable(cursor: QTextCursor, text: str, span: tuple[int, int],
                     formats: tuple[QTextCharFormat, TextMap], *,
                     lines: bool = False) -> None:  # fmt: skip
    """text[span] at cursor, a zero-width space after each RUN_PIECE with nowhere to break (Qt
    lays such a run out in quadratic time: a 1 MB line of digits froze the window for minutes),
    skipped by the text map; a span with no such piece (Chinese wraps anywhere) in whole.
    lines: its line feeds go in as line separators (a code block's)."""
    (first, last), (char_format, text_map) = span, formats
    cuts = [end for start in range(first, last, RUN_PIECE)
            if (end := start + RUN_PIECE) < last and unbreakable(text[start:end])]
    for end in [*cuts, last]:
        text_map.add(first, cursor.position(), end - first)
        piece = text[first:end]
        cursor.insertText(piece.replace("\n", LINE_SEPARATOR) if lines else piece, char_format)
        if end < last:
            cursor.insertText(BREAK_MARK, char_format)
        first = end
