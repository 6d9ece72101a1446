"""Moving through the open document: sections, links, key figures, and where the reader is."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from reader.document import Document
from reader.document.anchors import section_for_fragment
from reader.document.figures import find_figures
from reader.document.model import Figure
from reader.ui.article_view import ArticleView
from reader.ui.presenters import (
    figure_clipboard_text,
    fill_figures,
    fill_stats_panel,
    reading_progress,
)
from reader.ui.stats_panel import StatsPanel
from reader.ui.text_map import SectionLocator
from reader.ui.toc_panel import TocPanel

FIGURE_SCAN_MS = 8  # finding figures after the first paint: at most this long per turn
_BLOCKS_PER_STEP = 16


class Navigator:
    """Scrolls the view to what the panels name, and marks the current section in them."""

    def __init__(self, view: ArticleView, toc: TocPanel, stats: StatsPanel, place: QLabel) -> None:
        self._view, self._toc, self._stats, self._place = view, toc, stats, place
        self._document: Document | None = None
        self._locator = SectionLocator(())
        self._figures_due: Document | None = None  # its figures wait for the first paint
        self._found: list[Figure] = []
        self._scanned = 0  # blocks of _figures_due scanned so far
        self._scan_timer = QTimer()
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(0)
        self._scan_timer.timeout.connect(lambda: self._scan_figures(FIGURE_SCAN_MS / 1000))
        view.first_painted.connect(self._scan_timer.start)

    def show(self, document: Document | None) -> None:
        """Fill the Contents and Statistics panels for document (None: empty them)."""
        self._document = document
        self._locator = SectionLocator(document.sections if document else ())
        self._toc.set_sections(document.sections if document else ())
        self._figures_due, self._found, self._scanned = None, [], 0
        self._scan_timer.stop()
        if document is None:
            self._stats.clear()
            self._place.clear()
        elif self._view.isVisible() and document.text:
            # Finding the figures of a long article takes ≈160 ms: after its first paint.
            fill_stats_panel(self._stats, document, figures=False)
            self._stats.hold_figures()
            self._figures_due = document
            if not self._view.awaiting_paint:
                self._scan_timer.start()  # this document is on screen already
        else:
            fill_stats_panel(self._stats, document)

    def fill_figures(self) -> None:
        """List the key figures now if show() left them for after the first paint."""
        self._scan_timer.stop()
        self._scan_figures(float("inf"))

    def _scan_figures(self, budget_s: float) -> None:
        """Find the figures of some more blocks (a long article's take ≈100 ms in all)."""
        document = self._figures_due
        if document is None:
            return
        blocks, deadline = document.blocks, time.perf_counter() + budget_s
        while self._scanned < len(blocks) and time.perf_counter() < deadline:
            step = blocks[self._scanned : self._scanned + _BLOCKS_PER_STEP]
            self._found += find_figures(document.text, step)  # blocks are independent
            self._scanned += len(step)
        if self._scanned < len(blocks):
            self._scan_timer.start()
            return
        self._figures_due = None
        document.keep_figures(tuple(self._found))
        fill_figures(self._stats, document)

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
        if self._document is not None and 0 <= index < len(self._document.figures):
            figure = self._document.figures[index]
            self._view.flash_range(figure.start, figure.end)

    def copy_figure(self, index: int) -> None:
        if self._document is not None:
            QGuiApplication.clipboard().setText(figure_clipboard_text(self._document, index))

    def on_top_offset(self, offset: int) -> None:
        """The view scrolled: mark the section read now, and how far the reader got."""
        document = self._document
        if document is None:
            return
        section = self._locator.section_at(offset)
        self._toc.set_current(section.id if section else None)
        self._stats.set_current_section(section.id if section else None)
        fraction, minutes_left = reading_progress(document, offset, self._view.at_end())
        self._stats.set_progress(fraction, minutes_left)
        where = f"{section.title}  ·  " if section else ""
        self._place.setText(f"{where}{round(fraction * 100)}%")
