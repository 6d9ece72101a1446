"""The buttons between a headline and its date line: a share bar (分享 / 留言 / 列印 / A- A+), a
like counter (讚 2), a font-size switcher. Taiwanese and Hong Kong papers set them there, so the
headline stands farther over its date line than the three lines the rules reach."""

from __future__ import annotations

from reader.document import rx
from reader.document.headlines.headline_shape import title_like
from reader.document.scraped.patterns import is_chrome

_BUTTON_GAP = 6  # button lines a headline may stand over its date line
# 列印, 讚 2, 按讚, 推 3, 留言 5: a short button's word, with its counter.
_BUTTON = rx.compile(r"(?:列印|列印本页|列印本頁|讚|按讚|按赞|推|留言|回应|回應|转寄|轉寄|字级|字級|分享)\s*\d*")
_BUTTON_MAX = 6


def is_button(line: str) -> bool:
    """A line of page buttons only: share, print, like, font size."""
    bare = line.strip()
    return bool(bare) and not title_like(bare) and (
        is_chrome(bare) or len(bare) <= _BUTTON_MAX and _BUTTON.fullmatch(bare) is not None
    )


def over_buttons(lines: list[str], dated: int, reach: int) -> list[int]:
    """The `reach` lines over line `dated`, the buttons between not counted (at most six of them)."""
    out: list[int] = []
    skipped = 0
    for i in range(dated - 1, -1, -1):
        if len(out) >= reach:
            break
        if is_button(lines[i]) and skipped < _BUTTON_GAP:
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
