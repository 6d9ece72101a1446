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


# Each character in either script (the lines are read half converted: 預设).
_WIDE_LABEL = r"(?:目前|[调調]整|[选選][择擇])?(?:字[级級]|字型|字[体體]|字[号號]|文字|字)(?:大小|[设設]定|[调調]整)?"
_WIDE_SIZE = (
    r"(?:(?:最小|最大|[较較]小|[较較]大|特大|超大|加大|小|中|大|[标標][准準]|[预預][设設]|[默][认認]|正常|放大|[缩縮]小)"
    r"(?:字型|字[体體]|字[号號]|字)?|A[+\-＋－]?|[+\-＋－])"
)
_WIDE_SEP = r"[\s|｜/、]*"
_WIDE_SWITCH = rx.compile(
    rf"[【\[]?{_WIDE_SEP}(?:(?P<label>{_WIDE_LABEL}){_WIDE_SEP}[:：]?)?{_WIDE_SEP}"
    rf"(?P<sizes>(?:{_WIDE_SIZE}{_WIDE_SEP}){{0,6}}){_WIDE_SEP}[】\]]?"
)
_SIZE_ONE = rx.compile(_WIDE_SIZE)
_SWITCH_MAX = 30
_BARE_SIZES = 3  # 小 中 大 with no label: three sizes at least (中大 is a name)


def is_font_switch(line: str) -> bool:
    """The switcher alone on the line as a headline's neighbour reads it, in either script and in
    more forms: 字級：, 最小字型 預設 最大字型, 【字体：大 中 小】, 字型大小：, 小 中 大, A- A A+."""
    bare = line.strip()
    if not bare or len(bare) > _SWITCH_MAX:
        return False
    if is_font_switcher(bare):
        return True
    match = _WIDE_SWITCH.fullmatch(bare)
    if match is None:
        return False
    sizes = [s for s in _SIZE_ONE.findall(match.group("sizes") or "") if s.strip("+-＋－")]  # --- is no size
    if match.group("label"):
        return bare.endswith((":", "：", "】", "]")) or len(sizes) >= 1
    latin = any(s.startswith("A") for s in sizes)
    return len(sizes) >= _BARE_SIZES or latin and len(sizes) >= 2  # noqa: PLR2004
