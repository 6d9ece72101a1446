"""What a Markdown block carries beside its kind: the quotes that hold it (indented a step and
ruled once per quote, muted) and a horizontal rule (---) above it."""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextLength,
)

from reader.document import Block, BlockKind
from reader.ui.article.style import QUOTE_BASE, QUOTE_DEPTH, QUOTE_RULE, ArticleStyle
from reader.ui.common.themes import solid

QUOTE_STEP_EMS = 2.0  # each quote indents its blocks this much more
RULE_SPACE_EMS = 0.6


def place_block(
    cursor: QTextCursor, block: Block, formats: tuple[QTextBlockFormat, QTextCharFormat],
    style: ArticleStyle,
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """Indent and rule formats (in place, and returned) for the block quotes that hold block: one step and
    one rule per quote (a list item in a quote too), its text muted; a quote or code in a list
    item indented as the item's text."""
    block_format, char_format = formats
    base = 0.0
    if block.level > 0 and block.kind in (BlockKind.QUOTE, BlockKind.CODE):
        base = cursor.document().indentWidth() * block.level
    if block.quote <= 0:
        block_format.setLeftMargin(block_format.leftMargin() + base)
        return formats
    block_format.setLeftMargin(base + style.em * QUOTE_STEP_EMS * block.quote)
    block_format.setProperty(QUOTE_BASE, base)
    block_format.setRightMargin(style.em)
    block_format.setTextIndent(0)
    block_format.setProperty(QUOTE_RULE, QColor(style.theme.border))
    block_format.setProperty(QUOTE_DEPTH, block.quote)
    char_format.setForeground(solid(style.theme.muted))
    return formats


def insert_rule(cursor: QTextCursor, style: ArticleStyle, first: bool) -> bool:
    """An empty block drawn as a horizontal rule across the column (not part of the text);
    False: the next block is not the document's first."""
    rule = QTextBlockFormat()
    rule.setTopMargin(style.em * RULE_SPACE_EMS)
    rule.setBottomMargin(style.em * (RULE_SPACE_EMS + 0.3))
    rule.setProperty(
        QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
        QTextLength(QTextLength.Type.PercentageLength, 100),
    )
    if first:
        cursor.setBlockFormat(rule)
    else:
        cursor.insertBlock(rule, QTextCharFormat())
    return False
