"""Links back into the text: `reader://open?doc=<sha256>&start=<n>&end=<n>`.

doc is the sha256 of the document's text as imported (Source.sha256, the store's key for it);
start and end are offsets in the text Reader shows (Document.text), as notes are anchored.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SCHEME = "reader"
MAX_OFFSET = 2**53 - 1  # as a note's position (store/web_annotations.py)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_NUMBER = re.compile(r"[0-9]{1,16}")


class LinkError(ValueError):
    """Not a link Reader can follow; str() says why, in one line."""


class PassageLink(NamedTuple):  # not a dataclass: ≈10× quicker to define, at start-up
    sha256: str
    start: int
    end: int

    @property
    def url(self) -> str:
        return f"{SCHEME}://open?doc={self.sha256}&start={self.start}&end={self.end}"


def passage_url(sha256: str, start: int, end: int) -> str:
    """The link to text[start:end] of the document whose text hashes to sha256."""
    return PassageLink(sha256, start, end).url


def is_link(text: str) -> bool:
    """Whether a command-line argument is a reader: link rather than a file."""
    return text[: len(SCHEME) + 1].lower() == f"{SCHEME}:"


def parse_link(url: str) -> PassageLink:
    """The passage a reader://open link names; LinkError says what is wrong with it."""
    from urllib.parse import parse_qs, urlsplit  # a link is seldom given: not at start-up

    shown = url if len(url) <= 100 else url[:99] + "…"
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != SCHEME or "open" not in (parts.netloc, parts.path.strip("/")):
        raise LinkError(f"{shown} is not a Reader link (reader://open?doc=…&start=…&end=…)")
    query = parse_qs(parts.query)
    doc = _one(query, "doc", shown).lower()
    if not _SHA256.fullmatch(doc):
        raise LinkError(f"the link {shown} names no document: doc= must be a sha256 (64 hex digits)")
    start = _offset(query, "start", shown, default=0)
    end = _offset(query, "end", shown, default=start)
    if end < start:
        raise LinkError(f"the link {shown} ends (end={end}) before it starts (start={start})")
    return PassageLink(doc, start, end)


def _one(query: dict[str, list[str]], key: str, shown: str) -> str:
    values = query.get(key, [])
    if len(values) != 1:
        why = "has no" if not values else "has more than one"
        raise LinkError(f"the link {shown} {why} {key}=")
    return values[0]


def _offset(query: dict[str, list[str]], key: str, shown: str, *, default: int) -> int:
    if key not in query:
        return default
    value = _one(query, key, shown)
    if not _NUMBER.fullmatch(value) or int(value) > MAX_OFFSET:
        raise LinkError(f"the link {shown} has {key}={value}: not a position in a text")
    return int(value)


def file_url_path(argument: str) -> str:
    """A file: URL's path (a desktop may hand Open With's file over as one); else argument."""
    if argument[:5].lower() != "file:":
        return argument
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(argument)
    if parts.netloc not in ("", "localhost"):
        return argument  # another machine's file: load() says it does not exist
    return unquote(parts.path, errors="surrogateescape")


def passage_problem(text: str, sha256: str, link: PassageLink, name: str) -> str:
    """"" if link names a passage of text (whose hash is sha256, shown as name), else why not:
    the file changed since the link was made, or the passage lies past the end of its text."""
    if sha256 != link.sha256:
        return f"the file of {name} has changed since the link was made"
    if link.end > len(text):
        return (
            f"the link's passage (start={link.start}, end={link.end}) is past the end of "
            f"{name}, which has {len(text)} characters"
        )
    return ""
