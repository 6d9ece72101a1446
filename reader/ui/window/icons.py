"""Toolbar icons: small SVGs drawn in the theme's text colour."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
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
_SIZES = (16, 24, 32, 48)


DISABLED_OPACITY = 0.3  # a disabled action's icon: faint, plainly not clickable


def svg_icon(name: str, colour: str) -> QIcon:
    """The named icon stroked in colour, and faint when its action is disabled (Qt's own
    disabled pixmaps of a dark stroke look almost like the enabled ones)."""
    icon = QIcon()
    for mode, opacity in ((QIcon.Mode.Normal, 1.0), (QIcon.Mode.Disabled, DISABLED_OPACITY)):
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
            f'stroke="{colour}" stroke-opacity="{opacity}" stroke-width="1.8" '
            f'stroke-linecap="round" stroke-linejoin="round">{_PATHS[name]}</svg>'
        )
        renderer = QSvgRenderer(QByteArray(svg.encode()))
        for size in _SIZES:
            pixmap = QPixmap(QSize(size, size))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def apply_icons(actions: Actions, theme: Theme) -> None:
    """Give every action that names an icon its icon in the theme's colour."""
    for action in actions.all:
        name = action.property("iconName")
        if name in _PATHS:
            action.setIcon(svg_icon(str(name), theme.text))
