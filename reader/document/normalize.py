"""Text normalization shared by the importers: line endings, residue of HTML, odd spaces."""

from __future__ import annotations

import re

_ENTITY_RESIDUE = re.compile(r"&(?:amp;)?(?:nbsp|ensp|emsp|#160|#12288);?", re.IGNORECASE)
_REPLACEMENT_RUN = re.compile("\ufffd+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u2002\u2003\u2009\u202f]+")
_EDGE_SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"


_CJK_SIDE = "\u4e00-\u9fff\u3400-\u4dbf“”‘’《》（）【】、。"
# The mark first, then a look on either side: the search skips ahead to the next mark.
_HALF_PUNCT = re.compile(rf"[,;:?!](?:(?=[{_CJK_SIDE}])|(?<=[{_CJK_SIDE}].))")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PARENS = re.compile(r"\(([^()\n]*[\u4e00-\u9fff][^()\n]*)\)")


def cjk_punctuation(line: str) -> str:
    """Half-width punctuation touching Chinese becomes full-width, as a copy editor would set it.

    One character for one, so offsets are unchanged; 10:30 and 1,234 are left alone.
    """
    line = _HALF_PUNCT.sub(lambda m: _FULL_WIDTH[m.group()], line)
    return _HALF_PARENS.sub(r"（\1）", line)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; NUL bytes are dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def clean_line(line: str) -> str:
    """One scraped line made presentable: no entity residue, indents, U+FFFD runs or runs of spaces."""
    line = _ENTITY_RESIDUE.sub(" ", line)
    line = _ZERO_WIDTH.sub("", line)
    line = _REPLACEMENT_RUN.sub("", line)
    line = _SPACES.sub(" ", line)
    return line.strip(_EDGE_SPACE)


def text_lines(text: str) -> list[str]:
    """The non-empty cleaned lines of a plain-text file."""
    # clean_line and cjk_punctuation on the whole text at once: none of their patterns matches
    # or looks across a line break, and one pass costs far less than one per line (16 000 in a
    # long article).
    text = _ENTITY_RESIDUE.sub(" ", normalize_newlines(text))
    text = _SPACES.sub(" ", _REPLACEMENT_RUN.sub("", _ZERO_WIDTH.sub("", text)))
    lines = (line.strip(_EDGE_SPACE) for line in cjk_punctuation(text).split("\n"))
    return [line for line in lines if line]
