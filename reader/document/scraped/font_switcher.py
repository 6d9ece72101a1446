"""The page's font-size switcher (【字体：大 中 小】, 字号：T|T, 文字大小 [大][中][小]): a row of
buttons a portal sets under its headline, often on the date line; never a headline itself."""

from __future__ import annotations

from reader.document import rx

_OPEN, _CLOSE = r"[\[【(（]", r"[\]】)）]"
_SIZE = rf"(?:{_OPEN}\s*)?(?:[超特]?大|[中小]|[Aa][+＋\-－]|[Tt])(?:\s*{_CLOSE})?"
_LABEL = r"(?:调整|調整|选择|選擇)?(?:字体|字體|字号|字號|文字|字)(?:大小)?"
# Without a label the three sizes are set apart (大 中 小, 大|中|小, [大][中][小]): 大中小学 is a word.
_APART = rf"(?:\s*[|｜/／]\s*|\s+|\s*{_CLOSE}\s*{_OPEN}\s*)"
# 【字体：大 中 小】, [字号 大 中 小], 字体大小：大 中 小, 文字：[大][中][小], 字號：A+ A-, 【大 中 小】.
_SWITCHER = rx.compile(
    rf"(?:{_OPEN}\s*)?(?:{_LABEL}\s*(?:[:：]\s*)?{_SIZE}(?:\s*(?:[|｜/／]\s*)?{_SIZE}){{1,3}}"
    rf"|(?:{_OPEN}\s*)?大{_APART}中{_APART}小(?:\s*{_CLOSE})?)(?:\s*{_CLOSE})?"
)


def is_font_switcher(line: str) -> bool:
    """The line is the font-size switcher alone."""
    if "小" not in line and "A" not in line and "a" not in line and "T" not in line and "t" not in line:
        return False  # every line of a file is asked: most have none of the sizes
    return _SWITCHER.fullmatch(line.strip()) is not None


def without_font_switcher(line: str) -> str:
    """The line with a font-size switcher set before or after it cut (【字体：大 中 小】 发布时间：…)."""
    if "小" not in line and "A" not in line and "T" not in line:
        return line
    line = line.strip()
    for found in _SWITCHER.finditer(line):
        opens = found.start() == 0 and line[found.end() : found.end() + 1] in (" ", "\u3000")
        closes = found.end() == len(line) and line[found.start() - 1 : found.start()] in (" ", "\u3000")
        if opens or closes:
            return (line[: found.start()] + line[found.end() :]).strip()
    return line
