"""What the panels show, derived from a Document (no widgets here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial

from reader.document import Document, Figure
from reader.document.hanzi.script_map import Convert, convert_lines
from reader.document.key_figures.figure_cells import figure_written
from reader.document.key_figures.figure_sign import DIRECTION_WINDOW, direction
from reader.document.key_figures.figures import document_figures
from reader.document.stats import document_stats
from reader.ui.panels.section_chart import Bar
from reader.ui.panels.statistics import FigureEntry, StatsPanel

SENTENCE_ENDS = "。！？!?；;\n"
SENTENCE_MAX = 240


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds text[start:end], trimmed to a readable length."""
    lo, hi = max(0, start - SENTENCE_MAX // 2), min(len(text), end + SENTENCE_MAX // 2)
    left = max(text.rfind(ch, lo, start) for ch in SENTENCE_ENDS) + 1
    rights = [i for i in (text.find(ch, end, hi) for ch in SENTENCE_ENDS) if i != -1]
    right = min(rights) + 1 if rights else hi
    return text[max(left, lo) : right].strip()


_MAGNITUDE = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3))
_SIMPLIFIED = str.maketrans("億萬", "亿万")  # 8,800億元 of a Taiwanese page is as large


def figure_size(figure: Figure) -> float:
    """The figure's value in plain units (5.3亿元: 530 000 000; 五成: 50, as percent), to sort
    by size."""
    unit = figure.unit.translate(_SIMPLIFIED).lstrip("余多餘")
    scale = next((factor for prefix, factor in _MAGNITUDE if unit.startswith(prefix)), 1.0)
    return figure.value * scale * (10 if unit == "成" else 1)  # 五成: 50%


def figure_entries(document: Document) -> list[FigureEntry]:
    """The key figures in document order, one entry per distinct figure and subject: a figure
    said again with the same subject and direction (上涨 / 下降) is one entry with its mentions."""
    text = document.text
    mentions: dict[tuple[str, str | None, str], list[int]] = {}
    figures = document_figures(document)
    for i, figure in enumerate(figures):
        way = direction(text[max(0, figure.start - DIRECTION_WINDOW) : figure.start])
        mentions.setdefault((figure_written(text, figure), figure.label, way), []).append(i)
    entries = []
    for (written, label, _way), indices in mentions.items():
        first = figures[indices[0]]
        each = tuple((i, figures[i].context) for i in indices) if len(indices) > 1 else ()
        entries.append(FigureEntry(indices[0], first.kind, written, label, first.context,
                                   figure_size(first), each))
    return entries


def figure_sentence(document: Document, index: int, convert: Convert | None = None) -> str:
    """The sentence a key figure comes from (in the script shown: convert)."""
    figure = document_figures(document)[index]
    sentence = sentence_around(document.text, figure.start, figure.end)
    return convert(sentence) if convert else sentence


def shown_entries(entries: list[FigureEntry], convert: Convert | None) -> list[FigureEntry]:
    """The entries' figures, subjects and clauses in the script the article is shown in."""
    if convert is None:
        return entries
    lines = [line for e in entries
             for line in (e.text, e.label or "", e.context, *(c for _i, c in e.mentions))]  # fmt: skip
    shown = iter(convert_lines(lines, convert))
    out = []
    for e in entries:
        text, label, context = next(shown), next(shown), next(shown)
        mentions = tuple((i, next(shown)) for i, _c in e.mentions)
        out.append(replace(e, text=text, label=label if e.label else e.label, context=context,
                           mentions=mentions))  # fmt: skip
    return out


def figure_clipboard_text(document: Document, index: int) -> str:
    """A figure as it is copied: the number, its label, and the sentence it comes from."""
    figure = document_figures(document)[index]
    text = document.text
    number = figure_written(text, figure)
    sentence = sentence_around(text, figure.start, figure.end)
    head = f"{number} — {figure.label}" if figure.label else number
    return f"{head}\n{sentence}"


def section_bars(document: Document, convert: Convert | None = None) -> list[Bar]:
    """One bar per section listed in the statistics, titled (in the script shown: convert)."""
    sections = document.all_sections()
    shown = convert_lines([s.title for s in sections], convert) if convert else None
    titles = {s.id: shown[i] if shown else s.title for i, s in enumerate(sections)}
    lengths = document_stats(document).section_lengths
    if not lengths:
        lengths = tuple((s.id, s.end - s.start) for s in document.sections)
    return [
        Bar(section_id, titles.get(section_id, section_id), count) for section_id, count in lengths
    ]


def fill_stats_panel(
    panel: StatsPanel, document: Document, *, figures: bool = True, convert: Convert | None = None
) -> None:
    """Numbers, section lengths and (unless figures is False) key figures of a document, in
    the script the article is shown in (convert: to it; exports keep the text as written)."""
    panel.set_stats(document_stats(document))
    panel.set_sections(section_bars(document, convert))
    if figures:
        fill_figures(panel, document, convert)


def fill_figures(panel: StatsPanel, document: Document, convert: Convert | None = None) -> None:
    panel.set_figures(*shown_figures(document, convert))


def shown_figures(
    document: Document, convert: Convert | None
) -> tuple[list[FigureEntry], Callable[[int], str]]:
    """The key figures' entries in the script shown (convert), and their sentences."""
    entries = shown_entries(figure_entries(document), convert)
    return entries, partial(figure_sentence, document, convert=convert)


FIGURE_LINES_PER_STEP = 400  # lines of figures converted at once (≈2 ms; all at once ≈30 ms)


def shown_entry_steps(document: Document, convert: Convert) -> Iterator[list[FigureEntry]]:
    """shown_entries of the document's key figures a few entries at a time, each step about
    FIGURE_LINES_PER_STEP lines (figure, subject, clauses) to convert."""
    batch: list[FigureEntry] = []
    lines = 0
    for entry in figure_entries(document):
        batch.append(entry)
        lines += 3 + len(entry.mentions)
        if lines >= FIGURE_LINES_PER_STEP:
            yield shown_entries(batch, convert)
            batch, lines = [], 0
    if batch:
        yield shown_entries(batch, convert)


def read_fraction(document: Document, offset: int, at_end: bool) -> float:
    """How much of the text is read when the text at offset is at the top of the view (at_end:
    read to the end, as the view reckons it: scrolled there, or a page shown whole)."""
    return 1.0 if at_end else offset / max(1, len(document.text))


def reading_progress(document: Document, offset: int, at_end: bool) -> tuple[float, float]:
    """(fraction read, minutes left): the minutes need document_stats() (≈20 ms when long)."""
    fraction = read_fraction(document, offset, at_end)
    return fraction, document_stats(document).reading_minutes * (1 - fraction)
