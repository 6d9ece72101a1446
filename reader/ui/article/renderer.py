"""Document → QTextDocument, a screenful at once and the rest in timed chunks."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from reader.document import Block, BlockKind, Document
from reader.document.hanzi.script_shown import convert_html
from reader.ui.article.block_marks import insert_rule, place_block
from reader.ui.article.block_text import (
    BREAK_MARK,
    has_own_marker,
    justifiable,
    metadata_line,
)
from reader.ui.article.chunk_timing import ChunkTiming
from reader.ui.article.list_tracker import ListTracker
from reader.ui.article.long_blocks import (
    LINE_SEPARATOR,
    LONG_BLOCK_CHARS,
    RUN_PIECE,
    LongBlock,
    insert_breakable,
    piece_end,
)
from reader.ui.article.ragged import RaggedLines
from reader.ui.article.removed_lines import RemovedLines
from reader.ui.article.style import ArticleStyle
from reader.ui.article.tables import TableRows
from reader.ui.article.text_map import TextMap
from reader.ui.common.idle_queue import IdleQueue

if TYPE_CHECKING:
    from reader.document.hanzi.chinese_script import ScriptView

FIRST_SCREEN_CHARS = 6000  # comfortably more than one screen at any zoom
# Clearing a laid-out document of this many characters takes ≈ 25 ms on its own: then the
# first screen waits for the next turn, so a re-render (theme, removed lines) stalls less.
CLEAR_APART_CHARS = 200_000
PAINT_WAIT_S = 0.2  # the chunks wait at most this long for the first screen's paint (held)


class ArticleRenderer(QObject):
    """Fills a QTextDocument from a Document (and the lines it left out, when the style shows
    them: removed, their places).

    Signals: chunk_rendered() after each timed chunk, finished() once everything is in.
    """

    chunk_rendered = Signal()
    finished = Signal()

    def __init__(
        self, qdoc: QTextDocument, parent: QObject | None = None, idle: IdleQueue | None = None
    ) -> None:
        super().__init__(parent)
        self._qdoc = qdoc
        self.chunks = IdleQueue.given(idle, self).task(self._render_chunk, repeat=True)  # far_jump
        self._document: Document | None = None
        self._style: ArticleStyle | None = None
        self._script: ScriptView | None = None
        self._shown = ""  # the text rendered: Document.text, or its conversion
        self._next = 0
        self._lists = ListTracker()
        self._long: LongBlock | None = None  # a long paragraph being rendered, piece by piece
        self._tables = TableRows()
        self.text_map = TextMap()
        self.removed = RemovedLines(self)
        self.done, self.timing = False, ChunkTiming()
        self._finishing = False  # all is in: done and finished on the next turn (_finish)
        self.quotes = False  # a block quote is rendered (the view paints its rule)
        # Whether the chunks wait (for the view's paint of the first screen, which a chunk
        # due at once came before: its work and the ragged lines' check delayed the paint),
        # PAINT_WAIT_S at most after start().
        self.held: Callable[[], bool] = lambda: False
        self._held_until = 0.0
        self.ragged = RaggedLines(qdoc, self, idle, self.chunk_rendered)  # never letter-spaced

    def start(
        self, document: Document, style: ArticleStyle, script: ScriptView | None = None
    ) -> None:
        """Clear the QTextDocument and render the first screen now, the rest later; script:
        the text shown in another script (its conversion), else as written. After a large
        document the first screen comes on the next turn (first_screen_due till then)."""
        self.chunks.stop()
        big = self._qdoc.characterCount() > CLEAR_APART_CHARS
        self._document, self._style, self._script = document, style, script
        self._shown = script.text if script is not None else document.text
        self._next, self._long = 0, None
        self._lists.close()
        self._tables = TableRows()
        self.text_map = TextMap(script.map if script is not None else None)
        self.done = self._finishing = self.quotes = False
        self._held_until = time.perf_counter() + PAINT_WAIT_S
        self.timing.restart()
        self.removed.start(document, style, script.convert if script is not None else None)
        self._qdoc.clear()
        self.first_screen_due = big
        if not big:
            self._render_first_screen()
        self.chunks.start()

    def _render_first_screen(self) -> None:
        style = self._style
        assert style is not None
        self.first_screen_due = False
        self._qdoc.setDefaultFont(style.body_font)
        root = self._qdoc.rootFrame().frameFormat()
        style.apply_root(root)
        self._qdoc.rootFrame().setFrameFormat(root)
        self.ragged.restart()
        cursor = QTextCursor(self._qdoc)
        cursor.beginEditBlock()
        self._render_header_and_first_screen(cursor)
        cursor.endEditBlock()

    def reset(self) -> None:
        """Stop and forget the document: nothing is rendered."""
        self.chunks.stop()
        self._document = None
        self.text_map = TextMap()
        self.removed.clear()
        self.done, self._finishing = True, False

    def cancel(self) -> None:
        """Stop rendering (a new document is coming)."""
        self.chunks.stop()

    def finish_now(self) -> None:
        """Render everything that is left synchronously (tests, printing)."""
        while not self.done and self._document is not None:  # nothing open: nothing to finish
            self._render_chunk(limit=len(self._document.blocks))

    def _render_header_and_first_screen(self, cursor: QTextCursor) -> None:
        doc = self._document
        assert doc is not None
        blocks = doc.blocks
        top = blocks[0].start if blocks else len(doc.text)
        first = not self.removed.insert_due(cursor, top, True)
        if doc.title and not any(b.kind is BlockKind.TITLE for b in blocks[:3]):
            self._insert_loose(cursor, self.shown(doc.title), BlockKind.TITLE, first)
            first = False
        while self._next < len(blocks) and blocks[self._next].kind in _HEADER_KINDS:
            self._next += self._insert_block(cursor, blocks[self._next], first)
            first = False
        meta = metadata_line(doc)
        if meta:
            self._insert_loose(cursor, self.shown(meta), None, first)
            first = False
        if first and self._next < len(blocks):
            self._next += self._insert_block(cursor, blocks[self._next], True)
        rendered = 0
        while self._next < len(blocks) and rendered < FIRST_SCREEN_CHARS:
            at = cursor.position()
            self._next += self._insert_block(cursor, blocks[self._next], False)
            rendered += cursor.position() - at

    def _render_chunk(self, limit: int = 0) -> None:
        """Append the next blocks; the chunk's size adapts so a tick stays near its target
        (chunk_timing.py)."""
        doc = self._document
        if doc is None or self.done:
            self.chunks.stop()
            return
        if self._turn_taken(limit):
            return
        timing = self.timing
        timing.begin()
        cursor = QTextCursor(self._qdoc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        blocks, first = doc.blocks, self._next
        self._insert_chunk(cursor, min(len(blocks), self._next + (limit or timing.blocks)), limit)
        if self._next >= len(blocks):  # the lines after the last one shown
            self.removed.insert_due(cursor, len(doc.text), self._qdoc.isEmpty())
        timing.inserted()
        cursor.endEditBlock()  # the new blocks are laid out here
        last = self._next >= len(blocks)
        if last:
            self.chunks.stop()
            self.done, self._finishing = bool(limit), not limit
        self.chunk_rendered.emit()  # the new blocks' ragged-line check: part of the chunk's time
        if not limit:
            timing.laid_out(self._next - first)
        if last and limit:
            self.finished.emit()
        elif last:  # the view's work at the end (the disclaimer, highlights): a turn of its own
            self.chunks.queue.add(self._finish, first=True)

    def _insert_chunk(self, cursor: QTextCursor, stop: int, limit: int) -> None:
        """The blocks up to stop, or fewer when the chunk has had its time (limit: all)."""
        assert self._document is not None
        blocks, timing = self._document.blocks, self.timing
        while self._next < stop:
            done = self._insert_block(cursor, blocks[self._next], False)
            self._next += done
            if limit:
                continue
            if not done:  # a long paragraph's piece, laid out now: another while time is left
                cursor.endEditBlock()
                cursor.beginEditBlock()
                if timing.spent():
                    break
            elif timing.full():
                break

    def _finish(self) -> None:
        """Everything is in (unless a new rendering began meanwhile): done, finished."""
        if self._finishing:
            self.done, self._finishing = True, False
            self.finished.emit()

    def _turn_taken(self, limit: int) -> bool:
        """Whether this turn went to the end of the rendering, to the first screen, or to
        waiting for its paint (limit: all at once, no waiting)."""
        if self._finishing:
            self._finish()
            return True
        if not (limit or self.first_screen_due) and self.held():
            return time.perf_counter() < self._held_until
        if self.first_screen_due:
            self._render_first_screen()
            if not limit:
                self.chunk_rendered.emit()
                return True
        return False

    def shown(self, line: str) -> str:
        """A line that is not part of Document.text, in the script the article is shown in."""
        return self._script.convert(line) if self._script is not None else line

    def _insert_loose(
        self, cursor: QTextCursor, text: str, kind: BlockKind | None, first: bool
    ) -> None:
        """A block that is not part of Document.text (metadata line, missing title)."""
        style = self._style
        assert style is not None
        block_format, char_format = style.formats(kind, 0) if kind else style.meta_formats()
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
            cursor.setCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(text, char_format)

    def _insert_block(self, cursor: QTextCursor, block: Block, first: bool) -> bool:
        """Insert block (or, of a long paragraph, its next piece); whether it is all in."""
        style = self._style
        doc = self._document
        assert style is not None and doc is not None
        if self._long is not None:
            return self._insert_piece(cursor)
        kind = block.kind
        if kind is BlockKind.TABLE_ROW and not self.removed.due(block.start):
            self._lists.close()
            start, end = self._shown_span(block)
            script = self._script
            html = convert_html(block.html, script.convert) if script and block.html else block.html
            shown = (self._shown[start:end], start, html)
            self._tables.add(cursor, block, shown, (self.text_map, style.em, style.theme.border))
            return True
        if self._tables.close(cursor):
            first = True  # the empty block Qt leaves after a table is this one's
        if self.removed.insert_due(cursor, block.start, first):
            first = False
        if kind is BlockKind.LIST_ITEM and has_own_marker(doc.text, block):
            kind = BlockKind.PARAGRAPH  # "──市委坚持…": the dash is the marker, no bullet
        if block.rule_before:  # a --- above it
            first = insert_rule(cursor, style, first)
            self._lists.close()
        after = doc.blocks[self._next + 1].kind if self._next + 1 < len(doc.blocks) else None
        formats = style.formats(kind, block.level, after)  # the block's at self._next
        block_format, char_format = place_block(cursor, block, formats, style)
        self.quotes = self.quotes or block.quote > 0 or kind is BlockKind.QUOTE
        justified = block_format.alignment() & Qt.AlignmentFlag.AlignJustify
        if justified and not justifiable(doc.text[block.start : block.end]):
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if first:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        self._lists.track(cursor, block, kind, doc.text)
        return self._insert_text(cursor, block, kind, (block_format, char_format))

    def _insert_text(self, cursor: QTextCursor, block: Block, kind: BlockKind,
                     formats: tuple[QTextBlockFormat, QTextCharFormat]) -> bool:  # fmt: skip
        """The block's text into the QTextBlock at cursor; whether it is all in (else the
        first piece of a long paragraph)."""
        block_format, char_format = formats
        position = cursor.position()
        start, end = self._shown_span(block)
        if end - start > LONG_BLOCK_CHARS:  # laid out whole, it stalls the window: in pieces,
            # as plain text (an HTML block's inline formatting is dropped for it alone)
            self._long = LongBlock((start, end), block_format, char_format)
            self._long.lines = kind is BlockKind.CODE
            cursor.setBlockFormat(self._long.first_format())
            return self._insert_piece(cursor)
        if kind is BlockKind.CODE:
            # One block with line separators: the lines stay lines, offsets stay 1:1.
            code = self._shown[start:end].replace("\n", LINE_SEPARATOR)
            cursor.insertText(code, char_format)
        elif block.html is not None:
            script = self._script
            cursor.insertHtml(convert_html(block.html, script.convert) if script else block.html)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(char_format)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        elif end - start > RUN_PIECE:
            insert_breakable(cursor, self._shown, (start, end), (char_format, self.text_map))
            return True
        else:
            cursor.insertText(self._shown[start:end], char_format)
        self.text_map.add(start, position, end - start)
        return True

    def _insert_piece(self, cursor: QTextCursor) -> bool:
        """The next piece of a long paragraph (long_blocks.py); whether it was the last."""
        long = self._long
        assert long is not None
        start = long.at
        end = piece_end(self._shown, start, long.end)
        if long.begun:
            cursor.insertBlock(long.next_format(end == long.end), long.char_format)
        long.begun, long.at = True, end
        formats = (long.char_format, self.text_map)
        insert_breakable(cursor, self._shown, (start, end), formats, lines=long.lines)
        if end < long.end:  # a copy leaves out this mark and the break after it (block_text)
            cursor.insertText(BREAK_MARK, long.char_format)
            return False
        self._long = None
        return True

    def _shown_span(self, block: Block) -> tuple[int, int]:
        """Where the block is in the text rendered."""
        if self._script is None:
            return block.start, block.end
        to = self._script.map.to_converted
        return to(block.start), to(block.end, upper=True)


_HEADER_KINDS = frozenset({BlockKind.TITLE, BlockKind.SUBTITLE})
