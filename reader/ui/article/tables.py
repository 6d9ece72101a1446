"""A Markdown table's rows, rendered as one QTextTable: bordered cells, the header row bold.

In Document.text a row is its cells joined by TABLE_CELL_RULE (what find, copy and notes
see); here each cell is a cell of the table, mapped to its part of the row's text. A web
table's cell spanning rows or columns stands over the empty cells its row and the rows below
were given in the text (Block.spans): drawn merged with them, as a browser draws it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from reader.document import Block
from reader.document.model import CELL_OWN, CELL_SPANNED_ABOVE, CELL_SPANNED_LEFT, TABLE_CELL_RULE
from reader.ui.article.text_map import TextMap
from reader.ui.common.themes import solid

CELL_PADDING_EMS = 0.35


class TableRows:
    """Adds consecutive table rows to one table; close() before anything else is inserted."""

    def __init__(self) -> None:
        self._table: QTextTable | None = None

    @property
    def open(self) -> bool:
        return self._table is not None

    def add(
        self,
        cursor: QTextCursor,
        block: Block,
        shown: tuple[str, int, str | None],
        parts: tuple[TextMap, float, str],
    ) -> None:
        """Insert block as the table's next row; shown: its text, offset and inline HTML as
        rendered (converted, when shown in another script); parts: the text map to record the
        cells in, the em in pixels and the theme's border colour."""
        text, offset, html = shown
        text_map, em, border = parts
        cells = text.split(TABLE_CELL_RULE)
        marked = html.split(TABLE_CELL_RULE) if html is not None else None
        table = self._row(cursor, len(cells), em, border)
        row = table.rows() - 1
        places = block.spans if len(block.spans) == len(cells) else (CELL_OWN,) * len(cells)
        _merge(table, row, places)  # before any text goes in: the positions below stay true
        for column, cell_text in enumerate(cells):
            if places[column] != CELL_OWN:  # empty, under the cell that spans it
                offset += len(cell_text) + len(TABLE_CELL_RULE)
                continue
            at = table.cellAt(row, column).firstCursorPosition()
            chars = QTextCharFormat()
            if block.level:  # the header row
                chars.setFontWeight(QFont.Weight.Bold)
            position = at.position()
            if marked is not None and column < len(marked):
                at.insertHtml(_aligned(at, marked[column]))
                at.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
                at.mergeCharFormat(chars)
            else:
                at.insertText(cell_text, chars)
            text_map.add(offset, position, len(cell_text))
            offset += len(cell_text) + len(TABLE_CELL_RULE)

    def close(self, cursor: QTextCursor) -> bool:
        """Put cursor in the empty block after the table; True if a table was open."""
        table, self._table = self._table, None
        if table is None:
            return False
        cursor.setPosition(table.lastPosition())
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        return True

    def _row(self, cursor: QTextCursor, columns: int, em: float, border: str) -> QTextTable:
        table = self._table
        if table is None:
            table = self._table = cursor.insertTable(1, columns, _table_format(em, border))
            return table
        table.appendRows(1)
        if columns > table.columns():
            table.appendColumns(columns - table.columns())
        return table


def _merge(table: QTextTable, row: int, places: tuple[int, ...]) -> None:
    """The cells of the table's new row that a cell to their left or above spans, merged into
    it; a cell whose neighbour is not there (the row above is not in this table) stays."""
    for column, place in enumerate(places):
        if place == CELL_SPANNED_LEFT and column > 0:
            left = table.cellAt(row, column - 1)
            if left.row() == row:  # not a cell from above: its own spans cover its columns
                table.mergeCells(row, left.column(), 1, column + 1 - left.column())
        elif place == CELL_SPANNED_ABOVE and row > 0 and table.cellAt(row, column).row() == row:
            above = table.cellAt(row - 1, column)
            under = places[above.column() : above.column() + above.columnSpan()]
            if above.column() == column and all(p == CELL_SPANNED_ABOVE for p in under):
                # all its columns empty here: no cell's text goes into the merged one
                table.mergeCells(above.row(), column, row + 1 - above.row(), above.columnSpan())


_ALIGNMENTS = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight}
_ALIGNED = re.compile(r'<p align="(center|right)">')


def _aligned(at: QTextCursor, cell_html: str) -> str:
    """A cell's HTML without the alignment its column gave it (---: or :---:), which goes
    to the cell's block (insertHtml would drop it)."""
    match = _ALIGNED.match(cell_html)
    if match is None:
        return cell_html
    fmt = at.blockFormat()
    fmt.setAlignment(_ALIGNMENTS[match.group(1)])
    at.setBlockFormat(fmt)
    return cell_html[match.end() :]


def _table_format(em: float, border: str) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderBrush(solid(border))
    fmt.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)  # one line between cells, not two
    fmt.setCellSpacing(0)
    fmt.setCellPadding(em * CELL_PADDING_EMS)
    fmt.setTopMargin(em * 0.2)
    fmt.setBottomMargin(em * 0.9)
    fmt.setLeftMargin(em * 0.5)
    fmt.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))  # as wide as its cells need
    return fmt
