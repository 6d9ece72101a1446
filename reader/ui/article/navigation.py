"""Moving through the open document: sections, links, key figures, and where the reader is."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from reader.document import Document
from reader.document.anchors import section_for_fragment
from reader.document.hanzi.script_map import Convert
from reader.document.hanzi.script_shown import shown_titles
from reader.document.key_figures.figures import FigureScan, document_figures, keep_figures
from reader.document.line_lookup import corrected_sections
from reader.document.stats import StatsScan
from reader.ui.article.hit_test import position_across
from reader.ui.article.read_end import on_shown_whole, read_to_end
from reader.ui.article.text_map import SectionLocator

if TYPE_CHECKING:
    from reader.ui.article.figure_export import FigureExport
from reader.ui.article.view import ArticleView
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.panels.contents import TocPanel
from reader.ui.panels.presenters import (
    figure_clipboard_text,
    figure_sentence,
    fill_figures,
    fill_stats_panel,
    read_fraction,
    reading_progress,
    shown_entry_steps,
    shown_figures,
)
from reader.ui.panels.statistics import FigureEntry, StatsPanel

FIGURE_SCAN_MS = 8  # finding figures after the first paint: at most this long per turn
STATS_SCAN_MS = 8  # the statistics, the same


class Navigator:
    """Scrolls the view to what the panels name, and marks the current section in them."""

    def __init__(
        self, view: ArticleView, panels: tuple[TocPanel, StatsPanel, QLabel], idle: IdleQueue
    ) -> None:
        self._view, self._idle = view, idle
        self._toc, self._stats, self._place = panels
        self._document: Document | None = None
        self._locator = SectionLocator(())
        # Statistics (≈20 ms on a long article) and key figures (found in FigureScan steps of
        # a few ms at most) come after the first paint, as jobs of the idle queue.
        self._shown = 0  # which show() the queued jobs belong to: older ones do nothing
        self._stats_due: Document | None = None
        self._figures_due: Document | None = None
        self._scan: FigureScan | None = None  # of _figures_due
        self._stats_scan: StatsScan | None = None  # of _stats_due
        self._exporter: FigureExport | None = None
        # The key figures being converted to the script shown: the steps, the entries so far.
        self._converting: tuple[Iterator[list[FigureEntry]], list[FigureEntry]] | None = None
        view.first_painted.connect(self._queue_stats)
        on_shown_whole(view, self.on_top_offset)

    def show(self, document: Document | None) -> None:
        """Fill the Contents and Statistics panels for document (None: empty them)."""
        self._document = document
        self._locator = SectionLocator(document.sections if document else ())
        self._shown += 1  # before the jobs of this document are queued
        if document is not None:
            self._set_sections(document)
        else:
            self._toc.clear()
        self._stats_due, self._figures_due, self._scan = None, None, None
        self._stats_scan = self._converting = None
        if document is None:
            self._stats.clear()
            self._place.clear()
        elif self._view.isVisible() and document.text:
            self._stats.clear(time_read=False)  # the window's timer tells a new document's
            self._stats.hold_figures()
            self._stats_due = self._figures_due = document
            if not self._view.awaiting_paint:
                self._queue_stats()  # this document is on screen already
        else:
            fill_stats_panel(self._stats, document, convert=self._convert())

    def _set_sections(self, document: Document, *, later: bool = False) -> None:
        """Contents, titled in the script the article is shown in: listed now when it takes
        one step (most trees), else on later turns, the place marked then (later: the titles
        are converted on this turn, listed from the next)."""
        sections = shown_titles(document.sections, self._view.script)
        build = self._toc.building(sections, corrected_sections(document))
        if not later and not build():
            return

        def more() -> bool:
            if build():
                return True
            self.on_top_offset(self._view.top_offset())
            return False

        self._later(more)

    def _convert(self) -> Convert | None:
        script = self._view.script
        return script.convert if script is not None else None

    def retitle(self) -> None:
        """The article is shown in another script: Contents, the place, then Statistics
        follow, each on turns of their own (900 sections take ≈30 ms to convert and list
        again, a long article's key figures ≈60 ms to convert, empty and list again)."""
        document = self._document
        if document is None:
            return
        self._later(lambda: self._set_sections(document, later=True))
        if self._stats_due is None:  # else they are filled in the script shown, later
            convert = self._convert()
            self._later(lambda: fill_stats_panel(self._stats, document, figures=False,
                                                 convert=convert))  # fmt: skip
        if self._figures_due is None and document.derived.figures is not None:
            self._converting = None  # a conversion to another script is given up
            self._later(lambda: self._refill_figures(document))

    def _refill_figures(self, document: Document) -> bool:
        """The key figures in the script shown: converted FIGURE_SCAN_MS at most a turn (a
        long article's all at once took ≈30 ms), then the old rows taken away on a turn, the
        new ones listed on the next (in chunks then); True while some are left to convert."""
        convert = self._convert()
        if convert is None:
            shown = shown_figures(document, None)
        else:
            if self._converting is None:
                self._converting = (shown_entry_steps(document, convert), [])
            steps, entries = self._converting
            deadline = time.perf_counter() + FIGURE_SCAN_MS / 1000
            for step in steps:
                entries += step
                if time.perf_counter() >= deadline:
                    return True
            shown = entries, partial(figure_sentence, document, convert=convert)
        self._converting = None
        self._later(self._stats.hold_figures)
        self._later(lambda: self._stats.set_figures(*shown))
        return False

    def _queue_stats(self) -> None:
        document = self._stats_due
        if document is not None:
            self._later(lambda: self._compute_stats(document))

    def _later(self, job: Callable[[], bool | None]) -> None:
        """Queue job for this document: once another is shown, it does nothing."""
        shown = self._shown
        self._idle.add(lambda: job() if shown == self._shown else None)

    def _compute_stats(self, document: Document) -> bool:
        """The statistics, read in steps of at most STATS_SCAN_MS a turn (a 5 M-character
        article took 0.36 s in one), then the panel on a turn of its own; True while some
        of the text is left."""
        if document.derived.stats is None:
            if self._stats_scan is None:
                self._stats_scan = StatsScan(document.text, document.blocks, document.sections)
            scan, deadline = self._stats_scan, time.perf_counter() + STATS_SCAN_MS / 1000
            while scan.stats is None and time.perf_counter() < deadline:
                scan.step()
            if scan.stats is None:
                return True
            document.derived.stats = scan.stats  # where document_stats() finds it
        self._stats_scan = None
        self._later(self._fill_stats)
        return False

    def _fill_stats(self) -> None:
        """Numbers and section lengths now; the key figures on later turns."""
        document, self._stats_due = self._stats_due, None
        if document is None:
            return
        fill_stats_panel(self._stats, document, figures=False, convert=self._convert())
        self._stats.hold_figures()
        self.on_top_offset(self._view.top_offset())  # the time left needs the statistics
        self._later(lambda: self._scan_figures(FIGURE_SCAN_MS / 1000))

    def fill_figures(self) -> None:
        """Statistics and key figures now if show() left them for after the first paint."""
        self._fill_stats()
        self._scan_figures(float("inf"))

    def _scan_figures(self, budget_s: float) -> bool:
        """Find the figures in some more of the text, then list them on a turn of their own;
        True while some of that is left."""
        document = self._figures_due
        if document is None:
            return False
        if self._scan is None:
            self._scan = FigureScan(document.text, document.blocks)
        scan, deadline = self._scan, time.perf_counter() + budget_s
        while not scan.done and time.perf_counter() < deadline:
            scan.step()
        if not scan.done or time.perf_counter() >= deadline:
            return True
        self._figures_due, self._scan = None, None
        keep_figures(document, tuple(scan.figures))
        fill_figures(self._stats, document, self._convert())
        return False

    def go_to_section(self, section_id: str) -> None:
        """Scroll a section's heading to the top of the view."""
        for section in self._locator.sections:
            if section.id == section_id:
                self._view.scroll_to_offset(section.start)
                self._toc.set_current(section_id)
                return

    def go_to_fragment(self, fragment: str) -> None:
        """An internal "#id" link: scroll to the section it names."""
        section = section_for_fragment(self._locator.sections, fragment)
        if section is not None:
            self.go_to_section(section.id)

    def step_section(self, step: int) -> None:
        """Go to the next (1) or previous (-1) section."""
        section = self._locator.neighbour(self._view.top_offset(), step)
        if section is not None:
            self.go_to_section(section.id)

    def show_figure(self, index: int) -> None:
        """Scroll to a key figure's sentence and highlight the number for a moment."""
        if self._document is not None:
            figures = document_figures(self._document)
            if 0 <= index < len(figures):
                self._view.flash_range(figures[index].start, figures[index].end)

    def copy_figure(self, index: int) -> None:
        if self._document is not None:
            QGuiApplication.clipboard().setText(figure_clipboard_text(self._document, index))

    def copy_all_figures(self, order: list[int]) -> None:
        """Every key figure on the clipboard as a table, in order (indices of the figures)."""
        if self._document is not None:
            self._export().copy_all(self._document, order)

    def export_figures(self, order: list[int]) -> None:
        """Ask for a file and save every key figure there as CSV, in order."""
        if self._document is not None:
            self._export().export(self._document, order=order)

    def _export(self) -> FigureExport:
        if self._exporter is None:
            from reader.ui.article.figure_export import FigureExport

            self._exporter = FigureExport(self._view.window())
        return self._exporter

    def _place_read(self, offset: int) -> int:
        """offset, else, scrolled to the end, the text at the bottom of the view: the last
        sections' headings come into view there and can come no higher."""
        view = self._view
        if not view.verticalScrollBar().maximum() or not view.at_end():
            return offset
        if offset != view.top_offset():  # a passage shown (a link, a note): its offset
            return offset
        bottom = position_across(view, view.viewport().height() - 4)
        return max(offset, view.text_map.offset(bottom) - 1)

    def on_top_offset(self, offset: int) -> None:
        """The view scrolled: mark the section read now, and how far the reader got."""
        document = self._document
        if document is None:
            return
        section = self._locator.section_at(self._place_read(offset))
        self._toc.set_current(section.id if section else None)
        at_end = read_to_end(self._view, offset)
        if self._stats_due is None:  # else _fill_stats() comes back here
            fraction, minutes_left = reading_progress(document, offset, at_end)
            self._stats.set_current_section(section.id if section else None)
            self._stats.set_progress(fraction, minutes_left)
        else:
            fraction = read_fraction(document, offset, at_end)
        convert = self._convert()
        title = section and (convert(section.title) if convert else section.title)
        where = f"{title}  ·  " if title else ""
        self._place.setText(f"{where}{int(fraction * 100)}%")  # down, as the panel's
