"""The list a list item goes in: the open one while items of its level and shape follow."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextList

from reader.document import Block, BlockKind
from reader.ui.article.list_markers import NUMBER_SUFFIX, marker_format

_TASK_BOXES = ("☐ ", "☑ ")  # a task list's item (html_blocks)


class ListTracker:
    """Puts each list item's QTextBlock in a QTextList, a new one where the level or shape
    changes or something else came between."""

    def __init__(self) -> None:
        self._list: QTextList | None = None
        self._level = -1
        self._shape = ""  # of the open list: "bullet", "numbered" or "task"

    def close(self) -> None:
        """Something that is no list item came: the next item starts a list."""
        self._list, self._level = None, -1

    def track(self, cursor: QTextCursor, block: Block, kind: BlockKind, text: str) -> None:
        """The block at cursor (of kind, its text in text) into its list, if it is an item."""
        if kind is not BlockKind.LIST_ITEM:
            self.close()
            return
        task = text.startswith(_TASK_BOXES, block.start, block.end)
        shape = "task" if task else "numbered" if block.number is not None else "bullet"
        if shape == "bullet":  # a number's gap is its suffix: stretched, its digits would widen too
            cursor.setBlockCharFormat(marker_format(cursor.document().defaultFont()))
        if self._list is not None and block.level == self._level and shape == self._shape:
            self._list.add(cursor.block())
            return
        from PySide6.QtGui import QTextListFormat  # the first list: ≈2.5 ms, PySide6 makes it then

        list_format = QTextListFormat()
        if task:  # its box is its marker, as on GitHub
            list_format.setStyle(QTextListFormat.Style.ListStyleUndefined)
        elif block.number is not None:  # an ordered list, numbered from its first item's number
            list_format.setStyle(QTextListFormat.Style.ListDecimal)
            list_format.setStart(block.number)
            list_format.setNumberSuffix(NUMBER_SUFFIX)
        else:
            list_format.setStyle(
                QTextListFormat.Style.ListDisc
                if block.level % 2 == 0
                else QTextListFormat.Style.ListCircle
            )
        list_format.setIndent(block.level + 1)
        self._list = cursor.createList(list_format)
        self._level, self._shape = block.level, shape
