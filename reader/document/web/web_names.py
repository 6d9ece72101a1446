"""The page's <h1>s that name the site, not the article: its logo (an image, a link to the
home page), or its name as the page says it elsewhere (og:site_name, the <title>'s last part
after the headline's, the copyright line at its foot). Many portals set the site's name in an
<h1> at the top and the article's headline in an <h2>: that <h1> is no headline."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from reader.document import rx
from reader.document.normalize import spaceless

_HOME = rx.compile(r"(?:https?:)?//[^/?#]+/?|\.?/|(?:\.?/)?(?:index|default|home)\.\w{2,5}",
                   re.IGNORECASE)  # fmt: skip
_FOOT = rx.compile(r"版权|copyright|©|主办|承办|ICP|备案", re.IGNORECASE)
_SITE_NAME = rx.compile(r"""<meta\b[^<>]{0,4096}?property=["']og:site_name["'][^<>]{0,4096}?content=["']([^"']+)""",
                        re.IGNORECASE)  # fmt: skip
# a page's <title>, in its first 64 KiB; a tag's patterns stop at a "<" (a hostile head's
# thousands of "<title" are each read to the next one, never to the head's end)
TITLE = rx.compile(r"<title\b[^<>]{0,512}>([^<]+)</title>", re.IGNORECASE)
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
SEPARATORS = rx.compile(  # a <title>'s parts: the site's name split off
    r"(?!(?<=\s)\s)\s*(?:[_|｜–—«»-]|::)\s*")
FOOT_LINES = 12  # the page's last lines, where its copyright line stands


def is_logo(element: Any, text: str) -> bool:
    """Whether a heading (lxml element, its text) is the site's logo: it links to the site's
    home page, or holds an image and no words but the image's own (its alt text)."""
    for inner in element.iter("a", "img"):
        if inner.tag == "a" and _HOME.fullmatch((inner.get("href") or "").strip()):
            return True
        if inner.tag == "img" and spaceless(text) in ("", spaceless(inner.get("alt") or "")):
            return True
    return False


def site_names(html: str, h1s: list[str], logos: frozenset[str], lines: list[str]) -> set[str]:
    """The h1s that name the site (spaces aside): logos, og:site_name, the last part of a
    <title> of several parts shorter than its first, a name the copyright line holds."""
    head = html[:65536]
    named = {spaceless(text) for text in logos}
    if found := _SITE_NAME.search(head):
        named.add(spaceless(unescape(found.group(1))))
    if found := TITLE.search(head):
        parts = [spaceless(p) for p in SEPARATORS.split(unescape(found.group(1))) if p.strip()]
        if len(parts) >= 2 and len(parts[-1]) < len(parts[0]):  # (站点 - 标题: the headline's
            named.add(parts[-1])  # the longer part, wherever it stands)
    foot = [spaceless(line) for line in lines[-FOOT_LINES:] if _FOOT.search(line)]
    return {text for text in h1s if spaceless(text) and (
        spaceless(text) in named or any(spaceless(text) in line for line in foot))}  # fmt: skip
