"""Text normalization shared by the importers: line endings, residue of HTML, odd spaces."""

from __future__ import annotations

import re

_ENTITY_RESIDUE = re.compile(r"&(?:amp;)?(?:nbsp|ensp|emsp|#160|#12288);?", re.IGNORECASE)
_REPLACEMENT_RUN = re.compile("\ufffd+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u2002\u2003\u2009\u202f]+")
_EDGE_SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u202f"


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
    lines = (clean_line(raw) for raw in normalize_newlines(text).split("\n"))
    return [line for line in lines if line]
