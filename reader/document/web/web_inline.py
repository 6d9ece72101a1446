"""A saved page's lines as web_page lays them out, read again: a line of inline elements
with a space between each two (a date line's pieces: 发布于 <time>…</time><span>作者 某某</span>
run together where the page's style set them apart), and a <pre> of code as it stands."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.document import rx
from reader.document.model import BlockKind, Metadata, Part
from reader.document.normalize import text_lines
from reader.document.stats import is_cjk

META_LINE_CHARS = 200  # a longer line is no date line: never spaced
Inline = tuple[list[str], list[int]]  # a line's pieces of text, and where inline elements begin or end
Code = tuple[int, str]  # a <pre> of code: how many of the page's lines it makes, its text


def spaced_and_codes(chunks: list[tuple[int, list[str]]], gaps: dict[int, list[int]],
                     pres: dict[int, int], counts: list[int],
                     lines: list[str]) -> tuple[dict[int, Inline], dict[int, Code]]:  # fmt: skip
    """Layout.inline and Layout.codes of the shown chunks (counts: how many lines each makes;
    pres: of a chunk of <pre> text, which <pre> it stands in)."""
    spaced: dict[int, Inline] = {}
    firsts: dict[int, int] = {}  # a <pre> (its number): its first line, its end, its texts
    ends: dict[int, int] = {}
    texts: dict[int, list[str]] = {}
    line = 0
    for i, count in zip((i for i, (owner, _p) in enumerate(chunks) if owner >= 0), counts, strict=True):
        pieces = chunks[i][1]
        if i in pres:
            firsts.setdefault(pres[i], line)
            ends[pres[i]] = line + count
            texts.setdefault(pres[i], []).append("".join(pieces))
        elif count == 1 and i in gaps and len(lines[line]) <= META_LINE_CHARS:
            spaced[line] = (pieces, gaps[i])  # spaced when asked: most lines never are
        line += count
    codes = {first: (ends[pre] - first, text) for pre, first in firsts.items()
             if ends[pre] > first and is_code(text := raw_text(texts[pre]))}  # fmt: skip
    return spaced, codes


def raw_text(texts: list[str]) -> str:
    """A <pre>'s text as a browser shows it: its tabs as spaces, its lines' ends trimmed, its
    blank lines between kept (each of texts a line or more: a <br> or a block inside ends one)."""
    raw = [line.rstrip() for line in "\n".join(texts).expandtabs().replace("\u00a0", " ").splitlines()]
    while raw and not raw[-1]:
        raw.pop()
    return "\n".join(raw[next((k for k, text in enumerate(raw) if text), len(raw)) :])


def is_code(text: str) -> bool:
    """A <pre> of code, not of text set as typed (a forum's post): Chinese in at most
    CODE_CJK of its characters outside comments and string literals (注释、字符串 are Chinese
    in much code)."""
    bare = "".join(_COMMENT_OR_STRING.sub(" ", text).split())
    return sum(map(is_cjk, bare)) <= CODE_CJK * len(bare)


def spaced(inline: Inline) -> str:
    """A line's pieces joined, a space where an inline element begins or ends between two
    pieces that have none."""
    pieces, gaps = inline
    edges = set(gaps)
    out: list[str] = []
    for k, piece in enumerate(pieces):
        if k in edges and out and out[-1] and piece and not out[-1][-1].isspace() and not piece[0].isspace():
            out.append(" ")
        out.append(piece)
    return " ".join(text_lines("".join(out)))


def spaced_dateline(meta: Metadata, inline: dict[int, Inline]) -> Metadata:
    """meta with its date line's pieces apart, when the page set it in inline elements run
    together (2023年5月2日作者 某某 → 2023年5月2日 作者 某某) and the date reads the same."""
    from reader.document.bylines.dateline_fields import parse_dateline

    line = next((i for i, text, role in meta.left_out or []
                 if role == "dateline" and text == meta.dateline and i in inline), None)  # fmt: skip
    if meta.dateline is None or line is None:
        return meta
    apart = spaced(inline[line])  # the whole line's: the date line may be a part cut from it
    same = "".join(apart.split()) == "".join(meta.dateline.split()) and (
        parse_dateline(apart).published == parse_dateline(meta.dateline).published)
    return replace(meta, dateline=apart) if same else meta


CODE_CJK = 0.3  # a <pre> with more Chinese than this is text set as it was typed (a forum's
# post), not code
# a string literal or a comment, to its end or its line's: an unclosed one is read once, not
# once per quote
_COMMENT_OR_STRING = rx.compile(
    r"""/\*(?:[^*]|\*(?!/))*(?:\*/|\Z)|"(?:[^"\\\n]|\\.)*(?:"|$)|'(?:[^'\\\n]|\\.)*(?:'|$)"""
    r"|(?://|#|--)[^\n]*", re.MULTILINE)  # fmt: skip


def code_blocks(meta: Metadata, parts: list[Part], codes: dict[int, Code],
                window: range) -> tuple[Metadata, list[Part]]:  # fmt: skip
    """Each <pre> of code the article holds one code block of its text as it stands, whatever
    role the text importer gave its lines (a WHERE clause is no breadcrumb, a GROUP BY no
    chrome): a <pre> with a line in the article's body, its body's lines on both sides, or
    begun in the article's window next to its headline or its body (code begins a post or ends
    it, a <pre> longer than the few lines the window takes past trafilatura's end)."""
    body = {part.line for part in parts if part.line is not None}
    titled = set(meta.title_lines)
    low, high = min(body, default=-1), max(body, default=-1)
    taken: dict[int, Part] = {}  # each line of a <pre> taken → its code block
    for first, (count, text) in sorted(codes.items()):
        lines = range(first, first + count)
        inside = any(line in body for line in lines) or low < first < high
        if not (inside or (first in window and (
                first - 1 in body or first - 1 in titled or first + count in body))):  # fmt: skip
            continue
        code = Part(BlockKind.CODE, text, line=first)
        taken.update((line, code) for line in lines)
        body.add(first)  # a <pre> next to this one is next to the body
        low, high = min(low, first) if low >= 0 else first, max(high, first)
    if not taken:
        return meta, parts
    out: list[Part] = []
    blocks = iter(sorted({id(code): code for code in taken.values()}.values(), key=lambda p: p.line or 0))
    block = next(blocks, None)
    for part in parts:
        while block is not None and (part.line or 0) > (block.line or 0):
            out.append(block)
            block = next(blocks, None)
        if part.line not in taken:
            out.append(part)
    out.extend([block] if block is not None else [])
    out.extend(blocks)
    return _unroled(meta, set(taken)), out


def _unroled(meta: Metadata, lines: set[int]) -> Metadata:
    """meta without the roles the text importer gave lines (a code block's)."""
    roled = [(text, role) for i, text, role in meta.left_out or [] if i in lines]
    if not roled:
        return meta
    texts = {text for text, _role in roled}
    return replace(meta, left_out=[entry for entry in meta.left_out or [] if entry[0] not in lines],
                   breadcrumb=() if any(role == "breadcrumb" for _text, role in roled) else meta.breadcrumb,
                   dateline=None if meta.dateline in texts else meta.dateline,
                   byline=None if meta.byline in texts else meta.byline)  # fmt: skip
