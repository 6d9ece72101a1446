"""The parts of a whole listed after 其中: 平均发行利率3.46%，其中一般债券|3.33%，专项债券|3.51%. A
part named by a noun of the whole's kind (一般债券, of 地方政府债券) has the whole's measure
(一般债券平均发行利率), a part of a change the change (增长5%，其中第一产业|3%: 第一产业增长); a
part that names no measure for a share or a rate of another kind gets none (平均利率3.52%，其中一般债券|3.52%: not 一般债券 itself, which is no rate)."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

_PARTS = rx.compile(r"(?:^|[，,、：:\s])其中[，,：:]?\s*$")
_OPENS_PARTS = rx.compile(r"^\s*其中(?![奖标签])")
_RATIO = rx.compile("[%％]|百分点")
_LEAD_PARTS = rx.compile(r"^[，,、\s]*(?:其中[，,：:]?\s*)?")
_HAN = rx.compile(r"[\u4e00-\u9fff]{2,8}")
# What a whole's measure ends with (平均发行利率, 债务限额, 剩余平均年限, 单价): a measure, not a thing.
MEASURE_END = frozenset("率限额值量数价比重幅速")
_HEAD = 2  # the head noun a part shares with its whole: 债券, 债务, 投资
_REST_MAX = 8  # a measure longer than this after the head is a clause, not a measure


class Parts:
    """The whole a clause's parts are of, while the 其中 list goes on."""

    def __init__(self) -> None:
        self._whole: str | None = None

    def clause(self, head: str, before_head: str, previous: list[str | None], adjacent: bool) -> None:
        """A new clause: head, its words before the figure; before_head, the text before them."""
        if _OPENS_PARTS.match(head) or _PARTS.search(before_head):
            self._whole = previous[-1] if previous else None  # 利率3.46%，其中|…
        elif not adjacent:
            self._whole = None  # the sentence ended: the list of parts with it

    def subject(self, part: str | None, unit: str, said: str) -> str | None:
        """part, with its whole's measure when it has none of its own, or None when unclear;
        said: the words before the figure in its clause, simplified (…的占|83%: a share of its own)."""
        whole = self._whole
        if not part and whole and (named := _named(said)):
            return _measured(named, whole)  # 发行期限12.2年，其中一般债券|8.6年: no rule gave one
        if not part or not whole or words.CHANGE_END.search(part.translate(words.T2S)) or "占" in said:
            return part
        if nouns.ends_in(part, MEASURE_END) or (measured := _measured(part, whole)) is None:
            return part if nouns.ends_in(part, MEASURE_END) else _unmeasured(part, whole, unit)
        return measured  # 一般债券 + 平均发行利率 (其中一般债务限额|151089亿元: its own measure)


def _named(said: str) -> str | None:
    """The part a clause names with nothing but a noun before its figure (，其中一般债券|8.6年)."""
    text = _LEAD_PARTS.sub("", said.strip()).strip("，,、 ")
    return text if _HAN.fullmatch(text) and nouns.valid(text) else None


def _measured(part: str, whole: str) -> str | None:
    """part with the measure its whole has after the head they share, None if none."""
    at = whole.find(part[-_HEAD:])
    rest = whole[at + _HEAD :] if at >= 0 else ""
    return part + rest if rest and len(rest) <= _REST_MAX and nouns.ends_in(rest, MEASURE_END) else None


def _unmeasured(part: str, whole: str, unit: str) -> str | None:
    """A part of another kind than its whole: with the whole's change (GDP增长5%，其中第一产业|3%:
    第一产业增长), none for a rate (平均利率3.52%，其中一般债券|3.52%), else the part."""
    change = words.CHANGE_END.search(whole.translate(words.T2S))
    if _RATIO.search(unit) and change:
        return part + whole[change.start() :]
    return None if _RATIO.search(unit) and nouns.ends_in(whole, MEASURE_END) else part
