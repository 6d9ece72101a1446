"""Typography of the article: block and character formats for each kind of block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextFrameFormat,
)

from reader.document import BlockKind
from reader.ui.common import fonts
from reader.ui.common.themes import Theme, solid

BASE_POINT_SIZE = 13.0
LINE_HEIGHT_PERCENT = 175
COLUMN_EMS = 40  # the text column, in CJK characters
SUBHEADING_BELOW = 0.9  # em below a subheading, and below a heading that has none
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
QUOTE_RULE = QTextFormat.Property.UserProperty + 43  # a quote's block: its rule's colour
QUOTE_DEPTH = QTextFormat.Property.UserProperty + 44  # how many quotes hold it (1 if unset)
QUOTE_BASE = QTextFormat.Property.UserProperty + 45  # its indent before the quotes' (0 if unset)


class ArticleStyle:
    """Formats for one zoom level and theme; sizes are relative to the body font (em).

    show_removed: the lines the importer left out are shown in place (removed_lines.py).
    """

    def __init__(self, theme: Theme, zoom_percent: int, *, show_removed: bool = False) -> None:
        self.theme = theme
        self.zoom_percent = zoom_percent
        self.show_removed = show_removed
        self.body_font = fonts.body_font(BASE_POINT_SIZE * zoom_percent / 100)
        self._heading_families = fonts.heading_font(BASE_POINT_SIZE).families()
        metrics = QFontMetricsF(self.body_font)
        self.em = metrics.horizontalAdvance("中")
        # Proportional line heights multiply the font's own line spacing, which for CJK
        # fonts is already ~1.45 em: scale so that 100% here means 1 em.
        self._line_unit = self.em / max(1.0, metrics.lineSpacing())

    @property
    def column_width(self) -> int:
        """Width of the text column in pixels: about COLUMN_EMS Chinese characters."""
        return round(self.em * COLUMN_EMS)

    def apply_root(self, root: QTextFrameFormat) -> None:
        """Margins around the whole article."""
        root.setMargin(0)
        root.setTopMargin(self.em * 2.5)
        root.setBottomMargin(self.em * 6)
        root.setLeftMargin(self.em * 0.5)
        root.setRightMargin(self.em * 0.5)

    def _block(self, top: float, bottom: float, line_height: int) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self.em * top)
        fmt.setBottomMargin(self.em * bottom)
        fmt.setLineHeight(round(line_height * self._line_unit), _PROPORTIONAL)
        return fmt

    def _heading_chars(self, adjustment: int, bold: bool, muted: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(self._heading_families)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, adjustment)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Medium)
        if muted:
            fmt.setForeground(solid(self.theme.muted))
        return fmt

    def formats(
        self, kind: BlockKind, level: int, after: BlockKind | None = None
    ) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The block and character format for a block of this kind (after: the next block's).
        A heading keeps its subheading close; text after a heading without one starts as far
        below it as after a subheading (a heading made by a correction had no room below)."""
        if kind is BlockKind.HEADING:
            bottom = 0.2 if after is BlockKind.SUBHEADING else SUBHEADING_BELOW
            return self._block(2.2 if level <= 1 else 1.6, bottom, 150), self._heading_chars(
                1 if level <= 1 else 0, True, False
            )
        special = {
            BlockKind.TITLE: lambda: (
                self._block(0, 0.5, 140),
                self._heading_chars(3, True, False),
            ),
            BlockKind.SUBTITLE: lambda: (
                self._block(0, 0.6, 150),
                self._heading_chars(1, False, True),
            ),
            BlockKind.SUBHEADING: lambda: (
                self._block(0, SUBHEADING_BELOW, 150),
                self._heading_chars(0, False, True),
            ),
            BlockKind.CODE: self._code_formats,
            BlockKind.CAPTION: self._caption_formats,
        }.get(kind)
        if special is not None:
            return special()
        block = self._block(0, 0.9, LINE_HEIGHT_PERCENT)
        block.setAlignment(Qt.AlignmentFlag.AlignJustify)
        if kind is BlockKind.PARAGRAPH:
            block.setTextIndent(self.em * 2)
        elif kind is BlockKind.QUOTE:  # indented, muted, a rule at its left (quote_rules.py)
            block.setLeftMargin(self.em * 2)
            block.setRightMargin(self.em * 1)
            block.setTextIndent(0)
            block.setProperty(QUOTE_RULE, QColor(self.theme.border))
            chars = QTextCharFormat()
            chars.setForeground(solid(self.theme.muted))
            return block, chars
        elif kind is BlockKind.LIST_ITEM:
            block.setBottomMargin(self.em * 0.35)
        return block, QTextCharFormat()

    def _caption_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = self._block(0, 1.0, 150)
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        chars = self._heading_chars(-1, False, True)
        chars.setFontWeight(QFont.Weight.Normal)
        return block, chars

    def _code_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = self._block(0, 0.9, 140)
        block.setBackground(solid(self.theme.box))
        block.setLeftMargin(self.em * 0.5)
        # Code is never wrapped: a line wider than the column makes the article scroll
        # sideways (QTextBrowser can't scroll one block alone); nothing is cut off.
        block.setNonBreakableLines(True)
        chars = QTextCharFormat()
        chars.setFontFamilies(
            ["Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "Menlo", "monospace"]
        )
        chars.setFontFixedPitch(True)
        chars.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        return block, chars

    def meta_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The metadata line under the title: site · breadcrumb · byline."""
        block = self._block(0, 1.8, 150)
        chars = self._heading_chars(-1, False, True)
        chars.setFontWeight(QFont.Weight.Normal)
        return block, chars

    def disclaimer_frame(self) -> QTextFrameFormat:
        """The box around the disclaimer at the end of the article."""
        fmt = QTextFrameFormat()
        fmt.setTopMargin(self.em * 2.5)
        fmt.setPadding(self.em * 0.9)
        fmt.setBorder(1)
        fmt.setBorderBrush(solid(self.theme.border))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBackground(solid(self.theme.box))
        return fmt

    def disclaimer_header(self, href: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """The clickable title line of the disclaimer box."""
        chars = self._heading_chars(0, True, False)
        chars.setAnchor(True)
        chars.setAnchorHref(href)
        chars.setForeground(solid(self.theme.page_text))
        return self._block(0, 0, 150), chars

    def disclaimer_paragraph(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        """A paragraph inside the unfolded disclaimer."""
        chars = QTextCharFormat()
        chars.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        chars.setForeground(solid(self.theme.muted))
        return self._block(0.6, 0, 165), chars

    def removed_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat, QTextCharFormat]:
        """A line the importer left out, shown: its block, its text and its "removed" tag."""
        block = self._block(0, 0.5, 150)
        block.setLeftMargin(self.em * 0.6)
        block.setBackground(solid(self.theme.box))
        chars = QTextCharFormat()
        chars.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        chars.setForeground(solid(self.theme.muted))
        tag = QTextCharFormat(chars)
        tag.setProperty(QTextFormat.Property.FontSizeAdjustment, -2)
        tag.setBackground(solid(self.theme.border))
        return block, chars, tag
