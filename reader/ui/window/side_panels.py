"""The side panels, built after the article's first paint: Contents, Statistics and the
Navigator that keeps them in step with the view, then the notes' panels.

The docks were in place from the start (docks.py), so the saved layout gives the article its
width at once; each panel is built on an idle-queue turn of its own, well under 50 ms each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from reader.document import Document
from reader.document.note_text import prepare_rendering
from reader.ui.article.view import ArticleView
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.window.annotation_wiring import connect_annotation_panels
from reader.ui.window.docks import put_in_dock
from reader.ui.window.figures_view import remember_figures_view
from reader.ui.window.notes_side import NotesUi
from reader.ui.window.settings import UiSettings
from reader.ui.window.state import about_article
from reader.ui.window.texts import window_title

if TYPE_CHECKING:
    from reader.ui.article.navigation import Navigator
    from reader.ui.panels.contents import TocPanel
    from reader.ui.panels.statistics import StatsPanel
    from reader.ui.window.file_opener import OpenPath

Panels = tuple["TocPanel", "StatsPanel", "Navigator"]


class SidePanels:
    """Builds the side panels a step at a time, and gives them to whoever needs one sooner."""

    def __init__(
        self,
        window: QMainWindow,
        view: ArticleView,
        idle: IdleQueue,
        docks: tuple[QDockWidget, QDockWidget],
        parts: tuple[QLabel, NotesUi],
        *,
        current: Callable[[], Document | None],
        open_path: OpenPath,
        settings: UiSettings | None = None,
    ) -> None:
        """docks: Contents' and Statistics'; parts: the status bar's place label and the notes
        side; current: the open document; open_path: how a note's link opens a file; settings:
        where the key figures' sort order and the Statistics split are kept."""
        self._window, self._view, self._idle = window, view, idle
        self._settings = settings
        self._contents_dock, self._statistics_dock = docks
        self._place, self._notes_ui = parts
        about_article(self._place)
        self._current, self._open_path = current, open_path
        view.script_changed.connect(  # the title bar shows the title in the script shown too
            lambda: window.setWindowTitle(window_title(current(), view.script))
        )
        self._panels: Panels | None = None
        self._toc: TocPanel | None = None
        self.contents_built: Callable[[TocPanel], None] = lambda _toc: None  # a hook
        self.statistics_built: Callable[[StatsPanel], None] = lambda _stats: None  # another
        self._steps: list[Callable[[], None]] = [
            _load_contents,  # the module alone takes ≈20 ms (Qt's enums made on first use)
            self._build_contents,
            _load_statistics,
            self._build_statistics,
            self._fill_reading_panels,
            self._prepare_note_cards,
            self._build_notes_panels,
        ]

    @property
    def built(self) -> bool:
        """Whether every side panel is built and wired."""
        return not self._steps

    @property
    def contents(self) -> TocPanel | None:
        """The Contents panel if built yet."""
        return self._toc

    @property
    def navigator(self) -> Navigator | None:
        """The navigator if the panels are built this far, else None (nothing to update)."""
        return self._panels[2] if self._panels is not None else None

    def step(self) -> bool:
        """One step of building the panels (an idle-queue job); True while some are left."""
        if self._steps:
            self._steps.pop(0)()
        return bool(self._steps)

    def build(self) -> Panels:
        """Every panel now (whoever needs one before the first paint built them)."""
        while self._steps:
            self._steps.pop(0)()
        assert self._panels is not None
        return self._panels

    def _build_contents(self) -> None:
        from reader.ui.panels.contents import TocPanel

        self._toc = TocPanel(self._window)
        put_in_dock(self._contents_dock, self._toc)
        self.contents_built(self._toc)

    def _build_statistics(self) -> None:
        """Statistics, and the Navigator that keeps it and Contents in step with the view."""
        from reader.ui.article.navigation import Navigator
        from reader.ui.panels.statistics import StatsPanel

        assert self._toc is not None
        toc, stats = self._toc, StatsPanel(self._window, self._idle)
        put_in_dock(self._statistics_dock, stats)
        if self._settings is not None:
            remember_figures_view(stats, self._settings)
        nav = Navigator(self._view, (toc, stats, self._place), self._idle)
        self._panels = toc, stats, nav
        self._connect(toc, stats, nav)
        self.statistics_built(stats)

    def _connect(self, toc: TocPanel, stats: StatsPanel, nav: Navigator) -> None:
        """Contents, Statistics and the article view: where the reader goes, and is."""
        toc.section_activated.connect(nav.go_to_section)
        stats.section_activated.connect(nav.go_to_section)
        stats.figure_activated.connect(nav.show_figure)
        stats.figure_copy_requested.connect(nav.copy_figure)
        stats.figures_copy_requested.connect(nav.copy_all_figures)
        stats.figures_export_requested.connect(nav.export_figures)
        self._view.top_offset_changed.connect(nav.on_top_offset)
        self._view.fragment_requested.connect(nav.go_to_fragment)
        self._view.script_changed.connect(nav.retitle)

    def _fill_reading_panels(self) -> None:
        """The open document's contents and statistics (figures follow, in steps)."""
        assert self._panels is not None
        document = self._current()
        if document is not None:
            nav = self._panels[2]
            nav.show(document)
            nav.on_top_offset(self._view.top_offset())

    def _prepare_note_cards(self) -> None:
        """Markdown for the note cards (≈30 ms) on a turn of its own if a note needs it, else
        the notes' panels at once: a plain note's card needs nothing loaded."""
        if self._notes_ui.controller.has_markdown_bodies():
            prepare_rendering()
        else:
            self.step()

    def _build_notes_panels(self) -> None:
        """Notes and Bookmarks (the highlights in the article were drawn before), filled in
        the same turn: the first cards wait for no other job."""
        stats = self.build()[1]  # Statistics first: it shows the counts
        connect_annotation_panels(self._notes_ui, stats, self._open_path)
        self._notes_ui.controller.fill_panels()


def _load_contents() -> None:
    """Contents' module, on a turn before the panel is made."""
    import reader.ui.panels.contents  # noqa: F401


def _load_statistics() -> None:
    """Statistics' and the Navigator's modules, on a turn before they are made."""
    import reader.ui.article.navigation  # noqa: F401
    import reader.ui.panels.statistics  # noqa: F401
