"""Nested lists the CommonMark way: a sub-list indented by two spaces (or three, under "1. ")
nests, as on GitHub. Python-Markdown nests only at four; this preprocessor re-indents list
lines to its four-space steps before the block parser reads them."""

from __future__ import annotations

import re

from markdown.preprocessors import Preprocessor

_ITEM = re.compile(r"( *)([-*+]|\d{1,9}[.)])( +|$)")
_RULE = re.compile(r" {0,3}([-*_])(?: *\1){2,} *$")  # "- - -" is a rule, not an item
STEP = 4  # Python-Markdown's tab_length: one level of nesting


class CommonMarkLists(Preprocessor):  # type: ignore[misc]  # untyped library
    """Re-indents list items and their continuation lines to four spaces a level."""

    def run(self, lines: list[str]) -> list[str]:
        return nest_lists(lines)


def nest_lists(lines: list[str]) -> list[str]:
    """lines with each list item at STEP × its CommonMark depth, its other lines kept in it."""
    open_items: list[int] = []  # content column of each open item, outermost first
    out: list[str] = []
    after_blank = False
    for line in lines:
        if not line.strip():
            out.append(line)
            after_blank = True
            continue
        indent = len(line) - len(line.lstrip(" "))
        item = None if _RULE.match(line) else _ITEM.match(line)
        if item is not None and (open_items or indent < STEP):
            while open_items and indent < open_items[-1]:
                open_items.pop()
            spaces = len(item.group(3))
            width = len(item.group(2)) + (spaces if 0 < spaces <= STEP else 1)
            out.append(" " * (STEP * len(open_items)) + line[indent:])
            open_items.append(indent + width)
        elif open_items and indent >= open_items[-1]:  # more of the innermost item
            extra = indent - open_items[-1]
            out.append(" " * (STEP * len(open_items) + extra) + line[indent:])
        elif open_items and not after_blank:  # a lazy line: Python-Markdown reads it as it is
            out.append(line)
        else:
            while open_items and indent < open_items[-1]:
                open_items.pop()
            if open_items:  # a paragraph of an outer item, after a blank line
                extra = indent - open_items[-1]
                out.append(" " * (STEP * len(open_items) + extra) + line[indent:])
            else:
                out.append(line)
        after_blank = False
    return out


def register(converter: object) -> None:
    """Add the preprocessor to a Python-Markdown converter, after fenced code is set aside."""
    from markdown import Markdown

    assert isinstance(converter, Markdown)
    converter.preprocessors.register(CommonMarkLists(converter), "commonmark_lists", 19)
