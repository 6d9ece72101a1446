"""The buttons between a headline and its date line: a share bar (分享 / 留言 / 列印 / A- A+), a
like counter (讚 2), a font-size switcher. Taiwanese and Hong Kong papers set them there, so the
headline stands farther over its date line than the three lines the rules reach."""

from __future__ import annotations

from collections.abc import Callable

from reader.document import rx
from reader.document.headlines.headline_shape import title_like
from reader.document.scraped.font_switcher import is_font_switch
from reader.document.scraped.patterns import is_chrome

_BUTTON_GAP = 6  # button lines a headline may stand over its date line
# 列印, 讚 2, 按讚, 推 3, 留言 5: a short button's word, with its counter.
_BUTTON = rx.compile(r"(?:列印|列印本页|列印本頁|讚|按讚|按赞|推|留言|回应|回應|转寄|轉寄|字级|字級|分享)\s*\d*")
_BUTTON_MAX = 6


# 语音播报文章，释放双眼, 聽新聞, 收聽本文 00:00, 朗读全文: the player that reads the article aloud,
# the whole line (朗读者第三季开播, 收听率创下新高, 我们听新闻的习惯 are headlines).
_LISTEN = rx.compile(
    r"(?:点击|點擊)?(?:(?:语音|語音)?(?:播报|播報)(?:文章|全文|本文)?|[听聽]新[闻聞]|收[听聽](?:本文|全文|文章)"
    r"|(?:语音|語音)?(?:朗读|朗讀)(?:全文|本文)?|[听聽](?:全文|本文)|播放(?:语音|語音))(?:[，,\s]\S{0,10})?"
)
_LISTEN_MAX = 16


def is_player(line: str) -> bool:
    """语音播报文章，释放双眼, 聽新聞: the player that reads the article aloud."""
    return len(line) <= _LISTEN_MAX and _LISTEN.fullmatch(line) is not None


def is_button(line: str) -> bool:
    """A line of page buttons only: share, print, like, font size, the player reading it aloud."""
    bare = line.strip()
    if is_player(bare) or is_font_switch(bare):
        return True
    return bool(bare) and not title_like(bare) and (
        is_chrome(bare) or len(bare) <= _BUTTON_MAX and _BUTTON.fullmatch(bare) is not None
    )


def over_buttons(lines: list[str], dated: int, reach: int,
                 passed: Callable[[int], bool] = lambda _i: False) -> list[int]:  # fmt: skip
    """The `reach` lines over line `dated`, nearest first, the buttons between not counted (at
    most six of them), nor the lines `passed` says pass over (chrome, furniture)."""
    out: list[int] = []
    skipped = 0
    for i in range(dated - 1, -1, -1):
        if len(out) >= reach:
            break
        if skipped < _BUTTON_GAP and (is_button(lines[i]) or passed(i)):
            skipped += 1
            continue
        out.append(i)
    return out


_CRUMB_REACH = 40  # lines over the text's first line the headline may stand
_CUT_MIN = 6  # characters of the headline the breadcrumb keeps before its ellipsis
_CUT_END = rx.compile(r"(?:\.{2,}|…+)$")
_HEADLINE_MAX = 100


def crumb_cut_title(lines: list[str], start: int) -> int | None:
    """主頁 最新 某某大火 | 分析人口... over 某某大火 | 分析人口數據 …: a breadcrumb ending in the
    headline cut short names the line under it as the headline, however it is set (bars, spaced
    phrases that read as a list of links)."""
    for i in range(start - 1, max(0, start - _CRUMB_REACH), -1):
        above, line = lines[i - 1].rstrip(), lines[i].strip()
        cut = _CUT_END.search(above)
        if cut is None or len(line) > _HEADLINE_MAX or line.endswith("。"):
            continue
        words = above[: cut.start()].rstrip()
        # The cut headline is the crumb's end: find where it begins in the line under it.
        for k in range(len(words) - _CUT_MIN, 0, -1):
            if line.startswith(words[k:]) and words[k - 1] in " \u3000>›»/|｜":
                return i
    return None


def past_buttons(lines: list[str], i: int) -> int | None:
    """Line i, or when it is a button (the player reading the article aloud, taken for the line
    over the writer's name), the headline over the buttons."""
    if not is_player(lines[i].strip()):
        return i
    skipped = 0
    while i >= 0 and is_button(lines[i]) and skipped < _BUTTON_GAP:
        i, skipped = i - 1, skipped + 1
    return i if i >= 0 and title_like(lines[i]) else None
