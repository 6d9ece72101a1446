"""Is this file a saved web page? Read from its first bytes, whatever its name says."""

from __future__ import annotations

import codecs
import re
from functools import cache

_SNIFF = 2048


@cache  # compiled when a file is first opened, not at start-up
def _patterns() -> tuple[re.Pattern[bytes], re.Pattern[bytes], re.Pattern[bytes]]:
    return (
        re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                   re.IGNORECASE | re.DOTALL),
        # mail headers, a long one folded onto lines that start with a space (a browser's
        # Subject: is the page's title, =?utf-8?Q?…?= encoded, often several lines long)
        re.compile(rb"^(?:(?:[\w-]+:|[ \t])[^\n]*\r?\n)*?MIME-Version:", re.IGNORECASE),
        re.compile(rb"<(?:[a-zA-Z][\w:-]*|!--|!doctype|/[a-zA-Z])", re.IGNORECASE),
    )


def is_mhtml(data: bytes) -> bool:
    """A single-file web archive (MHTML, .mht): mail headers first (a long title's Subject:,
    encoded and folded, can run to kilobytes before MIME-Version:)."""
    head = data[: _SNIFF * 8]
    return b"mime-version:" in head.lower() and bool(_patterns()[1].match(head))


def looks_like_html(data: bytes) -> bool:
    """Whether data is a web page (HTML or MHTML) whatever its file name says."""
    head = data[:_SNIFF].lstrip(codecs.BOM_UTF8)
    if head.lstrip().startswith(b"<") and _patterns()[0].match(head):  # (text: no regex at all)
        return True
    return is_mhtml(data)


def has_markup(data: bytes) -> bool:
    """Whether a file named as a web page holds tags at all (else it is text, named .html)."""
    return bool(_patterns()[2].search(data[: _SNIFF * 8]))
