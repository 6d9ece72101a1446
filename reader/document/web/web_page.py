"""A saved page's bytes → its HTML as text (an MHTML's HTML part, the declared charset checked
against the bytes), and that HTML laid out as a browser shows it: a line per block."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from reader.document import rx
from reader.document.encoding import decode, decode_as
from reader.document.model import (
    CELL_OWN,
    CELL_SPANNED_ABOVE,
    CELL_SPANNED_LEFT,
    TABLE_CELL_RULE,
    DocumentError,
)
from reader.document.normalize import text_lines
from reader.document.web.web_hidden import UNSHOWN, hidden, shown_text
from reader.document.web.web_inline import Code, Inline, spaced_and_codes
from reader.document.web.web_lists import LIST_TAGS, ListItems
from reader.document.web.web_names import is_logo
from reader.document.web.web_sniff import is_mhtml, mhtml_html, valid_utf8
from reader.document.web.web_table import (
    COLUMNS_SHOWN,
    Grids,
    cell_text,
    column_span,
    data_row,
)

T = TypeVar("T")

TABLE_RULE = TABLE_CELL_RULE.strip()
SPARE_CELLS = 4  # the empty cells a row is given under spanning ones, at most: a hostile row's
# colspan=1000 rowspan=65534 in every cell adds no more

_SNIFF = 2048
_CHARSET = re.compile(rb"""<meta\b[^<>]{0,4096}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def page_text(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The page's HTML as text, and its encoding: an MHTML's HTML part, then the charset the
    page declares (BOM, <meta>), checked; else as a text file's is detected. A tag longer
    than 64 KiB loses its attributes (see _tamed)."""
    html, encoding = _decoded(data, name)
    if encoding == "gb18030":  # GBK's A3 A0, an indent's space to a browser (WHATWG's gb18030
        html = html.replace("\ue5e5", "\u3000")  # index), is a private-use character to Python
    return _tamed(html), encoding


def _tamed(html: str) -> str:
    """libxml2 checks each attribute of a tag against all the others: a tag with 100 000 of
    them takes minutes to parse. No page needs a tag that long (an inline data: image is one,
    and images are never shown), so its attributes go."""
    if len(html) < _LONG_TAG:
        return html
    return _long_tag().sub(r"<\1>", html)


_LONG_TAG = 65536


@cache
def _long_tag() -> re.Pattern[str]:
    return rx.compile(r"<([a-zA-Z][\w:-]*)[^<>]{" + str(_LONG_TAG) + ",}>")


def _decoded(data: bytes, name: str) -> tuple[str, str]:
    if is_mhtml(data):
        data, declared = mhtml_html(data, name)
    else:
        match = _CHARSET.search(data[:_SNIFF * 4])
        declared = match.group(1).decode("ascii", "replace") if match else None
    if declared and valid_utf8(data):
        declared = "utf-8"  # a legacy charset named, UTF-8 bytes: re-saved pages keep the tag
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                         codecs.BOM_UTF16_BE)):  # fmt: skip
        name = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(
            declared.lower(), declared)
        try:
            text, used = decode_as(data, name)
        except DocumentError:
            pass  # an unknown name: detect
        else:
            if text.count("\ufffd") <= max(3, len(text) // 500):
                return text, used
    return decode(data)


_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})  # fmt: skip
_PREFORMATTED = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})
_HEADS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MARKED = frozenset({*_HEADS, "strong", "b"})


@dataclass(frozen=True, slots=True)
class Layout:
    """A page's text as a browser shows it, a line per block (what the chrome is made of); the
    lines set as headings, with their level (h1 → 1 … h6 → 6); how many elements it has.

    The page's tree, for web_container: its elements numbered in document order, each one's
    parent (-1 for the root) and the number past its last descendant (so an element's
    descendants are the numbers in [its own, its end)); the element each line's first words
    stand in; and how much of each line's text stands in links (<a>), 0 to 1."""

    lines: list[str] = field(default_factory=list)
    heads: dict[str, int] = field(default_factory=dict)
    elements: int = 0
    parents: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)
    linked: list[float] = field(default_factory=list)
    rows: dict[int, bool] = field(default_factory=dict)  # a data table's rows: line → header
    spans: dict[int, tuple[int, ...]] = field(default_factory=dict)  # … and of a row with empty
    # cells under spanning ones, each cell's place (model.CELL_OWN, …)
    logos: frozenset[str] = frozenset()  # the <h1>s that hold a logo or link to the site's home
    inline: dict[int, Inline] = field(default_factory=dict)  # a short line's pieces and its
    # inline elements' edges (web_inline.spaced: 发布于 <time>…</time><span>作者 某某</span>)
    codes: dict[int, Code] = field(default_factory=dict)  # a <pre> of code: its first line → its lines, its text
    bolds: frozenset[str] = frozenset()  # the text of each <strong>/<b> (a bold lead-in's)
    items: dict[int, int | None] = field(default_factory=dict)  # a list item's first line → its number


def page_lines(html: str) -> Layout:
    """The page laid out a line per block."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(
            html.encode("utf-8", "replace"),
            parser=lxml_html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True),
        )
    except (etree.ParserError, ValueError):
        return Layout()
    tree = _Tree(hide=True)
    tree.walk(etree.iterwalk(root, events=("start", "end")))
    layout = tree.layout()
    if tree.hidden > sum(map(len, layout.lines)):  # most of it hidden: a script was to show it
        tree = _Tree(hide=False)
        tree.walk(etree.iterwalk(root, events=("start", "end")))
        layout = tree.layout()
    return layout


class _Tree:
    """The walk of page_lines: the text cut where blocks begin and end, the tree numbered."""

    def __init__(self, hide: bool) -> None:
        self.hide = hide  # what the markup hides left out (web_hidden.hidden)
        self.hidden = 0  # the characters of text it hides
        self.heads: dict[str, int] = {}
        self.bolds: set[str] = set()
        self.lists = ListItems()
        self.logos: set[str] = set()
        self.parents: list[int] = []
        self.ends: list[int] = []
        self._open: list[int] = []  # the elements the walk is in, outermost first
        self._chunks: list[tuple[int, list[str]]] = [(-1, [])]  # text between block edges
        self._linked: dict[int, int] = {}  # of a chunk with links, the characters in them
        self._links = 0  # the <a> elements the walk is in
        self._pre = 0  # … and the <pre> ones: only there does a line break in the source show
        self._row: Any = None  # the data row (web_table) the walk is in: its cells one line
        self._cells = 0  # … and the cells of it begun so far, and the columns
        self._column = 0
        self._held: frozenset[int] = frozenset()  # … and those cells above span down into
        self._spare = 0  # … and the empty cells it may still be given
        self._rows: dict[int, bool] = {}  # of a chunk that is a data row, whether a header
        self._spans: dict[int, list[int]] = {}  # … and its cells' places (Layout.spans)
        self._grids = Grids()
        self._gaps: dict[int, list[int]] = {}  # of a chunk, where inline elements begin and end
        self._pres: dict[int, int] = {}  # the chunks of <pre> text: which <pre> each is in
        self._pre_count = 0

    def walk(self, events: Iterable[tuple[str, Any]]) -> None:
        """The page's elements in document order, each begun and ended (lxml's iterwalk)."""
        parents, ends, opened = self.parents, self.ends, self._open
        skip = 0
        for event, element in events:
            tag = element.tag if isinstance(element.tag, str) else ""
            start = event == "start"
            if start:
                parents.append(opened[-1] if opened else -1)
                ends.append(0)
                opened.append(len(parents) - 1)
            else:
                ends[opened.pop()] = len(parents)
            unshown = tag in UNSHOWN or (self.hide and hidden(element))
            if unshown and start and not skip and tag not in UNSHOWN:
                self.hidden += sum(len(text.strip()) for text in element.itertext())
            if unshown or skip:
                skip += (1 if start else -1) if unshown else 0
                if not start and element.tail and not skip:
                    self.text(element.tail)
                continue
            if tag in LIST_TAGS:
                self.lists.event(tag, element, start, opened[-1] if start else -1)
            self._shown(tag, element, start)

    def _shown(self, tag: str, element: Any, start: bool) -> None:
        if self._row is not None and element is not self._row:
            if tag in _BLOCKS:
                self._in_row(tag, start, element)  # a cell's edges and blocks: not a line's
                tag = ""
        elif tag in _BLOCKS:
            while tag == "tr" and self._column in self._held and self._spare:
                self._empty_cell(CELL_SPANNED_ABOVE)  # at the row's end: a cell above spans down
            self._chunks.append((-1, []))  # a block begins or ends here: so does a line
            if tag == "tr":
                self._begin_row(element, start)
        self._inline_edge(tag)
        if tag == "a":
            self._links += 1 if start else -1
        elif tag in _PREFORMATTED:
            self._preformatted(start)
        if start:
            if element.text:
                self.text(element.text)
            return
        if tag in _MARKED:
            self._marked(tag, element)
        if element.tail:
            self.text(element.tail)

    def _preformatted(self, start: bool) -> None:
        self._pre += 1 if start else -1
        self._pre_count += start and self._pre == 1  # each outermost <pre> numbered

    def _inline_edge(self, tag: str) -> None:
        if tag and tag not in _BLOCKS:  # where an inline element begins or ends: a piece's edge
            self._gaps.setdefault(len(self._chunks) - 1, []).append(len(self._chunks[-1][1]))

    def _marked(self, tag: str, element: Any) -> None:
        """A heading's text and tag; a bold element's text (a line of it alone is a heading too)."""
        text = " ".join(text_lines(" ".join(shown_text(element, self.hide).split())))
        if tag not in _HEADS:
            self.bolds.add(text)
            return
        self.heads.setdefault(text, _HEADS[tag])
        if tag == "h1" and is_logo(element, text):
            self.logos.add(text)

    def _begin_row(self, element: Any, start: bool) -> None:
        header = data_row(element, self._grids) if start else None
        self._row, self._cells, self._column = (element, 0, 0) if header is not None else (None, 0, 0)
        self._held = frozenset()
        if header is not None:
            self._rows[len(self._chunks) - 1] = header
            self._spans[len(self._chunks) - 1] = []
            self._held = self._grids.held(element)
            self._spare = SPARE_CELLS

    def _in_row(self, tag: str, start: bool, element: Any) -> None:
        if tag not in ("td", "th"):
            self._chunks[-1][1].append(" ")
        elif start:
            while self._column in self._held and self._spare:  # a cell above spans down
                self._empty_cell(CELL_SPANNED_ABOVE)  # into this column: empty here
            self._next_cell(CELL_OWN)
        else:  # a cell spanning columns: empty ones after it, as wide
            span = column_span(element) if self._spare else 1
            for _ in range(min(span, COLUMNS_SHOWN - self._column, self._spare + 1) - 1):
                self._empty_cell(CELL_SPANNED_LEFT)
            self._column += 1
            self._chunks[-1][1].append(" ")

    def _empty_cell(self, place: int) -> None:
        self._next_cell(place)
        self._column += 1
        self._spare -= 1

    def _next_cell(self, place: int) -> None:
        self._spans[len(self._chunks) - 1].append(place)
        self._cells += 1
        if self._cells > 1:
            self._chunks[-1][1].append(f" {TABLE_RULE} ")

    def text(self, text: str) -> None:
        if self._row is not None:
            text = cell_text(text)
        if ("\n" in text or "\r" in text) and not self._pre and not text.isspace():
            text = _WRAPPED.sub(" ", text)  # a paragraph's source lines: one line in a browser
        owner, pieces = self._chunks[-1]
        if self._pre:
            self._pres[len(self._chunks) - 1] = self._pre_count
        if owner < 0 and text.strip():  # the element the line's first words stand in
            self._chunks[-1] = (self._open[-1] if self._open else 0, pieces)
        pieces.append(text)
        if self._links > 0:
            shown = text.strip(_BLANKS)
            if not shown.startswith(_URL_STARTS):  # a URL written out is the text's own
                chunk = len(self._chunks) - 1
                self._linked[chunk] = self._linked.get(chunk, 0) + len(shown)

    def layout(self) -> Layout:
        shown: list[tuple[int, str]] = []
        shares: list[float] = []  # of each piece shown, the share of its text in links
        for i, (owner, pieces) in enumerate(self._chunks):
            if owner >= 0:
                shown.append((owner, "".join(pieces)))
                chars = self._linked.get(i, 0)
                shares.append(min(1.0, chars / max(1, len(shown[-1][1].strip(_BLANKS))))
                              if chars else 0.0)  # fmt: skip
        lines = text_lines("\n".join(text for _owner, text in shown))  # one pass: the cost is per call
        # a piece of text without a line break is one line at most: counted so, unless that
        # over-counts (it was all zero-width spaces), when each piece is laid out alone
        counts = [1 if _NO_BREAK.fullmatch(text) else len(text_lines(text)) for _o, text in shown]
        if sum(counts) != len(lines):
            counts = [len(text_lines(text)) for _owner, text in shown]
        blocks = [owner for (owner, _text), n in zip(shown, counts, strict=True) for _ in range(n)]
        chunks = [i for i, (owner, _p) in enumerate(self._chunks) if owner >= 0]
        rows = _row_lines(self._rows, chunks, counts)
        spans = _row_lines({chunk: tuple(places) for chunk, places in self._spans.items()
                            if any(places)}, chunks, counts)  # fmt: skip
        linked = [share for share, n in zip(shares, counts, strict=True) for _ in range(n)]
        inline, codes = spaced_and_codes(self._chunks, self._gaps, self._pres, counts, lines)
        return Layout(lines, self.heads, len(self.parents), self.parents, self.ends, blocks,
                      linked, rows, spans, frozenset(self.logos), inline, codes,
                      frozenset(self.bolds), self.lists.lines(blocks, self.parents))  # fmt: skip


def _row_lines(rows: dict[int, T], chunks: list[int], counts: list[int]) -> dict[int, T]:
    """The lines of the chunks that are data rows (chunks: the shown chunks' numbers; counts:
    how many lines each makes), and what rows says of each."""
    out: dict[int, T] = {}
    line = 0
    for chunk, count in zip(chunks, counts, strict=True):
        if chunk in rows and count == 1:
            out[line] = rows[chunk]
        line += count
    return out


_BLANKS = " \t\n\r\f\v\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff"
_URL_STARTS = ("http://", "https://", "www.")
_NO_BREAK = rx.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*")
# a line break in a text's source, between visible characters, not after a sentence's end: a
# wrapped line. One after a full stop may be a paragraph's end that the page's style shows
# (white-space: pre-line; it is not read), and one before or after the text (between elements,
# which its style may set as blocks) stays too
_WRAPPED = rx.compile(r"(?<=[^\s。！？…”」.!?])[ \t]*[\n\r]\s*(?=\S)")
