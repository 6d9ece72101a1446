"""Nested lists the CommonMark way, as on GitHub: a sub-list indented by two spaces nests
(under "1. " too, where CommonMark asks for three), and a quote or a fenced code block inside
an item stays inside it; a list inside a quote nests the same way. Python-Markdown nests only
at four spaces, reads quotes' insides without its preprocessors and fenced code only at the
margin: this preprocessor re-indents list lines to its four-space steps, turns a fence inside
an item into an indented code block and reads a quote's lines as a document of their own."""

from __future__ import annotations

from dataclasses import dataclass

from markdown.preprocessors import Preprocessor

from reader.document import rx

_ITEM = rx.compile(r"( *)([-*+]|\d{1,9}[.)])( +|$)")
_RULE = rx.compile(r" {0,3}([-*_])(?: *\1){2,} *$")  # "- - -" is a rule, not an item
_FENCE = rx.compile(r"(`{3,}|~{3,})")
# (?!(?<= ) ): a match never starts inside a run of spaces, so a long run is read once, not once per space.
_QUOTE_MARK = rx.compile(r"(?!(?<= ) ) *> ?")
_INTERRUPTS = (">", "#", "```", "~~~")  # begin a block even without a blank line before
STEP = 4  # Python-Markdown's tab_length: one level of nesting


class CommonMarkLists(Preprocessor):  # type: ignore[misc]  # untyped library
    """Re-indents list items and their continuation lines to four spaces a level."""

    def run(self, lines: list[str]) -> list[str]:
        return nest_lists(lines)


@dataclass(frozen=True, slots=True)
class _Item:
    child: int  # the least indent of a line inside it: its content's column, or marker + 2
    content: int  # its content's column
    marker: str  # "-", "*", "+", "." or ")": another one beside it begins another list


def nest_lists(lines: list[str]) -> list[str]:
    """lines with each list item at STEP × its depth, its other lines (quotes and code
    included) kept in it; the lines of a quote read the same way."""
    items: list[_Item] = []  # open items, outermost first
    out: list[str] = []
    after_blank, i = False, 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            out.append(line)
            after_blank = True
            continue
        indent = len(line) - len(line.lstrip(" "))
        rest = line[indent:]
        item = None if _RULE.match(line) else _ITEM.match(line)
        if item is not None and (items or indent < STEP):
            sibling = None
            while items and indent < items[-1].child:
                sibling = items.pop()
            marker = item.group(2)[-1]
            if sibling is not None and sibling.marker != marker and out[-1].strip():
                out.append("")  # "- " after "1. ": a list of its own, not a lazy line
            out.append(" " * (STEP * len(items)) + rest)
            spaces = len(item.group(3))
            content = indent + len(item.group(2)) + (spaces if 0 < spaces <= STEP else 1)
            items.append(_Item(min(content, indent + 2), content, marker))
        elif items and indent < items[-1].child and not after_blank and not rest.startswith(_INTERRUPTS):
            out.append(line)  # a lazy line: Python-Markdown reads it as it is
        else:
            had_items = bool(items)
            while items and indent < items[-1].child:
                items.pop()
            if had_items and not items and out and out[-1].strip():
                out.append("")  # a quote, heading or fence at the margin ends the list
            at = STEP * len(items) + max(0, indent - items[-1].content) if items else indent
            i = _block(lines, i - 1, at, bool(items), out)
        after_blank = False
    return out


def _block(lines: list[str], i: int, at: int, in_item: bool, out: list[str]) -> int:
    """Emit the block starting at lines[i] at indent at: a quote (its lines read as a
    document), a fence inside an item (as indented code) or one line; the next line's index."""
    indent = len(lines[i]) - len(lines[i].lstrip(" "))
    rest = lines[i][indent:]
    if rest.startswith(">"):
        end = i
        while end < len(lines) and lines[end].lstrip(" ").startswith(">"):
            end += 1
        inner = [_QUOTE_MARK.sub("", line, count=1) for line in lines[i:end]]
        if in_item and out[-1].strip():
            out.append("")  # Python-Markdown sees a quote in an item only as a block apart
        out.extend((" " * at + "> " + line).rstrip() for line in nest_lists(inner))
        if in_item:
            out.append("")
        return end
    fence = _FENCE.match(rest)
    if fence is None or not in_item:
        out.append(" " * at + rest)
        return i + 1
    end = i + 1
    while end < len(lines) and not lines[end].strip().startswith(fence.group(1)):
        end += 1
    code = [line[min(indent, len(line) - len(line.lstrip(" "))) :] for line in lines[i + 1 : end]]
    if out and out[-1].strip():
        out.append("")
    out.extend(" " * (at + STEP) + line if line.strip() else "" for line in code)
    out.append("")
    return end + 1


def register(converter: object) -> None:
    """Add the preprocessor to a Python-Markdown converter, after fenced code is set aside."""
    from markdown import Markdown

    assert isinstance(converter, Markdown)
    converter.preprocessors.register(CommonMarkLists(converter), "commonmark_lists", 19)
