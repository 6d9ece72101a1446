"""A lone unnumbered head that is one all the same: a short line set apart between two
paragraphs of the text's middle (an article with one such head keeps it)."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import ends_sentence, is_prose

_LONE_HEAD_MIN = 6  # 活动现场 alone is what a photo left behind: a caption
_LONE_HEAD_MAX = 30
_PARAGRAPH_AROUND = 40  # characters of the paragraphs a lone head stands between


def set_apart(lines: list[str], i: int, sub: int | None) -> bool:
    """A lone head is one when it parts two paragraphs of the text's middle: a short line with
    no clause mark, a paragraph above it (its photo credit may close it) and a full one under it."""
    last = i if sub is None else sub  # a kicker over its head (工伤权益会： / 正跟进三宗个案): set apart as one
    if i < 1 or last not in (i, i + 1) or last >= len(lines) - 1:
        return False
    line, above, under = lines[last], lines[i - 1], lines[last + 1]
    kicker = lines[i].rstrip("：:")
    if i >= 2 and _PHOTO_END.search(above) and not ends_sentence(above):  # noqa: PLR2004
        above = lines[i - 2]  # 資料照片, 報系資料照: a photo's caption under the paragraph, over the head
    return (
        _LONE_HEAD_MIN <= len(line) <= _LONE_HEAD_MAX and (_IN_CLAUSES.isdisjoint(line) or last == i and _TWO_PHRASES.fullmatch(line) is not None)
        and (last == i or lines[i].endswith(("：", ":")) and 0 < len(kicker) <= _LONE_HEAD_MAX
             and _IN_CLAUSES.isdisjoint(kicker))
        and is_prose(above) and len(above) >= _PARAGRAPH_AROUND // 2
        and len(under) >= _PARAGRAPH_AROUND and ends_sentence(under)
    )


_IN_CLAUSES = frozenset("，,、；;：:")
# 警方上午函送，檢方下午火速傳喚, 某某遭罰 警大罵：罰不怕: a news sub-head of two short phrases (a
# field's label and value, 照片翻攝 ：某某社, 資料來源：…, is none).
_TWO_PHRASES = rx.compile(
    r"(?![^，：:]*(?:[摄攝]|照片|[图圖]|[来來]源|提供))(?:[^，,、；;：:。！？]{4,14}，|[^，,、；;：:。！？]{6,14}(?<=\S)[：:])[^，,、；;：:。！？]{3,14}"
)
# 資料照片, 報系資料照, …（記者王小五攝）: a photo's caption or its credit, either script.
_PHOTO_END = rx.compile(r"(?:资料照片?|資料照片?|[摄攝]影?|提供)[）)]?$")
