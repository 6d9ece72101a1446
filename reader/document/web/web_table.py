"""A saved page's data tables as a browser shows them: a row a line, its cells side by side
(joined by TABLE_CELL_RULE, as a Markdown table's are), drawn as a table; a header row of
<th> cells in bold. A row whose cells hold more than a little inline text (a layout table's
sidebar and article, a list, a nested table) is no data row: its cells stay blocks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from reader.document import rx
from reader.document.model import TABLE_CELL_RULE, BlockKind, Part

HELD = 24  # columns cells above span down into, followed at most (a hostile table's more)
COLUMNS_SHOWN = 24  # a row's columns drawn as a browser lays them out: a hostile one's beyond
# are its own cells alone, no empty ones for a colspan (1000 in each of 100 000 cells)
CELL_CHARS = 60  # the most text a data row holds per cell, on average: more is prose laid out
_NOT_IN_A_CELL = frozenset({
    "table", "tr", "ul", "ol", "li", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "blockquote", "form", "section", "article", "nav", "header", "footer", "aside", "iframe",
})  # fmt: skip
_RULE = TABLE_CELL_RULE.strip()
_SPACE = rx.compile(r"\s+")


class Grids:
    """Of each table (its rows' parent), how many rows have each width (the columns a row
    spans as a browser lays it out: a cell's colspan, and the cells of rows above whose
    rowspan reaches down into it), and how many of those have two cells of their own; of
    each row, the columns cells above hold in it."""

    def __init__(self) -> None:
        self._shapes: dict[Any, dict[int, tuple[int, int]]] = {}  # lxml's proxies kept alive
        self._widths: dict[Any, tuple[int, frozenset[int]]] = {}  # … the rows' too

    def in_grid(self, row: Any) -> bool:
        """Whether another row of row's table is as wide, and two of them have cells side by
        side: a grid (its header or total row may span columns), not a layout row (a headline
        beside its date over a row across the table, a form's label beside its field)."""
        parent = row.getparent()
        if parent is None:
            return False
        shapes = self._shapes.get(parent)
        if shapes is None:
            shapes = self._shapes[parent] = {}
            for sibling, width, cells, held in row_shapes(parent.iterchildren("tr")):
                self._widths[sibling] = width, held
                rows, split = shapes.get(width, (0, 0))
                shapes[width] = rows + 1, split + (cells >= 2)
        rows, split = shapes.get(self._widths.get(row, (-1, frozenset()))[0], (0, 0))
        return rows >= 2 and split >= 2

    def held(self, row: Any) -> frozenset[int]:
        """The columns of row (one in_grid was asked about) that cells above span down into."""
        return self._widths.get(row, (0, frozenset()))[1]


def row_shapes(rows: Iterable[Any]) -> Iterator[tuple[Any, int, int, frozenset[int]]]:
    """Each row (lxml <tr>) with the columns it spans (its cells' colspans, and the columns
    cells above still hold by their rowspan), its own cells, and those held columns. A cell
    is looked at once; at most HELD columns are followed down."""
    holding: dict[int, int] = {}  # column → the rows below it is still held for
    for row in rows:
        held = frozenset(holding)
        below = {column: left - 1 for column, left in holding.items() if left > 1}
        width, cells, column = len(held), 0, 0
        for cell in row.iterchildren("td", "th"):
            while column in held:
                column += 1
            span, down = column_span(cell), _span(cell.get("rowspan"))
            if down > 1 and len(below) < HELD:
                below.update(dict.fromkeys(range(column, column + span), down - 1))
            width, cells, column = width + span, cells + 1, column + span
        holding = below
        yield row, width, cells, held


def column_span(cell: Any) -> int:
    """The columns a cell (lxml <td>, <th>) spans, at most COLUMNS_SHOWN."""
    return min(_span(cell.get("colspan")), COLUMNS_SHOWN)


def _span(value: str | None) -> int:
    """A colspan's or rowspan's number (1 when missing or not a number; at most 1000, as
    browsers bound it)."""
    if value is None:
        return 1
    digits = value.strip()
    return min(int(digits), 1000) if digits.isdigit() and int(digits) > 0 else 1


def data_row(row: Any, grids: Grids) -> bool | None:
    """For a <tr> element (lxml): None when it is no data row, else whether it is a header
    row (all its cells <th>). Reads the row's inside up to its first nested block at most: an
    element is read for its nearest enclosing row only."""
    if not grids.in_grid(row):
        return None
    cells = heads = chars = linked = 0
    filled: set[int] = set()  # the cells with text: a spacer cell beside one is layout
    for element in row.iterdescendants():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _NOT_IN_A_CELL:
            return None
        if tag in ("td", "th"):
            cells += 1
            heads += tag == "th"
        own = len((element.text or "").strip())
        if tag == "a":  # a link's words may stand in an element inside it
            linked += len("".join(element.itertext()).strip())
        inner = own + (len((element.tail or "").strip()) if tag not in ("td", "th") else 0)
        if inner:
            filled.add(cells)
        chars += inner
        if chars > CELL_CHARS * max(cells, 2):
            return None
    if len(filled) < 2 or 2 * linked > chars:  # a row of links is a menu laid out in a table
        return None
    return heads == cells


def cell_text(text: str) -> str:
    """A cell's text as it goes into its row's line: on that line (the source's line breaks
    between the cells are spaces), never the rule between cells."""
    return _SPACE.sub(" ", text).replace(_RULE, "|")


def table_rows(parts: list[Part], rows: dict[int, bool]) -> list[Part]:
    """parts with the lines that are data rows (rows: line → a header row) made table rows,
    their cells joined by TABLE_CELL_RULE."""
    if not rows:
        return parts
    out = []
    for part in parts:
        header = rows.get(part.line) if part.line is not None else None
        if header is None or part.subtitle is not None or _RULE not in part.text:
            out.append(part)
            continue
        cells = [cell.strip() for cell in part.text.split(_RULE)]
        out.append(replace(part, kind=BlockKind.TABLE_ROW, text=TABLE_CELL_RULE.join(cells),
                           level=1 if header else 0, html=None))
    return out
