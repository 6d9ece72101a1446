"""Toolbar icons: small SVGs drawn in the theme's text colour."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reader.ui.common.themes import Theme
from reader.ui.window.actions import Actions

_PATHS = {
    "open": '<path d="M3 7V5a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v2"/><path d="M3 7h18l-2 12H5z"/>',
    "find": '<circle cx="11" cy="11" r="7"/><path d="M21 21l-5-5"/>',
    "zoom-in": '<circle cx="11" cy="11" r="7"/><path d="M21 21l-5-5M11 8v6M8 11h6"/>',
    "zoom-out": '<circle cx="11" cy="11" r="7"/><path d="M21 21l-5-5M8 11h6"/>',
    "next-section": '<path d="M6 9l6 6 6-6"/>',
    "previous-section": '<path d="M6 15l6-6 6 6"/>',
    "bookmark": '<path d="M6 3h12v18l-6-4.5L6 21z"/>',
    "highlight": '<path d="M4 21h16"/><path d="M14.5 3.5l4 4L10 16H6v-4z"/>',
    "panels": '<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M8 4v16M16 4v16"/>',
    "note": '<path d="M5 3h10l4 4v14H5z"/><path d="M15 3v4h4M9 12h6M9 16h6"/>',
}
DISABLED_OPACITY = 0.3  # a disabled action's icon: faint, plainly not clickable


class _StrokedIcon(QIconEngine):
    """One icon's SVG drawn at the size, scale and mode asked, when first asked: the toolbar
    paints one size of its icons, a menu another when it opens (drawing four sizes in both modes
    of every icon before the first paint took ≈1.7% of start-up)."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self._name = name
        self._colour = colour
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}
        self._twins: list[_StrokedIcon] = []

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        faint = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), faint)
        if key not in self._pixmaps:
            self._pixmaps[key] = _drawn(self._name, self._colour, size, faint)
        return self._pixmaps[key]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Drawn at device pixels on a high-density screen, not enlarged from the logical size."""
        pixmap = QPixmap(self.pixmap(size * scale, mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatio()
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        """A twin for a copy of the icon Qt changes; kept here, as Qt keeps no Python object."""
        twin = _StrokedIcon(self._name, self._colour)
        self._twins.append(twin)
        return twin


def _drawn(name: str, colour: str, size: QSize, faint: bool) -> QPixmap:
    opacity = DISABLED_OPACITY if faint else 1.0
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-opacity="{opacity}" stroke-width="1.8" '
        f'stroke-linecap="round" stroke-linejoin="round">{_PATHS[name]}</svg>'
    )
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode())).render(painter)
    painter.end()
    return pixmap


def svg_icon(name: str, colour: str) -> QIcon:
    """The named icon stroked in colour, and faint when its action is disabled (Qt's own
    disabled pixmaps of a dark stroke look almost like the enabled ones)."""
    return QIcon(_StrokedIcon(name, colour))


def apply_icons(actions: Actions, theme: Theme) -> None:
    """Give every action that names an icon its icon in the theme's colour."""
    for action in actions.all:
        name = action.property("iconName")
        if name in _PATHS:
            action.setIcon(svg_icon(str(name), theme.text))
