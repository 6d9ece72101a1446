"""The key figures as a table: rows for a spreadsheet (CSV, tab-separated) or JSON, the same
columns from the Statistics panel and from `reader figures FILE`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from reader.document import rx
from reader.document.key_figures.figures import document_figures
from reader.document.model import Document, Figure, FigureKind

COLUMNS = ("figure", "value", "unit", "approx", "kind", "subject", "context", "section", "position")
_ABOUT = rx.compile("[多余餘]")  # 100多万元, 4800多点, 13万余亩: more than the value
# Words that make a figure a bound or an estimate: 约120亿元, 近50%, 超过200家, 3000名左右.
# A space may stand between them and the figure (约 500 万元, 3000名 左右), as Markdown has it.
# Either script: 約1300億元, 將近, 超過, 約為 (约为38亿元: about 3.8 billion, not a copula's).
_HEDGE_BEFORE = rx.compile("(?:[约約](?:有|为|為)?|大[约約]|大概|[将將]近|接近|近|超[过過]|超|逾|不到|不足|不少于|不少於|至少|最多)"
                           "[ \u00a0]?$")
_HEDGE_AFTER = rx.compile("[ \u00a0]?(?:左右|上下|以上|以下|开外|開外)")  # matched where the figure ends


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One mention of a key figure, as exported."""

    figure: str  # as written, with its unit
    value: float
    unit: str  # without the "more than" of an approximate figure (100多万元: 万元)
    approx: bool  # not an exact value: 100多万元, 约120亿元, 近50%, 超过200家, 3000名左右
    kind: str
    subject: str  # "" when the importer is not sure
    context: str
    section: str  # the title of the innermost section that holds it ("" before the first)
    position: int  # its offset in the document's text

    def cells(self) -> list[str]:
        return [self.figure, _number(self.value), self.unit, "yes" if self.approx else "",
                self.kind, self.subject,
                self.context, self.section, str(self.position)]


def figure_rows(doc: Document, indices: Sequence[int] | None = None) -> list[FigureRow]:
    """The document's key figures (those at indices, else all) as table rows, in text order."""
    figures = document_figures(doc)
    chosen = figures if indices is None else [figures[i] for i in indices]
    return [_row(doc, figure) for figure in chosen]


def _row(doc: Document, figure: Figure) -> FigureRow:
    section = doc.section_at(figure.start)
    return FigureRow(
        figure=doc.text[figure.start : figure.end],
        value=figure.value,
        unit=_ABOUT.sub("", figure.unit),
        approx=_approximate(doc.text, figure),
        kind=figure.kind.value,
        subject=figure.label or "",
        context=figure.context,
        section=section.title if section else "",
        position=figure.start,
    )


def _approximate(text: str, figure: Figure) -> bool:
    if _ABOUT.search(figure.unit) or _HEDGE_AFTER.match(text, figure.end):
        return True
    hedge = _HEDGE_BEFORE.search(text, max(0, figure.start - 5), figure.start)
    # 近5年 / 近三年 are the last years, not about five: 近 before a duration is no hedge.
    return hedge is not None and not (
        hedge.group().rstrip() == "近" and figure.kind is FigureKind.DURATION)


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def rows_csv(rows: Sequence[FigureRow]) -> str:
    """RFC 4180 CSV with a header line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


def rows_tsv(rows: Sequence[FigureRow]) -> str:
    """Tab-separated with a header line, as a spreadsheet pastes it (tabs and line breaks in a
    cell become spaces)."""
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        lines.append("\t".join(" ".join(cell.split()) for cell in row.cells()))
    return "\n".join(lines) + "\n"


def rows_json(rows: Sequence[FigureRow]) -> str:
    """A JSON array of objects, one per mention, subject null when there is none."""
    items = [
        {
            "figure": row.figure, "value": row.value, "unit": row.unit, "approx": row.approx,
            "kind": row.kind,
            "subject": row.subject or None, "context": row.context, "section": row.section,
            "position": row.position,
        }
        for row in rows
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
