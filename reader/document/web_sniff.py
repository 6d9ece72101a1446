"""Is this file a saved web page? Read from its first bytes, whatever its name says."""

from __future__ import annotations

import codecs
import re

_SNIFF = 2048
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)  # fmt: skip
_MHTML_START = re.compile(rb"^(?:[\w-]+:[^\n]*\r?\n)*?MIME-Version:", re.IGNORECASE)


def is_mhtml(data: bytes) -> bool:
    """A single-file web archive (MHTML, .mht): mail headers first."""
    return bool(_MHTML_START.match(data[:_SNIFF]))


def looks_like_html(data: bytes) -> bool:
    """Whether data is a web page (HTML or MHTML) whatever its file name says."""
    head = data[:_SNIFF].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_START.match(head)) or is_mhtml(data)


_TAG = re.compile(rb"<(?:[a-zA-Z][\w:-]*|!--|!doctype|/[a-zA-Z])", re.IGNORECASE)


def has_markup(data: bytes) -> bool:
    """Whether a file named as a web page holds tags at all (else it is text, named .html)."""
    return bool(_TAG.search(data[: _SNIFF * 8]))
