"""Where a saved page's article lies among its lines, as trafilatura reads the page.

trafilatura's main text is strong evidence of which lines are the article: each of its
paragraphs is split where the page broke the line (<br>), and a line of the page that is one of
those pieces and long enough not to be a menu word anchors the article there. The lines from
a little above the first anchor (the headline, the date line) to a little past the last (the
credit, the disclaimer) are what our text importer reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.document.normalize import text_lines

ANCHOR_CHARS = 10  # a shorter piece (相关内容, 发表评论) is as likely a menu's word as the text's
TAIL_LINES = 6  # past the article's last line: its credit, its disclaimer
HEAD_LINES = 12  # above its first line: the headline, a subtitle, the date and source lines


@dataclass(frozen=True, slots=True)
class Window:
    """The lines [start, end) the article lies in, the lines trafilatura kept long enough to
    anchor it (anchors), and every line it kept, short ones too (kept: a heading, a list's
    items, code)."""

    start: int
    end: int
    anchors: frozenset[int] = frozenset()
    kept: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura read in a page: its main text's lines and the headline it found."""

    pieces: frozenset[str] = frozenset()
    title: str | None = None


def extracted(xml: str | None) -> Extracted:
    """Each line of each paragraph, heading, list item, quote, cell and code block trafilatura
    kept (its XML output, with metadata), normalized as the page's lines are; its title."""
    from lxml import etree

    if not xml:
        return Extracted()
    try:
        root = etree.fromstring(xml.replace("<lb/>", "\n").encode("utf-8"),
                                etree.XMLParser(huge_tree=True))  # fmt: skip
    except etree.XMLSyntaxError:
        return Extracted()
    out: set[str] = set()
    for element in root.iter("head", "p", "item", "quote", "cell", "code"):
        out.update(_spaced(line) for line in text_lines("".join(element.itertext())))
    title = root.get("title")
    return Extracted(frozenset(out), " ".join(text_lines(title)) if title else None)


def first_anchor(lines: list[str], pieces: frozenset[str]) -> int | None:
    """The first of the page's lines trafilatura's main text anchors (see article_window)."""
    return next((i for i, line in enumerate(lines)
                 if len(line) >= ANCHOR_CHARS and _spaced(line) in pieces), None)  # fmt: skip


def article_window(lines: list[str], pieces: frozenset[str], headline: int | None,
                   sure: bool = False) -> Window:
    """The lines the article lies in: from the headline the markup names (when it stands
    above the first anchor, not far) or a few lines above that anchor, to a few lines past the
    last; all the lines when nothing anchors. When the anchors start after a headline the page
    names in two places (h1 and og:title or <title>), the article is that far from it or trafilatura
    read something else (a consent box): then it runs from the headline to the page's end."""
    anchors = [i for i, line in enumerate(lines) if len(line) >= ANCHOR_CHARS and _spaced(line) in pieces]
    if headline is not None and sure:
        anchors = [i for i in anchors if i > headline]
        if not anchors or anchors[0] > headline + 4 * HEAD_LINES:
            return Window(headline, len(lines))
    if not anchors:
        return Window(0, len(lines))
    first, last = anchors[0], anchors[-1]
    start = max(0, first - HEAD_LINES)
    if headline is not None and first - 4 * HEAD_LINES <= headline < start:
        start = headline
    kept = frozenset(i for i, line in enumerate(lines) if _spaced(line) in pieces)
    return Window(start, min(len(lines), last + 1 + TAIL_LINES), frozenset(anchors), kept)


_PROSE_ENDS = ("。", "！", "？", "”", "」", "…")  # a paragraph's last character, not a menu's


def _spaced(line: str) -> str:
    """The line with each run of spaces one space: trafilatura writes 第一条　为了 (an ideographic
    space) as 第一条 为了, the page's lines keep it."""
    return " ".join(line.split()) if " " in line or "\u3000" in line or "\t" in line else line


def overruled(lines: list[str], anchors: frozenset[int], body: set[int]) -> tuple[int, int] | None:
    """trafilatura's first and last paragraph, when the body our text importer chose (the
    lines in body) holds less than half of the prose trafilatura kept: it read another block
    of the page (a list of links, a comment thread) as the article. None when they agree."""
    prose = _run_on(sorted(i for i in anchors if lines[i].endswith(_PROSE_ENDS)), anchors,
                    body, lines)  # fmt: skip
    if len(prose) < 3:
        return None
    kept = sum(len(lines[i]) for i in prose)
    if 2 * sum(len(lines[i]) for i in prose if i in body) >= kept:
        return None
    return prose[0], prose[-1]


APART = 12  # lines trafilatura left out between two blocks it kept: the article ended between
SHORT_BODY = 8  # lines: a short article, which trafilatura's taste for length passes over


def _run_on(prose: list[int], anchors: frozenset[int], body: set[int], lines: list[str]) -> list[int]:
    """trafilatura's prose lines, but those past a stretch of APART lines it left out below
    the body our text importer chose, when that body is a short text of its own (a few lines,
    prose among them): past the stretch are the page's next stories or a blog's other posts,
    which trafilatura, fond of length, took for the article."""
    if not body or len(body) > SHORT_BODY or not any(lines[i].endswith(_PROSE_ENDS) for i in body):
        return prose
    last = max(body)
    kept = [i for i in prose if i <= last]
    for i in (i for i in prose if i > last):
        if sum(1 for j in range(last + 1, i) if j not in anchors) >= APART:
            break
        kept.append(i)
        last = i
    return kept
