"""The document position at a point of the article, found in O(log n) blocks.

QTextEdit.cursorForPosition() walks the root frame's blocks from the layout checkpoint above
the point, or from the first block when the point lies below the last checkpoint (the end of
the article), and on to the last block when the point falls between two blocks: ≈60 ms at the
end of a 15 MB file, on every scroll that asks where the reader is. The root frame's blocks and
frames lie one below the other, so a binary search over block numbers finds the one at a
height; the point is then placed as Qt's own hit test places it: in a block by its lines and x,
before or after a frame (a table, the disclaimer box) when outside it, in a table's cell by the
cells' edges (to within Qt's rounding of them to 1/64 of a pixel).
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFrame, QTextLine, QTextTable
from PySide6.QtWidgets import QTextEdit


def position_at(view: QTextEdit, point: QPoint) -> int:
    """What view.cursorForPosition(point).position() gives, point in viewport coordinates."""
    bar = view.horizontalScrollBar()
    x = point.x() + (bar.maximum() - bar.value() if view.isRightToLeft() else bar.value())
    return document_position_at(view.document(), x, point.y() + view.verticalScrollBar().value())


def position_across(view: QTextEdit, y: int) -> int:
    """position_at() halfway across the viewport, y down (the line being read)."""
    return position_at(view, QPoint(view.viewport().width() // 2, y))


def block_at(view: QTextEdit, point: QPoint) -> QTextBlock:
    """view.cursorForPosition(point).block(), point in viewport coordinates."""
    return view.document().findBlock(position_at(view, point))


def document_position_at(document: QTextDocument, x: float, y: float) -> int:
    """The position at (x, y) in document coordinates, clamped into the document."""
    lo, hi = 0, document.blockCount()  # a binary search for the last block at or above y
    while lo < hi:
        middle = (lo + hi) // 2
        block = document.findBlockByNumber(middle)
        frame = _outer_frame(block)
        top = _block_top(document, block) if frame is None else _frame_rect(document, frame).top()
        if top <= y:
            lo = middle + 1
        else:
            hi = middle
    block = document.findBlockByNumber(max(0, lo - 1))
    while _overlaps(document, block.previous(), y):  # Qt gives the point to the first block
        block = block.previous()
    block = _beside_or_in_table(document, block, x, y)
    frame = _outer_frame(block)
    if frame is not None:
        position = _in_frame(document, frame, x, y)
    else:
        position = _in_block(document, block, x, y)
        if position > block.position() + block.length() - 1 and _outer_frame(block.next()):
            position -= 1  # below a block, above the frame after it: before that frame
    return min(max(position, 0), document.rootFrame().lastPosition())


def _overlaps(document: QTextDocument, block: QTextBlock, y: float) -> bool:
    """Whether a block of the root frame reaches below y: its text's last line, when the next
    block's top margin begins above it (a heading's margin over the line before)."""
    if not block.isValid() or _outer_frame(block) is not None:
        return False
    origin = document.documentLayout().blockBoundingRect(block).top()
    return y <= origin + block.layout().boundingRect().bottom()


def _beside_or_in_table(document: QTextDocument, block: QTextBlock, x: float, y: float) -> QTextBlock:
    """block, or the table's last block when block lies beside a table that ends the page and
    the point is over the table, not beside it (Qt gives the table the point there)."""
    if not _beside_table(block):
        return block
    table = _outer_frame(block.previous())
    assert table is not None
    rect = _frame_rect(document, table)
    return block.previous() if rect.left() <= x <= rect.right() and y <= rect.bottom() else block


def _outer_frame(block: QTextBlock) -> QTextFrame | None:
    """The frame of the root frame that holds block, None when the root frame itself does."""
    if not block.isValid():
        return None
    frame = QTextCursor(block).currentFrame()
    if frame.parentFrame() is None:
        return None
    while (parent := frame.parentFrame()).parentFrame() is not None:
        frame = parent
    return frame


def _block_top(document: QTextDocument, block: QTextBlock) -> float:
    """Where a block begins to be hit: its text's top less its top margin."""
    origin = document.documentLayout().blockBoundingRect(block).top()  # laid out by then
    return float(origin + block.layout().boundingRect().top() - block.blockFormat().topMargin())


def _beside_table(block: QTextBlock) -> bool:
    """The last block of the root frame, empty, right after a table: a page that ends with a
    table, whose last block Qt lays out beside the table's last row (lastIsEmptyBlockAfterTable)."""
    return (block.length() == 1 and not block.next().isValid() and _outer_frame(block) is None
            and isinstance(_outer_frame(block.previous()), QTextTable))  # fmt: skip


def _frame_rect(document: QTextDocument, frame: QTextFrame) -> QRectF:
    """Where a frame of the root frame takes hits. Qt places a table's bounding rectangle at
    its first cell; the table itself is as wide and tall, from the left of the block before
    it, ending where the block after it begins."""
    layout = document.documentLayout()
    rect = layout.frameBoundingRect(frame)  # (lays out what is not: the article is, as rendered)
    if isinstance(frame, QTextTable):
        before = document.findBlock(frame.firstPosition() - 1)  # a frame follows a block
        after = document.findBlock(frame.lastPosition() + 1)  # and a block follows it
        # The block after the table begins where it ends, or ends there when beside it.
        beside = _beside_table(after)
        bottom = layout.blockBoundingRect(after).bottom() if beside else _block_top(document, after)
        left = layout.blockBoundingRect(before).left()
        rect = QRectF(left, bottom - rect.height(), rect.width(), rect.height())
    return rect


def _in_block(document: QTextDocument, block: QTextBlock, x: float, y: float) -> int:
    """Qt's hit test of one block: its start above it, its end below, else the line's x."""
    layout = block.layout()
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    x, y = x - origin.x(), y - origin.y()
    text = layout.boundingRect()
    if y < text.top() - block.blockFormat().topMargin():
        return block.position()
    if y > text.bottom():
        return block.position() + block.length()
    into = 0
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        rect = line.naturalTextRect()
        if rect.top() > y:
            break  # Qt's min(into, the line's start) here keeps into: it ends a line above
        if rect.bottom() <= y:
            into = max(into, line.textStart() + line.textLength())
        else:
            into = line.xToCursor(x, QTextLine.CursorPosition.CursorBetweenCharacters)
            break
    return block.position() + into


def _in_frame(document: QTextDocument, frame: QTextFrame, x: float, y: float) -> int:
    """A frame of the root frame: before it left of it, after it right of or below it (as
    Qt has it), else the point in its cell or among its blocks."""
    rect = _frame_rect(document, frame)
    if x < rect.left():
        return frame.firstPosition() - 1
    if x > rect.right() or y > rect.bottom():
        return frame.lastPosition() + 1
    if isinstance(frame, QTextTable):
        return _in_table(document, frame, x, y)
    return _in_flow(document, _blocks(document, frame.firstPosition(), frame.lastPosition()), x, y)


def _blocks(document: QTextDocument, first: int, last: int) -> list[QTextBlock]:
    """The blocks from position first to position last (a frame's, a table cell's)."""
    blocks, block = [], document.findBlock(first)
    while block.isValid() and block.position() <= last:
        blocks.append(block)
        block = block.next()
    return blocks


def _in_flow(document: QTextDocument, blocks: list[QTextBlock], x: float, y: float) -> int:
    """The point among blocks laid out one below the other (a frame's, a cell's)."""
    if not blocks:
        return 0
    tops = [_block_top(document, block) for block in blocks]
    return _in_block(document, blocks[max(0, bisect_right(tops, y) - 1)], x, y)


def _in_table(document: QTextDocument, table: QTextTable, x: float, y: float) -> int:
    """The cell whose column and row begin at or before the point, then the point in it."""
    layout = document.documentLayout()

    def corner(row: int, column: int) -> QPointF:
        first = document.findBlock(table.cellAt(row, column).firstPosition())
        return layout.blockBoundingRect(first).topLeft()

    # A cell takes hits from its border on: its padding and half the border before its text.
    edge = table.format().cellPadding() + table.format().border() / 2
    lefts = [corner(0, column).x() - edge for column in range(table.columns())]
    tops = [corner(row, 0).y() - edge for row in range(table.rows())]
    cell = table.cellAt(max(0, bisect_right(tops, y) - 1), max(0, bisect_right(lefts, x) - 1))
    first, last = cell.firstPosition(), cell.lastPosition()
    return min(_in_flow(document, _blocks(document, first, last), x, y), last)
