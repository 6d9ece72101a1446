"""A 分别 list whose last item carries the measure of all its items: 汽车、电气和电力累计增速
分别为… pairs 汽车累计增速, 电气累计增速, 电力累计增速 with the figures in order;
广东、江苏和浙江的GDP增速分别是… gives 广东GDP增速… The measure is what follows 的 in the last
item, or the share it is of (进出口、出口和进口占全国份额), else its last word with a modifier of
a closed class before it (累计增速, 排放总量); a list whose last item holds another verb shares
nothing (None)."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words
from reader.document.key_figures.figure_clause import JOINERS, clean

_MODIFIER = rx.compile("(?:累计|平均|年均|排放|质押|持股|同比|GDP|gdp)$")
_MEASURE_LEN = 2  # the measure's last word: 增速, 产量, 投资, 总量, 比重
_RATES = frozenset({"利率", "税率", "汇率", "费率", "效率", "比率", "频率", "概率", "功率", "速率", "赔率"})
_ATTRIBUTE = words.ATTRIBUTE_END | frozenset("速")  # 短期, 高速: how a measure is qualified
_PARALLEL_MAX = 4  # 中期、远期, 第一产业、第二产业…: a parallel of the last item's first word
_VERB = rx.compile("占|是|为|有|达|实现|完成")
_ITEM_JOINER = rx.compile("[、和与及或]")  # between the items of a list: 东部、中部和西部
_RESPECTIVELY = rx.compile("分别|依次")
_SHARE = rx.compile(r"占[^占是为有达]{0,8}(?:份额|比重|比例|比)$")  # 进出口、出口和进口|占全国份额


def share_measure(items: list[str | None]) -> list[str | None]:
    """Each item with the measure the last one carries, or [] when it is not clear."""
    last = items[-1] or ""
    if "的" in last:
        noun, measure = last.rsplit("的", 1)
    else:
        cut = len(last) - _MEASURE_LEN
        if last.endswith("率") and last[-2:] not in _RATES and len(last) > _MEASURE_LEN + 1:
            cut -= 1  # 初中|辍学率, not 初中辍|学率: a rate's word is of three characters
        if modifier := _MODIFIER.search(last, 0, cut):
            cut = modifier.start()
        noun, measure = last[:cut], last[cut:]
    if share := _SHARE.search(last.translate(words.T2S)):
        noun, measure = last[: share.start()], last[share.start() :]  # 进口|占全国份额: a share
    if not noun or not measure or _VERB.search(noun.translate(words.T2S)):
        return []
    first = (items[0] or "").rsplit("的", 1)[-1]  # 传统产业中的|纺织服装: the list's scope
    shared = [nouns.valid(item + measure) if item else None for item in [first, *items[1:-1], noun]]
    return shared if all(shared) else []


def parallel(items: list[str | None]) -> list[str | None]:
    """中期、远期发展区面积分别约为…: items as long as the last one's first word, and ending as
    it does, are its parallels (中期 as 远期) and share the rest of it (中期发展区面积); a short
    item that ends as a measure's modifier does (短期、中长期…) but is no parallel is no subject
    (Nones); [] when the items are nouns of their own."""
    if len(items) < 2:
        return []
    last, short = items[-1] or "", len(items[0] or "")
    if not 1 <= short <= _PARALLEL_MAX or len(last) < short + _MEASURE_LEN:
        return []
    modifier = short <= _MEASURE_LEN and nouns.ends_in(items[0], _ATTRIBUTE)
    cut: list[str | None] = [None] * len(items) if modifier else []
    if any(len(item or "") != short or (item or "")[-1] != last[short - 1] for item in items[:-1]):
        return cut  # 中期、远期: a parallel ends as the last item's first word does (not 养殖、水产|品)
    rest = last[short:]
    if _VERB.search(rest.translate(words.T2S)) or not nouns.ends_in(rest, words.NOUN_END):
        return cut
    shared = [nouns.valid(item + rest) if item else None for item in items[:-1]]
    return [*shared, last] if all(shared) else cut


def list_items(own: str | None, segment: str) -> list[str | None]:
    """The nouns a 分别 list pairs: those before it in the clause (own), or, when they are fewer,
    the whole list before 分别 (iOS、MIUI 和 HarmonyOS 分别以…)."""
    split = [clean(item) for item in _ITEM_JOINER.split(own)] if own else []
    listed = _listed(segment)
    whole = [clean(item) for item in _ITEM_JOINER.split(listed)] if listed else []
    return whole if len(whole) > len(split) and "等" not in (listed or "") else split


def shares_a_head(items: list[str | None]) -> bool:
    """汽车、电气、电子和电力累计增速, 苹果和香蕉的价格: the last item's measure (累计增速, the
    part after 的) is every item's."""
    if len(items) < 2:
        return False
    last, first = items[-1] or "", items[0] or ""
    if "的" in last and "的" not in first:
        return True
    return nouns.ends_in(last, _ATTRIBUTE) and not nouns.ends_in(first, _ATTRIBUTE)


def _listed(segment: str) -> str | None:
    """iOS、MIUI 和 HarmonyOS 分别以|20%…: the nouns listed before 分别 or 依次, if a list."""
    head = _RESPECTIVELY.split(segment)[0].strip(JOINERS + nouns.EDGES)
    head = words.BASE_END.sub("", head)  # …排放总量|比2020年|分别下降: the base is no item's
    return head if _ITEM_JOINER.search(head) else None
