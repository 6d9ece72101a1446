"""The font-size switcher a news page sets between its headline and its text (字級： / 最小字型 預設
最大字型, 【字体：大 中 小】, 字型大小：, A- A A+): page furniture, never the headline."""

from __future__ import annotations

from reader.document import rx

# Each character in either script (the lines are read half converted: 預设).
_LABEL = r"(?:目前|[调調]整|[选選][择擇])?(?:字[级級]|字型|字[体體]|字[号號]|文字|字)(?:大小|[设設]定|[调調]整)?"
_SIZE = (
    r"(?:(?:最小|最大|[较較]小|[较較]大|特大|超大|加大|小|中|大|[标標][准準]|[预預][设設]|[默][认認]|正常|放大|[缩縮]小)"
    r"(?:字型|字[体體]|字[号號]|字)?|A[+\-＋－]?|[+\-＋－])"
)
_SEP = r"[\s|｜/、]*"
_SWITCH = rx.compile(
    rf"[【\[]?{_SEP}(?:(?P<label>{_LABEL}){_SEP}[:：]?)?{_SEP}(?P<sizes>(?:{_SIZE}{_SEP}){{0,6}}){_SEP}[】\]]?"
)
_SIZE_ONE = rx.compile(_SIZE)
_SWITCH_MAX = 30
_BARE_SIZES = 3  # 小 中 大 with no label: three sizes at least (中大 is a name)


def is_font_switch(line: str) -> bool:
    """字級：, 最小字型 預設 最大字型, 【字体：大 中 小】, 字型大小：, 小 中 大, A- A A+: the whole line."""
    bare = line.strip()
    if not bare or len(bare) > _SWITCH_MAX:
        return False
    match = _SWITCH.fullmatch(bare)
    if match is None:
        return False
    sizes = _SIZE_ONE.findall(match.group("sizes") or "")
    if match.group("label"):
        return bare.endswith((":", "：", "】", "]")) or len(sizes) >= 1
    latin = any(s.startswith("A") for s in sizes)
    return len(sizes) >= _BARE_SIZES or latin and len(sizes) >= 2  # noqa: PLR2004
