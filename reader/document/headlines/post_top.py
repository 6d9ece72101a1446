"""The top of a blog post: its site's menu (首页 归档 分类 标签, HomeArchivesTags), its meta lines
(发表于 2020-01-02 | 分类于 X, 4.6k 字 39 分钟) and its headline, which a theme sets over the meta
lines or under them; and a licence box that names the headline (本文标题：X)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader.document import rx
from reader.document.bylines.post_meta import is_post_meta_line
from reader.document.headlines.headline_reach import dated_headline
from reader.document.headlines.headline_shape import title_like
from reader.document.headlines.title_furniture import not_a_title
from reader.document.normalize import spaceless
from reader.document.scraped.menu_lines import is_menu_line
from reader.document.scraped.patterns import is_dateline, numbered_style
from reader.document.scraped.reading_stats import is_reading_stats
from reader.document.sections.heading_cues import names_a_part


def is_post_meta(line: str) -> bool:
    """A post's date line or its reading statistics (4.6k 字 39 分钟)."""
    return is_dateline(line) or is_reading_stats(line) or is_post_meta_line(line)


_META_REACH = 3  # meta lines a theme sets between its headline and its text (date, stats, tags)
_UNDER_REACH = 6  # lines above the text's first line where such a headline may stand


def title_under_meta(lines: list[str], start: int, end: int) -> int | None:
    """A headline set under the post's meta lines and over its text (Icarus, landscape: the date
    line, then the headline; 4.6k 字 39 分钟, then the headline) where what stands over the meta
    lines is the site's menu or nothing: the line over a date line is the headline on most pages,
    but a menu item (归档, Archives) never is."""
    for t in range(min(start, end - 1), max(0, start - _UNDER_REACH), -1):  # nearest the text first
        line = lines[t]
        if is_post_meta(line) or is_menu_line(line) or not (title_like(line) or dated_headline(line)):
            continue
        if numbered_style(line) is not None or names_a_part(lines, t):  # 一、缘起, 前言: the text's first head
            continue
        # Under it, the text, or more meta lines, or the text's first head (Web课程设计 over the text).
        if line.endswith("。") or sum(not is_post_meta(lines[k]) for k in range(t + 1, start)) > 1:
            continue
        if _meta_over(lines, t):
            return t
    return None


# 2019, 2020年: a year-end review's headline, over the date it was posted on (that year's end, or
# the next year's start).
_YEAR_TITLE = rx.compile(r"(?P<year>(?:19|20)\d{2})年?")
_POSTED_YEAR = rx.compile(r"(?:19|20)\d{2}")


def year_title(lines: list[str], start: int) -> int | None:
    """A bare year right over the post's date line near the text, the year posted or the one before."""
    for t in range(max(0, start - _UNDER_REACH), start):
        year = _YEAR_TITLE.fullmatch(lines[t].strip())
        dated = lines[t + 1] if year else ""
        posted = _POSTED_YEAR.search(dated) if dated and is_post_meta(dated) else None
        if year and posted and int(posted.group()) - int(year.group("year")) in (0, 1):
            return t
    return None


_TWICE_REACH = 12  # lines above the text where a sticky header sets the headline again
_TWICE_GAP = 6  # lines between the headline and its repetition (the writer, 关注, a button)
_TWICE_MIN = 6  # ideographs: a headline, not a widget's label repeated (ColorTransparency)
_BUTTON_MAX = 8
_HANZI = rx.compile(r"[\u4e00-\u9fff]")


def repeated_title(lines: list[str], start: int) -> int | None:
    """A headline said twice right over the text (a sticky header's copy over the post's own:
    标题 / 作者 / 关注 / 标题 / 作者 / 关注 / date / 字数 …): the copy nearest the text."""
    for t in range(start - 1, max(0, start - _TWICE_REACH), -1):
        line = lines[t]
        if is_post_meta(line) or is_menu_line(line) or not title_like(line) or len(_HANZI.findall(line)) < _TWICE_MIN:
            continue
        copy = next((k for k in range(t - 1, max(-1, t - 1 - _TWICE_GAP), -1) if lines[k] == line), None)
        # Between the copies, the writer's name and buttons (关注, 赞赏支持): short lines only.
        if copy is not None and all(len(lines[k]) <= _BUTTON_MAX for k in range(copy + 1, t)):
            return t
    return None


_NAME_MAX = 16


def title_over_follow(lines: list[str], start: int) -> int | None:
    """The headline over its writer's name and follow button, right above the text (简书, 知乎:
    标题 / 作者 / 关注 / 赞赏支持 / date 字数 …): the name is no headline, the line over it is."""
    for i in range(start - 1, max(0, start - _TWICE_GAP), -1):
        if lines[i].strip() not in _FOLLOW or i < 2:
            continue
        name = lines[i - 1].strip()  # the writer's name, not a date line (标题 / 账号 / date / +关注)
        if len(name) > _NAME_MAX or any(ch.isdigit() for ch in name) or is_post_meta(name):
            return None
        t = i - 2  # over the name
        while t > 0 and not_a_title(lines, t):
            t -= 1  # 标题 / 播报文章 / 语音播报文章 / 作者 / 关注: the listen buttons under the headline
        line = lines[t]
        if is_post_meta(line) or is_menu_line(line) or not title_like(line) or len(_HANZI.findall(line)) < _TWICE_MIN:
            return None
        return t
    return None


_WRITER_NAME = rx.compile(r"[^\W\d_A-Za-z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def subtitle_over_writer(lines: list[str], i: int) -> bool:
    """标题 / 副题 / 作者 / date: the line under the headline, over the writer's name alone over
    the date line, is the post's subtitle."""
    return (i + 2 < len(lines) and title_like(lines[i]) and _WRITER_NAME.fullmatch(lines[i + 1].strip()) is not None
            and is_dateline(lines[i + 2]))


def _meta_over(lines: list[str], title: int) -> bool:
    """The post's meta lines stand right over its headline, the site's menu or nothing over them
    (归档 / 2020-01-02 / 随笔 / 标题: the date line and the category a theme sets above it)."""
    top, dated = title, False
    while top > 0 and title - top < _META_REACH and (
        is_post_meta(lines[top - 1]) or top >= 2 and _category_under_date(lines, top - 1)  # noqa: PLR2004
    ):
        top -= 1
        dated = dated or is_post_meta(lines[top])
    return dated and (top == 0 or is_menu_line(lines[top - 1]))


_CATEGORY = rx.compile(r"[^\W\d_]{1,8}")  # 随笔, Notes: the post's category under its date


def _category_under_date(lines: list[str], i: int) -> bool:
    # A menu's word too (随笔, 日志, 项目): right under the date line it is the post's category.
    return bool(_CATEGORY.fullmatch(lines[i])) and is_post_meta(lines[i - 1])


# 本文标题：某某, 文章标题: 某某: a licence box under the post naming its headline.
_TITLE_FIELD = rx.compile(r"(?:本文|文章)标题\s*[:：]\s*(?P<title>\S.{0,79})")
_NAMED_ABOVE = 40  # lines above the text's first line where the named headline may stand


def _key(text: str) -> str:
    return spaceless(unicodedata.normalize("NFKC", text))


def named_title(lines: list[str], start: int, end: int) -> int | None:
    """The line near the text's top that a licence box under the text names as the post's title."""
    for line in lines[end:]:
        if "标题" not in line:
            continue
        found = _TITLE_FIELD.match(line.strip())
        if found is None:
            continue
        key = _key(found.group("title"))
        return next((i for i in range(min(start, len(lines) - 1), max(-1, start - 1 - _NAMED_ABOVE), -1)
                     if _key(lines[i]) == key), None)
    return None


# 目录, 文章目录, Table of Contents: a theme's contents box between the headline and the text.
_CONTENTS_LABEL = rx.compile(r"(?:文章|本文)?目\s?录|目錄|(?:Table of )?Contents|TOC", re.IGNORECASE)
_ENTRY_NUMBER = rx.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s*")
_CONTENTS_REACH = 40


def contents_entries(lines: list[str], start: int, end: int) -> set[int]:
    """The entries of a contents box right over the text: lines under its label (目录) that
    stand again, as heads, in the text."""
    label = next((c for c in range(start - 1, max(-1, start - 1 - _CONTENTS_REACH), -1)
                  if _CONTENTS_LABEL.fullmatch(lines[c].strip())), None)
    if label is None:
        return set()
    text = {line.strip() for line in lines[start:end]}
    entries = set()
    for i in range(label + 1, start):
        if _ENTRY_NUMBER.sub("", lines[i].strip()) not in text:
            break
        entries.add(i)
    return entries


def not_headlines(lines: list[str], start: int, end: int, candidates: Iterable[int]) -> set[int]:
    """Candidates a blog's furniture makes no headline: the entries of a contents box over the
    text, a menu's items (归档, Archives), a name over its follow button (小林 / 关注: a writer, not the post)."""
    entries = contents_entries(lines, start, end)
    return {i for i in candidates if i in entries or _in_menu(lines, i)
            or i + 1 < len(lines) and lines[i + 1].strip() in _FOLLOW}


def _in_menu(lines: list[str], i: int) -> bool:
    """首页 / 归档 / 关于: an item of the site's menu, a menu's word beside another (关于我 alone
    over an about page's text is its headline)."""
    return is_menu_line(lines[i]) and (
        len(lines[i].split()) > 1 or any(0 <= k < len(lines) and is_menu_line(lines[k]) for k in (i - 1, i + 1))
    )


_FOLLOW = frozenset({"关注", "+关注", "+ 关注", "＋关注", "已关注", "關注", "+關注", "Follow", "+ Follow"})
