"""Flatten rendered Markdown HTML into blocks: plain text for the model, sanitized inline HTML to show."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

from reader.document.model import BlockKind

_INLINE_TAGS = {"a", "strong", "em", "b", "i", "code", "del", "s", "sub", "sup", "br", "kbd",
                "mark", "abbr", "span"}
_BLOCK_KIND = {
    "p": BlockKind.PARAGRAPH, "li": BlockKind.LIST_ITEM, "pre": BlockKind.CODE,
    "h1": BlockKind.HEADING, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
    "dt": BlockKind.PARAGRAPH, "dd": BlockKind.PARAGRAPH, "tr": BlockKind.PARAGRAPH,
}
_SKIP = {"script", "style", "template", "iframe", "object", "svg", "math", "head", "title"}
_SPACE = re.compile(r"\s+")


@dataclass
class HtmlBlock:
    tag: str
    kind: BlockKind
    depth: int = 0  # list nesting
    anchor: str | None = None
    text_parts: list[str] = field(default_factory=list)
    html_parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        raw = "".join(self.text_parts)
        return raw.strip("\n") if self.kind is BlockKind.CODE else _SPACE.sub(" ", raw).strip()

    @property
    def html(self) -> str:
        return sanitize_inline("".join(self.html_parts))


def sanitize_inline(fragment: str) -> str:
    """Only inline formatting and http(s) links survive: no scripts, handlers, images or file: URLs."""
    return nh3.clean(
        fragment,
        tags=_INLINE_TAGS,
        attributes={"a": {"href", "title"}, "abbr": {"title"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
    )


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[HtmlBlock] = []
        self._open: list[HtmlBlock] = []  # blocks being filled (a li may wait under its sub-list)
        self._depth = -1
        self._quote = 0
        self._items = 0  # open <li> elements: a <p> inside one is still a list item
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
            return
        if tag in ("ul", "ol"):
            self._flush_current()
            self._depth += 1
        elif tag == "blockquote":
            self._quote += 1
        elif tag in _BLOCK_KIND:
            self._flush_current()
            kind = _BLOCK_KIND[tag]
            if tag == "p" and self._quote:
                kind = BlockKind.QUOTE
            elif tag == "p" and self._items:
                kind = BlockKind.LIST_ITEM
            self._items += tag == "li"
            anchor = dict(attrs).get("id")
            self._open.append(HtmlBlock(tag, kind, max(self._depth, 0), anchor))
        elif tag in ("td", "th") and self._open and self._open[-1].text_parts:
            self._add_text("\t", "&emsp;")
        elif tag == "br":
            self._add_text(" ", "<br>")
        elif tag in _INLINE_TAGS and self._open:
            self._open[-1].html_parts.append(self._start_tag(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
        elif tag in ("ul", "ol"):
            self._flush_current()
            self._depth -= 1
        elif tag == "blockquote":
            self._quote = max(self._quote - 1, 0)
        elif tag in _BLOCK_KIND:
            self._flush_current()
            self._items -= tag == "li" and self._items > 0
        elif tag in _INLINE_TAGS and tag != "br" and self._open:
            self._open[-1].html_parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._open:
            if not data.strip():
                return
            self._open.append(HtmlBlock("p", BlockKind.QUOTE if self._quote else
                                        BlockKind.PARAGRAPH, max(self._depth, 0)))
        self._add_text(data, html.escape(data, quote=False))

    def close(self) -> None:
        super().close()
        self._flush_current()

    def _add_text(self, text: str, markup: str) -> None:
        if self._open:
            self._open[-1].text_parts.append(text)
            self._open[-1].html_parts.append(markup)

    def _flush_current(self) -> None:
        while self._open:
            block = self._open.pop()
            if block.text:
                self.blocks.append(block)

    @staticmethod
    def _start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
        rendered = "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs if k in ("href",
                                                                                        "title"))
        return f"<{tag}{rendered}>"


def html_blocks(rendered: str) -> list[HtmlBlock]:
    parser = _Flattener()
    parser.feed(rendered)
    parser.close()
    return parser.blocks
