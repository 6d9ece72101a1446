"""A saved page's list items: each <li>'s first line, with its number in an <ol> (from the list's
`start`, 1 by default) or None for a bullet, so that the article shows the page's lists as lists
(自带电池，…; / 功耗不高，…; under 有几个明显的优势：) and not as paragraphs.

The walk (web_page._Tree) reports where lists and items begin and end; the lines are matched to
their items once the page is laid out, through each line's element and its ancestors."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reader.document import rx
from reader.document.model import BlockKind, Part

LIST_TAGS = frozenset({"ol", "ul", "li"})
_ITEM_DEPTH = 4  # elements between a line's own and its <li> (<li><p><a><strong>), at most
# A line that writes its own marker (1. 2. ① • —): as the author numbered it, a paragraph.
_OWN_MARKER = rx.compile(r"^(?:\d{1,3}\s*[.．、)）]|[（(]\d{1,3}[)）]|[①-⑳•·●○▪◆■\-–—─*])")


class ListItems:
    """The <li> elements of a page, by element number: their number in an <ol>, or None."""

    def __init__(self) -> None:
        self.items: dict[int, int | None] = {}
        self._lists: list[int | None] = []  # the open lists: an <ol>'s last number, None for a <ul>

    def event(self, tag: str, element: Any, start: bool, index: int) -> None:
        if tag in ("ol", "ul"):
            if not start:
                if self._lists:
                    self._lists.pop()
                return
            first = _start(element) if tag == "ol" else None
            self._lists.append(None if first is None else first - 1)
        elif tag == "li" and start:
            counted = self._lists[-1] if self._lists else None
            if counted is not None:
                counted += 1
                self._lists[-1] = counted
            self.items[index] = counted

    def lines(self, blocks: list[int], parents: list[int]) -> dict[int, int | None]:
        """The first line of each item, by line number (blocks: each line's element)."""
        out: dict[int, int | None] = {}
        seen: set[int] = set()
        for line, element in enumerate(blocks):
            item = self._item_of(element, parents)
            if item is not None and item not in seen:
                seen.add(item)
                out[line] = self.items[item]
        return out

    def _item_of(self, element: int, parents: list[int]) -> int | None:
        for _ in range(_ITEM_DEPTH):
            if element < 0:
                return None
            if element in self.items:
                return element
            element = parents[element] if element < len(parents) else -1
        return None


def _start(element: Any) -> int:
    value = str(element.get("start") or "").strip()
    return int(value) if value.isdigit() and len(value) <= 6 else 1


def list_items(parts: list[Part], items: dict[int, int | None]) -> list[Part]:
    """parts with the paragraphs that open a list item made list items (numbered in an <ol>),
    unless the line writes its own marker."""
    if not items:
        return parts
    return [replace(part, kind=BlockKind.LIST_ITEM, number=items[part.line])
            if part.kind is BlockKind.PARAGRAPH and part.line in items and not _OWN_MARKER.match(part.text)
            else part for part in parts]  # fmt: skip
