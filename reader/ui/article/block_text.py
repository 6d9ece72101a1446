"""What a block's text needs before it goes into the article: whether it may be justified,
its own list marker, where a long run may wrap; the metadata line; copies without the marks."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData

from reader.document import Block, Document

BREAK_MARK = "\u200b"  # a zero-width space: where a line may wrap, never part of the text
PIECE_JOIN = BREAK_MARK + "\u2029"  # where a long paragraph's pieces meet (long_blocks.py)


def justifiable(text: str) -> bool:
    """Whether justifying looks right: Qt stretches only ASCII spaces, so not with any."""
    return _WORD_SPACE.search(text) is None


_WORD_SPACE = re.compile(r"\S \S")


def metadata_line(doc: Document) -> str:
    """site · breadcrumb · dateline · byline, the site left out when the breadcrumb starts with
    it or the dateline names it (来源：省统计局)."""
    parts: list[str] = []
    crumbs, dateline, site = doc.breadcrumb, doc.dateline, (doc.site or "").strip()
    if site and not (crumbs and crumbs[0].strip() == site) and site not in (dateline or ""):
        parts.append(site)
    if crumbs:
        parts.append(" › ".join(crumbs))
    if dateline:
        parts.append(dateline)
    if doc.byline and doc.byline not in (dateline or ""):  # the dateline may name the reporter
        parts.append(doc.byline)
    return "  ·  ".join(parts)


_MARKERS = ("─", "—", "-", "–", "·", "•", "●", "○", "▪", "◆", "■", "*")


def has_own_marker(text: str, block: Block) -> bool:
    return text.startswith(_MARKERS, block.start, block.end)


def without_break_marks(mime: QMimeData) -> QMimeData:
    """A selection as copied or dragged, without the zero-width spaces insert_breakable put in."""
    text = mime.text()
    if BREAK_MARK not in text:
        return mime
    plain = QMimeData()
    # A long paragraph's pieces (long_blocks.py) end in the mark: their break is no paragraph's.
    plain.setText(text.replace(BREAK_MARK + "\n", "").replace(BREAK_MARK, ""))
    if mime.hasHtml():  # the pieces of one paragraph in one <p>: a rich paste keeps it whole
        plain.setHtml(_PIECE_BREAK.sub(r"\1", mime.html()).replace(BREAK_MARK, ""))
    return plain


# A piece's end in a copy's HTML: its mark, the spans it closes, then the next piece's <p>.
_PIECE_BREAK = re.compile(BREAK_MARK + r"((?:</span>)*)</p>\s*<p(?:\s[^>]*)?>")


def joined_pieces(raw: str) -> str:
    """QTextDocument's raw text with a long paragraph's pieces joined (find, copy): the break
    between two a second zero-width space, one character a position as before."""
    return raw.replace(PIECE_JOIN, BREAK_MARK * 2)


def unbreakable(piece: str) -> bool:
    """ASCII without a space, a slash or a hyphen: nowhere for a line to wrap (Chinese text
    may wrap between any two characters)."""
    return piece.isascii() and not any(mark in piece for mark in " \t/-")
