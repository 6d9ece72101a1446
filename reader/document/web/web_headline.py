"""A saved page's headline as its markup names it, when the text importer set the title over
two lines: the page's <h1> and the line above it (a navigation bar, 首页 | 统计数据 | 统计公报)
read as one headline broken in two. The markup says where the headline is: the other line is
the page's chrome."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.document.model import Metadata


def unglued(meta: Metadata, lines: list[str], h1s: list[str], head: list[str]) -> Metadata:
    """meta with its title the one of its title's lines (numbered as in lines) that is a
    headline the markup names (its <h1>s; head: og:title, the parts of its <title>, …), the
    others left out as chrome; when none is named, the one line left once a web address is
    left out (the page's URL printed under its headline). meta as it is when the title is one
    line or is itself named, unless only by an <h1> that spans lines of which the page's head
    names one (a headline and its date set in one <h1>)."""
    title = meta.title
    if title is None or len(meta.title_lines) < 2:
        return meta
    own = _title_lines(meta.title_lines, lines, title)
    h1_keys, head_keys = {_key(text) for text in h1s}, {_key(text) for text in head}
    if _key(title) in head_keys or len(own) < 2:
        return meta
    keys = head_keys if _key(title) in h1_keys else h1_keys | head_keys
    headline = next((i for i in own if _key(lines[i]) in keys), None)
    if headline is None and _key(title) not in h1_keys:
        kept = [i for i in own if not _ADDRESS.fullmatch(lines[i])]
        headline = kept[0] if len(kept) == 1 else None
    if headline is None:
        return meta
    others = [(i, lines[i], "chrome") for i in own if i != headline]
    return replace(meta, title=lines[headline].strip(), title_line=headline,
                   title_lines=(headline, *meta.title_lines[len(own):]),
                   left_out=sorted([*others, *(meta.left_out or [])]))


_ADDRESS = re.compile(r"\s*(?:https?://|www\.)[\w./?%&=#:~+-]+\s*", re.IGNORECASE)


def _title_lines(numbers: tuple[int, ...], lines: list[str], title: str) -> tuple[int, ...]:
    """The first of numbers whose lines, joined, are the title (the rest: a subtitle's)."""
    for n in range(len(numbers), 0, -1):
        if all(0 <= i < len(lines) for i in numbers[:n]) and _key(
                "".join(lines[i] for i in numbers[:n])) == _key(title):
            return numbers[:n]
    return ()


def _key(text: str) -> str:
    return "".join(text.split())
