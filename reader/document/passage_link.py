"""Links back into the text: `reader://open?doc=<sha256>&start=<n>&end=<n>`.

doc is the sha256 of the document's text as imported (Source.sha256, the store's key for it);
start and end are offsets in the text Reader shows (Document.text), as notes are anchored.
text is the passage itself, as a browser's text fragment gives it (`text=exact`, or
`text=start,end` for a long one, each part percent-encoded): when the file has changed since
the link was made, the passage is found again by it (locate_passage).
"""

from __future__ import annotations

from typing import NamedTuple

from reader.document import rx

SCHEME = "reader"
MAX_OFFSET = 2**53 - 1  # as a note's position (store/web_annotations.py)
_SHA256 = rx.compile(r"[0-9a-f]{64}")
_NUMBER = rx.compile(r"[0-9]{1,16}")
QUOTED_WHOLE = 64  # a longer passage is quoted by its first and last QUOTED_PART characters
QUOTED_PART = 32
MAX_QUOTE = 1000  # characters of a quote part read from a link: a link is no place for more


class LinkError(ValueError):
    """Not a link Reader can follow; str() says why, in one line."""


class PassageLink(NamedTuple):  # not a dataclass: ≈10× quicker to define, at start-up
    sha256: str
    start: int
    end: int
    text_start: str = ""  # the passage (or its first characters, when text_end is given)
    text_end: str = ""  # a long passage's last characters

    @property
    def url(self) -> str:
        url = f"{SCHEME}://open?doc={self.sha256}&start={self.start}&end={self.end}"
        if self.text_start:
            from urllib.parse import quote

            parts = [self.text_start] + ([self.text_end] if self.text_end else [])
            url += "&text=" + ",".join(quote(part, safe="") for part in parts)
        return url


def passage_url(sha256: str, start: int, end: int, passage: str = "") -> str:
    """The link to text[start:end] of the document whose text hashes to sha256; passage, that
    text, is quoted in it so the link survives changes to the file."""
    return quoted_link(sha256, start, end, passage).url


def quoted_link(sha256: str, start: int, end: int, passage: str) -> PassageLink:
    if len(passage) <= QUOTED_WHOLE:
        return PassageLink(sha256, start, end, passage)
    return PassageLink(sha256, start, end, passage[:QUOTED_PART], passage[-QUOTED_PART:])


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
    return PassageLink(doc, start, end, *_quote(parts.query, shown))


def _quote(query: str, shown: str) -> tuple[str, str]:
    """The text= parameter's parts, read before decoding: an encoded comma is the quote's."""
    from urllib.parse import unquote

    raws = [field[5:] for field in query.split("&") if field.startswith("text=")]
    if not raws:
        return "", ""
    parts = [unquote(part) for part in raws[0].split(",")]
    if len(raws) > 1 or len(parts) > 2 or not parts[0] or any(len(p) > MAX_QUOTE for p in parts):
        raise LinkError(f"the link {shown} has a text= that is not a passage Reader quoted")
    return parts[0], parts[1] if len(parts) == 2 else ""


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
    """"" if link names a passage of text (whose hash is sha256, shown as name), else why not."""
    return locate_passage(text, sha256, link, name)[1]


def locate_passage(
    text: str, sha256: str, link: PassageLink, name: str
) -> tuple[tuple[int, int] | None, str]:
    """((start, end) of link's passage in text, "") or (None, why not, in one line). In the text
    the link was made on (its hash is sha256) the offsets are the passage; in a changed one it
    is found by the link's quote, the occurrence nearest the old place."""
    if sha256 == link.sha256:
        if link.end > len(text):
            return None, (
                f"the link's passage (start={link.start}, end={link.end}) is past the end of "
                f"{name}, which has {len(text)} characters"
            )
        return (link.start, link.end), ""
    if not link.text_start:
        return None, f"the file of {name} has changed since the link was made"
    span = _quoted_span(text, link)
    if span is None:
        quoted = link.text_start if len(link.text_start) <= 20 else link.text_start[:19] + "…"
        return None, f"the file of {name} has changed and no longer has the passage «{quoted}»"
    return span, ""


def _quoted_span(text: str, link: PassageLink) -> tuple[int, int] | None:
    """The quote's occurrence in text nearest link.start (a long passage: from its first
    characters to the nearest following occurrence of its last, within twice its old length)."""
    best: tuple[int, int] | None = None
    at = text.find(link.text_start)
    while at >= 0:
        end = at + len(link.text_start)
        if link.text_end:
            reach = end + 2 * max(link.end - link.start, QUOTED_WHOLE)
            found = text.find(link.text_end, end, reach)
            end = found + len(link.text_end) if found >= 0 else -1
        if end >= 0 and (best is None or abs(at - link.start) < abs(best[0] - link.start)):
            best = (at, end)
        if at > link.start:
            break  # later ones are farther still
        at = text.find(link.text_start, at + 1)
    return best
