"""A saved web page (HTML or MHTML) → Document: trafilatura finds where the article ends, our
text importer reads the page's text up to there; the page's other text is the chrome.

trafilatura (and lxml under it) is imported only here, and this module only when a page is
opened: a text file never pays for it. Nothing in the page is run or fetched.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from html import unescape as html_unescape
from pathlib import Path

from reader.document.builder import build_document
from reader.document.encoding import decode, decode_as
from reader.document.model import (
    Action,
    BlockKind,
    Correction,
    Document,
    DocumentError,
    Metadata,
    Part,
)
from reader.document.normalize import text_lines
from reader.document.web_sniff import is_mhtml

_SNIFF = 2048
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_TAIL_LINES = 6  # past the article's last line: its credit, its disclaimer


def import_html(data: bytes, path: str) -> Document:
    """The article of a saved page; DocumentError if the page has no text at all.

    The page is laid out as a browser shows it (a line per block); trafilatura says where the
    article ends; our text importer, on the lines up to there (and a few more, for the credit
    and the disclaimer), finds the title, headings, credit, date line and the body's start,
    as it does for a page saved as text. On the development set's 128 original pages this beat
    trafilatura's own structure on every figure but body recall (bench/html_score.py).
    """
    html, encoding = _page_text(data)
    lines, heads = _page_lines(html)
    if not lines:
        raise DocumentError(f"nothing readable in {Path(path).name or 'the page'}")
    end = _article_end(html, lines)
    from reader.document.text_importer import import_text

    shown = import_text("\n".join(lines[:end]), path, encoding)
    assert shown.origin is not None
    meta, parts = shown.origin.metadata, list(shown.origin.parts)
    # What the markup says and the text importer could only guess, as corrections, one pass.
    marks = [*_marked_headings(parts, heads),
             *_marked_title(meta, _title_candidates(html, heads), lines[:end])]  # fmt: skip
    if marks:
        from reader.document.corrections import apply_all

        meta, parts, _applied = apply_all(meta, parts, marks)
    below = [(end + i, line, "chrome") for i, line in enumerate(lines[end:])]  # the page's foot
    meta = replace(meta, kind="html", left_out=[*(meta.left_out or []), *below])
    return build_document(meta, parts)


def _marked_headings(parts: list[Part], heads: dict[str, int]) -> list[Correction]:
    """Body lines the page marks up as headings (h2–h6) made headings, h2 the first level."""
    ranks = {tag: i + 1 for i, tag in enumerate(sorted({*heads.values()} - {1}))}
    return [Correction(Action.HEADING, part.text, min(ranks[heads[part.text]], 3))
            for part in parts if part.kind is not BlockKind.HEADING
            and heads.get(part.text, 1) != 1]  # fmt: skip


def _title_candidates(html: str, heads: dict[str, int]) -> list[str]:
    """What the page's markup says its headline is, most telling first: its <h1>s, og:title,
    then the parts of <title> (a site's name is split off with _ | - –)."""
    out = [text for text, level in heads.items() if level == 1]
    head = html[:_SNIFF * 32]
    og = re.search(r"""<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']+)""", head,
                   re.IGNORECASE)  # fmt: skip
    title = re.search(r"<title[^>]*>([^<]+)</title>", head, re.IGNORECASE)
    if og:
        out.append(og.group(1))
    if title:
        whole = title.group(1)
        out += [whole, *(p for p in re.split(r"\s*[_|｜–—-]\s*", whole) if len(p) >= 6)]
    return [" ".join(text_lines(html_unescape(t))) for t in out if t.strip()]


def _marked_title(meta: Metadata, candidates: list[str], lines: list[str]) -> list[Correction]:
    """The headline the markup names, when the text importer chose another line: the first of
    the candidates that is one of the page's lines above the article's end."""
    if meta.title in candidates:
        return []
    chosen = next((candidate for candidate in candidates if candidate in lines), None)
    return [Correction(Action.TITLE, chosen)] if chosen is not None else []


def _article_end(html: str, lines: list[str]) -> int:
    """The line after the article's end as trafilatura reads the page (and a few for the credit
    and the disclaimer); all the lines when it finds no article in it."""
    from trafilatura import extract  # ≈0.5 s to import: only for a page

    found = extract(html, output_format="xml", include_formatting=True, include_tables=True,
                    include_comments=False, include_images=False, include_links=False,
                    with_metadata=False)  # fmt: skip
    where = {line: i for i, line in enumerate(lines)}
    ends = [where[text] for text in _article_lines(found) if text in where] if found else []
    return min(len(lines), max(ends) + 1 + _TAIL_LINES) if ends else len(lines)


def _article_lines(xml: str) -> list[str]:
    """The text of each paragraph, heading, list item and quote trafilatura kept, one line each
    (a paragraph's line breaks joined: its short pieces would match lines of the footer),
    normalized as the page's lines are."""
    from lxml import etree

    try:
        root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(huge_tree=True))
    except etree.XMLSyntaxError:
        return []
    out = []
    for element in root.iter("head", "p", "item", "quote"):
        line = " ".join(text_lines(" ".join("".join(element.itertext()).split())))
        if line:
            out.append(line)
    return out


def _page_text(data: bytes) -> tuple[str, str]:
    """The page's HTML as text, and its encoding: an MHTML's HTML part, then the charset the
    page declares (BOM, <meta>), checked; else as a text file's is detected."""
    if is_mhtml(data):
        data, declared = _mhtml_html(data)
    else:
        match = _CHARSET.search(data[:_SNIFF * 4])
        declared = match.group(1).decode("ascii", "replace") if match else None
    if declared and _valid_utf8(data):
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
_HEADS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe",
                      "object", "svg", "math", "select", "option"})  # fmt: skip


def _page_lines(html: str) -> tuple[list[str], dict[str, int]]:
    """The page's text as a browser shows it, a line per block (what the chrome is made of),
    and the lines set as headings, with their level (h1 → 1 … h6 → 6)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(
            html.encode("utf-8", "replace"),
            parser=lxml_html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True),
        )
    except (etree.ParserError, ValueError):
        return [], {}
    pieces: list[str] = []
    heads: dict[str, int] = {}
    skip = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _UNSHOWN:
            skip += 1 if event == "start" else -1
            if event == "end" and element.tail and not skip:
                pieces.append(element.tail)
            continue
        if skip:
            continue
        if tag in _BLOCKS:
            pieces.append("\n")
        if event == "start" and element.text:
            pieces.append(element.text)
        elif event == "end":
            if tag in _HEADS:
                text = " ".join(text_lines(" ".join("".join(element.itertext()).split())))
                heads.setdefault(text, _HEADS[tag])
            if element.tail:
                pieces.append(element.tail)
    return text_lines("".join(pieces)), heads


def _valid_utf8(data: bytes) -> bool:
    """Non-ASCII bytes that are all valid UTF-8: no GBK or Big5 page reads so by chance."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mhtml_html(data: bytes) -> tuple[bytes, str | None]:
    import email
    import email.policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset() if isinstance(part, EmailMessage) else None
                return payload, charset
    raise DocumentError("the MHTML file holds no web page")
