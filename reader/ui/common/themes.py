"""The three reading themes, applied to the whole application palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours of one theme: window chrome and the article page."""

    name: str
    window: str
    panel: str  # docks and lists
    text: str
    page: str  # the article background
    page_text: str
    muted: str  # metadata, sub-headings, secondary labels
    accent: str  # selection, current section, chart bars
    accent_text: str
    flash: str  # a figure highlighted for a moment
    match: str  # find matches
    current_match: str
    box: str  # the disclaimer box background
    border: str
    note_yellow: str  # highlight backgrounds, readable under page_text
    note_green: str
    note_blue: str
    note_pink: str
    bookmark: str  # the margin mark of a bookmarked paragraph


LIGHT = Theme(
    name="light",
    window="#efeff1",
    panel="#fafafa",
    text="#1f1f23",
    page="#ffffff",
    page_text="#1f1f23",
    muted="#6b6b73",
    accent="#2f6fdf",
    accent_text="#ffffff",
    flash="#ffd54f",
    match="#fff0a8",
    current_match="#ffb347",
    box="#f4f5f7",
    border="#d5d6da",
    note_yellow="#ffe58f",
    note_green="#c6ecc0",
    note_blue="#cfe0ff",
    note_pink="#fbd0e0",
    bookmark="#2f6fdf",
)
SEPIA = Theme(
    name="sepia",
    window="#e9dfc8",
    panel="#f3ead6",
    text="#3e3225",
    page="#f8f1e1",
    page_text="#3b2f22",
    muted="#7d6a53",
    accent="#a0522d",
    accent_text="#ffffff",
    flash="#f2c14e",
    match="#f0dc9a",
    current_match="#e8a85a",
    box="#efe4cc",
    border="#d3c4a3",
    note_yellow="#f0d77a",
    note_green="#d2e2b0",
    note_blue="#cddbe6",
    note_pink="#f0c8c4",
    bookmark="#a0522d",
)
DARK = Theme(
    name="dark",
    window="#242529",
    panel="#2b2c31",
    text="#dcdcde",
    page="#1c1d20",
    page_text="#d4d4d6",
    muted="#9a9aa3",
    accent="#5b8def",
    accent_text="#ffffff",
    flash="#8a6d00",
    match="#5c4d12",
    current_match="#9a6b10",
    box="#26272b",
    border="#3d3e44",
    note_yellow="#5e5120",
    note_green="#2c5236",
    note_blue="#2a4468",
    note_pink="#623046",
    bookmark="#5b8def",
)
THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, SEPIA, DARK)}
DEFAULT_THEME = LIGHT.name


def theme_named(name: str) -> Theme:
    """The theme of that name, or the default one."""
    return THEMES.get(name, LIGHT)


def palette_for(theme: Theme) -> QPalette:
    """An application palette for the chrome: menus, docks, lists, buttons."""
    pal = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.window,
        role.WindowText: theme.text,
        role.Base: theme.panel,
        role.AlternateBase: theme.box,
        role.Text: theme.text,
        role.Button: theme.panel,
        role.ButtonText: theme.text,
        role.ToolTipBase: theme.panel,
        role.ToolTipText: theme.text,
        role.PlaceholderText: theme.muted,
        role.Highlight: theme.accent,
        role.HighlightedText: theme.accent_text,
        role.Link: theme.accent,
        role.LinkVisited: theme.accent,
        role.BrightText: theme.accent_text,
        role.Light: theme.panel,
        role.Midlight: theme.box,
        role.Mid: theme.border,
        role.Dark: theme.border,
        role.Shadow: theme.border,
    }
    for r, colour in colours.items():
        pal.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, QColor(theme.muted))
    return pal


def page_palette(theme: Theme, base: QPalette) -> QPalette:
    """The article view's palette: the page colours on top of the chrome palette."""
    pal = QPalette(base)
    pal.setColor(QPalette.ColorRole.Base, QColor(theme.page))
    pal.setColor(QPalette.ColorRole.Window, QColor(theme.page))
    pal.setColor(QPalette.ColorRole.Text, QColor(theme.page_text))
    return pal


def solid(colour: str) -> QBrush:
    """A solid brush of colour. Said with its style: QBrush(QColor) alone makes PySide6 weigh
    the QGradient constructor too, which makes QGradient's enums (≈1% of start-up)."""
    return QBrush(QColor(colour), Qt.BrushStyle.SolidPattern)
