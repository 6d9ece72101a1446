"""A newspaper page's three-part head with no date over it: 引题 / 主题 / 副题 / 本报记者 某某 / text.

The kicker (引题) over the headline and the deck (副题) under it are both title-like; the headline
is the middle line, and the kicker and the deck are its subtitle's two parts (the deck alone over
the reporters read like the headline to the model, and a kicker like a title's first half).
"""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.dateline import REPORTER_LINE, is_dateline_line
from reader.document.headlines.headline_shape import is_dash_line, title_like
from reader.document.headlines.title_furniture import not_a_title
from reader.document.scraped.patterns import ends_sentence, numbered_style

_PART_MIN = 6  # characters: 要闻, 本地新闻 over a headline are the page's section, no kicker
_KICKER_MAX = 24  # a kicker is one short line
_KICKER_LONGER = 6  # characters a kicker may run past its headline: usually the headline is longest
_CREDITS_MAX = 2  # lines of reporters (本报记者 某某 / 通讯员 某某), no date, between the deck and the text
_SUBTITLE_DASH = rx.compile(r"[─—]{2}")  # 某某──副题: a headline with its own subtitle, never a kicker
_PHOTO_CREDIT = rx.compile(r"^[（(]?(?:图|摄影?)\s*[:：/／]|摄[）)]?$")  # 图：某某 摄: a picture's credit, no reporter


def kicker_of(lines: list[str], index: int) -> int | None:
    """The kicker's line when line `index` is the kicker, headline or deck of a three-part head over
    its reporters and the text, else None."""
    for kicker in range(index, index - 3, -1):
        if kicker >= 0 and _three_part_head(lines, kicker):
            return kicker
    return None


def headline_under_kicker(lines: list[str], index: int) -> int:
    """The three-part head's headline (the middle line) when `index` is one of its lines, else index."""
    kicker = kicker_of(lines, index)
    return index if kicker is None else kicker + 1


def kicker_subtitle(lines: list[str], shown: list[str], title: int) -> tuple[str, tuple[int, ...]] | None:
    """(kicker / deck, their lines) when the headline `title` is a three-part head's, else None."""
    kicker = kicker_of(lines, title)
    if kicker is None or kicker + 1 != title:
        return None
    deck = shown[title + 1].strip().lstrip("─—- ")
    return f"{shown[kicker].strip()} / {deck}", (kicker, title + 1)


def _three_part_head(lines: list[str], kicker: int) -> bool:
    if kicker + 4 > len(lines):
        return False
    head, main, deck = (lines[k].strip() for k in range(kicker, kicker + 3))
    if not (_part(lines, kicker) and _part(lines, kicker + 1) and (_part(lines, kicker + 2) or is_dash_line(deck))):
        return False
    if len(head) > min(_KICKER_MAX, len(main) + _KICKER_LONGER):
        return False
    if _SUBTITLE_DASH.search(head):
        return False
    if len(head) == len(main) and " " not in head + main:  # 党旗领航奋进路 / 乘风破浪开新局: one title's halves
        return False
    text = kicker + 3
    reporters = 0
    while text < len(lines) and text - kicker - 3 < _CREDITS_MAX and REPORTER_LINE.match(lines[text].strip()):
        reporters += not _PHOTO_CREDIT.search(lines[text].strip())
        text += 1
    return reporters > 0 and text < len(lines) and ends_sentence(lines[text].strip())


def _part(lines: list[str], i: int) -> bool:
    """One line of the head: title-like, no sentence, no credit, no part's number, no furniture."""
    line = lines[i].strip()
    return (
        len(line) >= _PART_MIN and title_like(line) and not ends_sentence(line)
        and not is_dateline_line(line) and numbered_style(line) is None and not not_a_title(lines, i)
    )
