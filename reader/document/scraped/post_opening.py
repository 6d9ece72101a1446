"""A blog post's text starts under its meta block (发表于 2020-01-17 | 分类于 随笔, Jan 01, 2025 / 13
minute read / 6308 words): a post of short lines (a plan of list items, a year's list of books and
authors) weighs less than the paragraphs further down, and the densest run starts late.

A theme prints the post's date with its reading statistics or its other fields right over the
post's text; nothing of the site's (menus, links, a sidebar) stands between them and the text.
So when such a block stands above the densest run with next to no chrome between, the text
starts under the block.
"""

from __future__ import annotations

from reader.document.bylines.post_meta import is_post_meta_line
from reader.document.headlines.headline_shape import title_like
from reader.document.scraped.patterns import is_breadcrumb, is_chrome, is_dateline
from reader.document.scraped.reading_stats import is_reading_stats

_DATE_REACH = 2  # lines between the post's date and its reading statistics (a word count)
_HEADLINE_REACH = 2  # lines over the date: the headline, a summary
_TEXT_MIN = 20  # a line's weight (characters) that makes it a sentence of the post
_REACH = 400  # lines above the densest run where the post's meta block may stand
_SITE_SHARE = 5  # a site's line (a menu's, a button's) in five between them: the site's box, not the post


def _is_meta(line: str) -> bool:
    return is_reading_stats(line) or is_post_meta_line(line)


def _dated_block(lines: list[str], k: int) -> bool:
    """lines[k] is reading statistics or a meta line with the post's full date beside it."""
    return any(is_dateline(lines[i]) or is_post_meta_line(lines[i]) for i in range(max(0, k - _DATE_REACH), k + 1))


def _headline_over(lines: list[str], k: int) -> bool:
    """A headline stands over the block whose last line is lines[k] (标题 / 摘要 / date / stats), not
    under it: a theme that sets the date over the headline (Icarus) has its headline under the block."""
    top = k
    while top > 0 and (_is_meta(lines[top - 1]) or is_dateline(lines[top - 1])):
        top -= 1
    return any(title_like(lines[i]) for i in range(max(0, top - _HEADLINE_REACH), top))


def _site_line(line: str) -> bool:
    return is_chrome(line) or is_breadcrumb(line)


def _contents_copy(lines: list[str], first: int, start: int) -> bool:
    """Most of lines[first:start] are said again under `start`: a table of contents, not the post."""
    below = set(lines[start:])
    return sum(line in below for line in lines[first:start]) * 2 > start - first


def under_post_meta(lines: list[str], scores: list[int], start: int) -> int:
    """The first line under the post's meta block when it stands above `start` with next to
    nothing of the site's between (点击欣赏 over a gallery may be the post's); else `start`."""
    site = 0
    for k in range(start - 1, max(-1, start - 1 - _REACH), -1):
        if _is_meta(lines[k]):
            between = start - k - 1
            fits = between > 0 and _dated_block(lines, k) and site * _SITE_SHARE <= between and _headline_over(lines, k)
            fits = fits and not _contents_copy(lines, k + 1, start)
            # a sentence of text between: tags, a cover's caption or a notice alone are the theme's
            fits = fits and any(score >= _TEXT_MIN for score in scores[k + 1 : start])
            return k + 1 if fits else start
        site += _site_line(lines[k])
    return start


def under_meta_block(lines: list[str], i: int) -> bool:
    """Line i stands right under a post's meta block: the post's first line, however short."""
    return i > 0 and _is_meta(lines[i - 1]) and _dated_block(lines, i - 1)
