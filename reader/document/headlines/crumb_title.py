"""A breadcrumb that ends with the headline (首頁 > 要聞 > 某某事件 引發熱議): the line under it
that repeats its last item is the headline, however far up the page the breadcrumb stands and
whatever lists of other stories stand between."""

from __future__ import annotations

from reader.document.scraped.patterns import breadcrumb_items

_REACH = 40  # lines over the text's first line the headline may stand
_CRUMB_ITEMS = 3  # home, channel, headline at least
_ITEM_MAX = 16  # a site's or a channel's name; the headline alone is longer
_HEADLINE_MIN = 6
_LINE_MAX = 160


def _crumb_end(line: str) -> str | None:
    """The last item of a breadcrumb line (首頁 > 要聞 > 某某事件 引發熱議), if it reads as a headline."""
    if len(line) > _LINE_MAX or not any(mark in line for mark in ">＞»›") or "//" in line or "=>" in line:
        return None  # most lines: no mark; code comments (a --> b) are no breadcrumbs
    items = breadcrumb_items(line)
    if len(items) < _CRUMB_ITEMS or any(len(item) > _ITEM_MAX for item in items[:-1]):
        return None
    last = items[-1].strip()
    return last if len(last) >= _HEADLINE_MIN else None


def crumb_echo_title(lines: list[str], start: int) -> int | None:
    """The line over the text's first line that repeats the end of a breadcrumb above it."""
    ends: dict[str, int] = {}
    for k in range(start):
        end = _crumb_end(lines[k])
        if end is not None:
            ends.setdefault(end, k)
    if not ends:
        return None
    for i in range(start - 1, max(-1, start - 1 - _REACH), -1):
        crumb = ends.get(lines[i].strip())
        if crumb is not None and crumb < i:
            return i
    return None
