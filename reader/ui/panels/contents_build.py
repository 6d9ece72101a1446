"""Contents' rows made from the section tree, a few hundred at a time: a 5 M-character article
has thousands of sections (5 700 rows took ≈100 ms to make in one turn)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem

from reader.document import Section

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_PER_STEP = 500  # rows made on one step (≈10 ms)


class TreeBuild:
    """The rows of a section tree, made in steps; the sections in corrected (ids) marked ✎,
    with corrected_tip in their tooltip; measure: a row's size from its title and sub-heading."""

    def __init__(
        self,
        roots: tuple[Section, ...],
        corrected: set[str],
        corrected_tip: str,
        measure: Callable[[str, str | None], QSize],
    ) -> None:
        self.roots, self._corrected, self._tip = roots, corrected, corrected_tip
        self._measure = measure
        self.items: dict[str, QStandardItem] = {}
        self.sizes: list[QSize] = []  # each row's, in order
        self.top: list[QStandardItem] = []  # the roots' rows, made so far

    @property
    def done(self) -> bool:
        return len(self.top) == len(self.roots)

    def step(self, rows: int = ROWS_PER_STEP) -> None:
        """Make the rows of the next roots, about rows of them (a root's whole subtree)."""
        stop = len(self.sizes) + rows
        while not self.done and len(self.sizes) < stop:
            self.top.append(self._item(self.roots[len(self.top)]))

    def _item(self, section: Section) -> QStandardItem:
        marked = section.id in self._corrected
        title = f"✎ {section.title}" if marked else section.title
        item = QStandardItem(title)
        item.setEditable(False)
        item.setData(section.id, SECTION_ID_ROLE)
        tip = section.title + (self._tip if marked else "")
        if section.subtitle:
            item.setData(section.subtitle, SUBTITLE_ROLE)
            tip += "\n" + section.subtitle
        item.setToolTip(tip)
        self.items[section.id] = item
        self.sizes.append(self._measure(title, section.subtitle))
        for child in section.children:
            item.appendRow(self._item(child))
        return item
