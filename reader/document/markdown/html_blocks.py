"""Flatten rendered Markdown HTML into blocks: plain text for the model, sanitized inline HTML to show.

The whole page is sanitized once (nh3), then parsed by libxml2 (lxml) and walked: a 2 MB
Markdown file renders to ~2.5 MB of HTML, which the standard library's html.parser reads ten
times slower, and sanitizing block by block cost three times as much as once.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

import nh3

from reader.document import rx
from reader.document.model import TABLE_CELL_RULE, BlockKind

_INLINE_TAGS = {"a", "strong", "em", "b", "i", "code", "del", "s", "sub", "sup", "br", "kbd",
                "mark", "abbr", "span"}
_BLOCK_KIND = {
    "p": BlockKind.PARAGRAPH, "li": BlockKind.LIST_ITEM, "pre": BlockKind.CODE,
    "h1": BlockKind.HEADING, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
    "dt": BlockKind.PARAGRAPH, "dd": BlockKind.PARAGRAPH, "tr": BlockKind.TABLE_ROW,
}
_STRUCTURE_TAGS = {"ul", "ol", "blockquote", "td", "th"}
_DROPPED_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "svg", "math", "head",
                         "title", "textarea", "noscript"}
_LINK_ATTRIBUTES = ("href", "title", "rel")
_SPACE = rx.compile(r"\s+")
CELL = "\x1f"  # where a table cell begins, in a row's parts until finish()
CELL_RULE = TABLE_CELL_RULE
_TASK = rx.compile(r"\[([ xX])\] ")


@dataclass
class HtmlBlock:
    tag: str
    kind: BlockKind
    depth: int = 0  # list nesting
    anchor: str | None = None
    text_parts: list[str] = field(default_factory=list)
    html_parts: list[str] = field(default_factory=list)
    open_inline: list[str] = field(default_factory=list)  # inline tags begun in this block
    text: str = ""  # set when the block is complete
    html: str = ""
    header: bool = False  # a table row of <th> cells
    image_chars: int = 0  # of text_parts, image placeholders
    number: int | None = None  # an item of an ordered list: its number
    quote: int = 0  # how many <blockquote>s hold it
    rule_before: bool = False  # an <hr> stands above it

    def finish(self) -> None:
        raw = "".join(self.text_parts)
        if self.tag == "tr":
            self._finish_row(raw)
            return
        self.text = raw.strip("\n") if self.kind is BlockKind.CODE else _SPACE.sub(" ", raw).strip()
        if self.tag == "li" and _TASK.match(self.text):  # a task list's [x] / [ ]: a box
            box = "☐ " if self.text[1] == " " else "☑ "
            self.text = box + self.text[4:]
            self.html_parts = [_TASK.sub(lambda m: "☐ " if m[1] == " " else "☑ ",
                                         "".join(self.html_parts).lstrip(), count=1)]
        # An inline element that outlives its block (raw HTML may wrap a paragraph in <a>) is
        # closed here: each block's HTML stands alone.
        closing = "".join(f"</{tag}>" for tag in reversed(self.open_inline))
        self.html = "".join(self.html_parts) + closing

    @property
    def image_only(self) -> bool:
        """Nothing but image placeholders: nothing to read."""
        return len(self.text.replace(" ", "")) <= self.image_chars

    def _finish_row(self, raw: str) -> None:
        """A table row: its cells with a rule between them (the renderer draws them as a table:
        a cell never holds the rule itself); a header row has depth 1."""
        cells = [_cell(cell) for cell in raw.split(CELL)[1:]]
        marked = [_cell(cell) for cell in "".join(self.html_parts).split(CELL)[1:]]
        closing = "".join(f"</{tag}>" for tag in reversed(self.open_inline))
        self.text = CELL_RULE.join(cells) if any(cells) else ""
        self.html = CELL_RULE.join(marked) + closing
        self.depth = 1 if self.header else 0


def _cell(text: str) -> str:
    return _SPACE.sub(" ", text).strip().replace(CELL_RULE.strip(), "|")


def sanitize(rendered: str) -> str:
    """Only structure, inline formatting, http(s) links and images' addresses survive (an image
    is shown as a placeholder, never loaded): no scripts, handlers, styles or file: URLs; what
    scripts, styles and embedded documents held is dropped."""
    return nh3.clean(
        rendered,
        tags=_INLINE_TAGS | _STRUCTURE_TAGS | set(_BLOCK_KIND) | {"img", "hr"},
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes={"a": set(_LINK_ATTRIBUTES) - {"rel"}, "abbr": {"title"}, "ol": {"start"},
                    "img": {"src", "alt", "title"}, "td": {"align"}, "th": {"align"},
                    **{f"h{n}": {"id"} for n in range(1, 7)}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
    )


class _Flattener:
    """Blocks from a stream of start tags, text and end tags of sanitized HTML, in order."""

    def __init__(self) -> None:
        self.blocks: list[HtmlBlock] = []
        self._open: list[HtmlBlock] = []  # blocks being filled (a li may wait under its sub-list)
        self._depth = -1
        self._quote = 0
        self._items = 0  # open <li> elements: a <p> inside one is still a list item
        self._numbers: list[int | None] = []  # per open list: an ordered one's next number
        self._carried: int | None = None  # an item's number, for the <p> that holds its text
        self._rule = False  # an <hr> waits for the next block

    def handle_starttag(self, tag: str, attrs: Iterable[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self._flush_current()
            self._depth += 1
            self._numbers.append(_start(attrs) if tag == "ol" else None)
        elif tag == "blockquote":
            self._quote += 1
        elif tag in _BLOCK_KIND:
            self._open_block(tag, attrs)
        elif tag == "hr":
            self._flush_current()
            self._rule = True
        elif tag in ("td", "th") and self._open:  # finish() joins the cells with a visible rule
            self._add_text(CELL, CELL + _aligned(attrs))
            if tag == "th":
                self._open[-1].header = True
        elif tag == "img":
            self._image(dict(attrs))
        elif tag == "br":
            self._add_text(" ", "<br>")
        elif tag in _INLINE_TAGS and self._open:
            block = self._open[-1]
            block.html_parts.append(self._start_tag(tag, attrs))
            block.open_inline.append(tag)

    def _open_block(self, tag: str, attrs: Iterable[tuple[str, str | None]]) -> None:
        self._flush_current()
        kind = _BLOCK_KIND[tag]
        if tag == "p" and self._quote:
            kind = BlockKind.QUOTE
        elif tag == "p" and self._items:
            kind = BlockKind.LIST_ITEM
        self._items += tag == "li"
        anchor = next((v for k, v in attrs if k == "id"), None)
        self._open.append(block := self._new_block(tag, kind, anchor))
        if kind in (BlockKind.QUOTE, BlockKind.CODE) and self._items:
            block.depth += 1  # a quote or code inside a list item: indented as the item's text
        if tag == "li" and self._numbers and self._numbers[-1] is not None:
            block.number = self._numbers[-1]
            self._numbers[-1] += 1
        elif kind is BlockKind.LIST_ITEM:
            block.number, self._carried = self._carried, None

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self._flush_current()
            self._depth -= 1
            if self._numbers:
                self._numbers.pop()
        elif tag == "blockquote":
            self._quote = max(self._quote - 1, 0)
        elif tag in _BLOCK_KIND:
            self._flush_current()
            self._items -= tag == "li" and self._items > 0
        elif tag in _INLINE_TAGS and tag != "br" and self._open:
            block = self._open[-1]
            if tag in block.open_inline:  # begun in an earlier block: closed there already
                while block.open_inline.pop() != tag:
                    pass
                block.html_parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._open:
            if not data.strip():
                return
            self._open.append(self._new_block("p", BlockKind.QUOTE if self._quote else
                                              BlockKind.PARAGRAPH))
        self._add_text(data, html.escape(data, quote=False))

    def close(self) -> None:
        self._flush_current()

    def _new_block(self, tag: str, kind: BlockKind, anchor: str | None = None) -> HtmlBlock:
        """A block at the lists' and quotes' depth, under the <hr> before it if one waits."""
        block = HtmlBlock(tag, kind, max(self._depth, 0), anchor, quote=self._quote)
        block.rule_before, self._rule = self._rule, False
        return block

    def _image(self, attrs: dict[str, str | None]) -> None:
        """A placeholder for an image, never loaded: its alt text, a link to it if on the web."""
        label, src = image_label(attrs.get("alt") or attrs.get("title") or "", attrs.get("src") or "")
        if not self._open:
            self._open.append(self._new_block("p", BlockKind.QUOTE if self._quote else
                                              BlockKind.PARAGRAPH))
        self._open[-1].image_chars += len(label.replace(" ", ""))
        shown = html.escape(label, quote=False)
        in_link = "a" in self._open[-1].open_inline
        if src.startswith(("http://", "https://")) and not in_link:
            shown = f'<a href="{html.escape(src)}" title="{html.escape(src)}">{shown}</a>'
        self._add_text(label, shown)

    def _add_text(self, text: str, markup: str) -> None:
        if self._open:
            self._open[-1].text_parts.append(text)
            self._open[-1].html_parts.append(markup)

    def _flush_current(self) -> None:
        while self._open:
            block = self._open.pop()
            block.finish()
            if block.text:
                self.blocks.append(block)
                continue
            self._rule = self._rule or block.rule_before  # <hr><ol><li><p>: the rule is the p's
            if block.number is not None:  # <li><p>…: the paragraph is the numbered item
                self._carried = block.number

    @staticmethod
    def _start_tag(tag: str, attrs: Iterable[tuple[str, str | None]]) -> str:
        rendered = "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs
                           if k in _LINK_ATTRIBUTES)
        return f"<{tag}{rendered}>"


def _aligned(attrs: Iterable[tuple[str, str | None]]) -> str:
    """A table cell's alignment (---: or :---:) as the opening of its HTML, else nothing."""
    align = next((v for k, v in attrs if k == "align"), None)
    return f'<p align="{align}">' if align in ("center", "right") else ""


def _start(attrs: Iterable[tuple[str, str | None]]) -> int:
    """An ordered list's first number (<ol start="3">), else 1."""
    start = next((v for k, v in attrs if k == "start"), None) or "1"
    return int(start) if start.isdigit() and len(start) < 10 else 1


def image_label(alt: str, src: str) -> tuple[str, str]:
    """(what stands for an image in the text, its address): [图片：架构图] for Chinese alt
    text, else [Image: diagram]; a local image's file name added, since it can't be opened."""
    alt = _SPACE.sub(" ", alt).strip()
    chinese = any("\u4e00" <= ch <= "\u9fff" for ch in alt)
    word, colon = ("图片", "：") if chinese else ("Image", ": ")
    label = f"{word}{colon}{alt}" if alt else word
    src = src.strip()
    if src and not src.startswith(("http://", "https://")):
        label += f" — {src.rsplit('/', 1)[-1]}"
    return (f"［{label}］" if chinese else f"[{label}]"), src


def html_blocks(rendered: str) -> list[HtmlBlock]:
    """The blocks of an HTML fragment (Python-Markdown's output, raw HTML of the source included)."""
    from lxml import etree

    flattener = _Flattener()
    clean = sanitize(rendered)
    if not clean.strip():
        return []
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True)
    root = etree.fromstring(clean.encode("utf-8", "replace"), parser=parser)
    if root is None:
        return []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):  # nothing else remains after sanitizing, but be sure
            if event == "end" and element.tail:
                flattener.handle_data(element.tail)
            continue
        if event == "start":
            flattener.handle_starttag(tag, element.attrib.items())
            if element.text:
                flattener.handle_data(element.text)
        else:
            flattener.handle_endtag(tag)
            if element.tail:
                flattener.handle_data(element.tail)
    flattener.close()
    return flattener.blocks
