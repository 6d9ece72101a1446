"""The article under its headline and date: a page's text is where a dated headline leads.

The densest run of text lines is most often the article; on a page whose article is one or
two paragraphs and whose other boxes (recommended stories with their summaries, a footer of
legal notices) weigh more, it is not. A headline with a full date beside it, then text, is
how an article opens: when the densest run has no such opening above it and one such
opening leads to text, that text is the article.
"""

from __future__ import annotations

from reader.document.scraped.patterns import (
    ends_sentence,
    is_breadcrumb,
    is_chrome,
    is_dateline,
    is_link_list,
    is_meta,
    is_prose,
)
from reader.document.stats import is_cjk

_HEAD_REACH = 2  # lines between a date line and its headline (a reporter line, a kicker)
_TEXT_REACH = 6  # lines between a date line and the text (widgets: 小 中 大, 分享, a caption)
_OPENING_REACH = 30  # lines above the densest run where its opening may stand (a video, a lead box)
_ANCHORS_MAX = 3  # more dated headlines than this: a list of stories, not one article's opening
_LIST_STEP = 3  # lines between the dated items of a list of stories
_TEXT_MIN = 20  # characters of text an opening must lead to
_HEADLINE_MIN, _HEADLINE_MAX = 6, 80
_WIDGETS_MAX = 40  # lines of a player's or a gallery's controls under the headline


def anchored_region(lines: list[str], scores: list[int], start: int, end: int) -> tuple[int, int]:
    """[start, end) of the densest run, or of the text a page's one dated headline leads to
    when the densest run has no opening of its own."""
    dated = [i for i in range(len(lines)) if _opens_article(lines, i)]
    # Dated headlines every few lines are a list of stories, none of them this page's opening.
    openings = [i for k, i in enumerate(dated)
                if (k == 0 or i - dated[k - 1] > _LIST_STEP) and (k + 1 == len(dated) or dated[k + 1] - i > _LIST_STEP)]
    if not openings or len(openings) > _ANCHORS_MAX:
        return start, end
    if any(start - _OPENING_REACH <= i < start + 1 for i in openings):
        return start, end
    best: tuple[int, int, int] | None = None  # (weight, start, end)
    for i in openings:
        if i > start:
            continue  # the boxes follow the article: an opening under the densest run is a box's
        text = next((k for k in range(i + 1, min(len(lines), i + 1 + _TEXT_REACH)) if scores[k] > 0), None)
        if text is None:
            continue
        weight, stop = _best_run_from(scores, text)
        if weight >= _TEXT_MIN and (best is None or weight > best[0]):
            best = (weight, _heaviest_start(lines, scores, text, stop), stop)
    return (best[1], best[2]) if best else (start, end)


def _opens_article(lines: list[str], i: int) -> bool:
    """A full date line with a headline-shaped line just above or under it."""
    if not is_dateline(lines[i]):
        return False
    near = [*range(max(0, i - _HEAD_REACH), i), *range(i + 1, min(len(lines), i + 1 + _HEAD_REACH))]
    return any(_headline_shaped(lines[k]) for k in near)


def _headline_shaped(line: str) -> bool:
    # facebookyoutuberss beside the masthead's date: the site's buttons, no Chinese headline
    return (
        _HEADLINE_MIN <= len(line) <= _HEADLINE_MAX
        and _has_han(line)
        and not ends_sentence(line)
        and not is_prose(line)
        and not is_meta(line)
        and not is_chrome(line)
        and not is_dateline(line)
        and not is_breadcrumb(line)
        and not is_link_list(line)
    )


def _best_run_from(scores: list[int], first: int) -> tuple[int, int]:
    """The heaviest run of lines starting at `first`: (its weight, its end)."""
    total = best = 0
    stop = first + 1
    for k in range(first, len(scores)):
        total += scores[k]
        if total > best:
            best, stop = total, k + 1
    return best, stop


def _heaviest_start(lines: list[str], scores: list[int], first: int, stop: int) -> int:
    """Where the run [first, stop) weighs most to its end: a line of text above a block of
    widgets (a video player's "To view this video…", then Play, Mute…) is not the article's
    start. Only over widgets to Chinese text: no Chinese prose is skipped (a lead stays)."""
    total = sum(scores[first:stop])
    best_k, best = first, total
    for k in range(first + 1, min(stop, first + _WIDGETS_MAX + 1)):
        total -= scores[k - 1]
        if total > best and _has_han(lines[k]) and not any(_han_prose(x) for x in lines[first:k]):
            best, best_k = total, k
    return best_k


def _has_han(line: str) -> bool:
    return any(is_cjk(ch) for ch in line)


def _han_prose(line: str) -> bool:
    """Chinese prose: above Chinese text, an English sentence is a widget's message."""
    return is_prose(line) and _has_han(line)
