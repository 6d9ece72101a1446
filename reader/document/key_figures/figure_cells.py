"""Key figures in a table's rows: each cell read alone (a 223,000 is not the clause 000 │ 3.3%),
a bare number taking its unit from its column's header (金额（亿元）) or its row's, and a
figure's context the row's and the column's names: 一般公共预算收入 · 金额: 223,000亿元."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reader.document import rx
from reader.document.model import TABLE_CELL_RULE, Block, Figure

# (cell, its offset in the text) → the figures written in it, whole
FindIn = Callable[[str, int], list[Figure]]
# (number, unit, its offset, the text before it) → the figure it is with that unit, if one
Priced = Callable[[str, str, int, str], Figure | None]

# 金额（亿元）, 增长(%), 产量（单位：万吨）: the unit a column's (or a row's) numbers are in.
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
_UNIT_NOTE = rx.compile(r"(?!(?<=\s)\s)\s*[（(]\s*(?:单位\s*[:：]\s*)?([^（）()\s]{1,6})\s*[)）]\s*$")
_BARE = rx.compile(r"\s*([-－−]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")
_NAME_MAX = 20  # characters of a row's or a column's name in a context


class TableFigures:
    """The figures of one table's rows, read in order: the header row names the columns."""

    def __init__(self, find_in: FindIn, priced: Priced) -> None:
        self._find_in, self._priced = find_in, priced
        self._columns: list[tuple[str, str | None]] = []  # each column's name and unit

    def row(self, text: str, block: Block) -> list[Figure]:
        cells = _cells(text, block)
        if block.level:  # the header row: no data, the columns' names
            self._columns = [_named(cell) for _, cell in cells]
            return []
        # The row's name: its first cell with words (a 序号 column's 1, 2, 3 name no row).
        head = next((k for k, (_, cell) in enumerate(cells) if cell.strip() and not _BARE.fullmatch(cell)), 0)
        row_name, row_unit = _named(cells[head][1])
        out: list[Figure] = []
        for column, (offset, cell) in enumerate(cells):
            name, unit = self._columns[column] if column < len(self._columns) else ("", None)
            names = [n for n in (row_name if column != head else "", name) if n]
            found = self._find_in(cell, offset)
            if not found and (unit := unit or row_unit) and (bare := _BARE.fullmatch(cell)):
                priced = self._priced(bare[2], unit, offset + bare.start(2), cell[: bare.start(2)])
                found = [priced] if priced else []
            said = " · ".join(names)
            for figure in found:
                # A cell that is only its figure says nothing of it: the row's name is its subject.
                alone = figure.label is None and len(figure.context) >= len(cell.strip())
                out.append(replace(
                    figure, context=f"{said}: {figure.context}" if said else figure.context,
                    label=row_name if alone and column != head and row_name else figure.label,
                ))
        return out


def _cells(text: str, block: Block) -> list[tuple[int, str]]:
    """The row's cells, each with its offset in the text."""
    cells: list[tuple[int, str]] = []
    offset = block.start
    for cell in text[block.start : block.end].split(TABLE_CELL_RULE):
        cells.append((offset, cell))
        offset += len(cell) + len(TABLE_CELL_RULE)
    return cells


def _named(cell: str) -> tuple[str, str | None]:
    """A header's name without its unit note, and the unit: 金额（亿元） → 金额, 亿元."""
    note = _UNIT_NOTE.search(cell)
    name = (cell[: note.start()] if note else cell).strip()[:_NAME_MAX]
    return name, note[1] if note else None


def figure_written(text: str, figure: Figure) -> str:
    """The figure as written, with the unit its table's header gave it: 223,000 under
    金额（亿元） is 223,000亿元."""
    written = text[figure.start : figure.end]
    return written + figure.unit if _BARE.fullmatch(written) else written
