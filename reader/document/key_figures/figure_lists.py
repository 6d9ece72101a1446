"""A 分别 list whose last item carries the measure of all its items: 汽车、电气和电力累计增速
分别为… pairs 汽车累计增速, 电气累计增速, 电力累计增速 with the figures in order;
广东、江苏和浙江的GDP增速分别是… gives 广东GDP增速… The measure is what follows 的 in the last
item, else its last word with a modifier of a closed class before it (累计增速, 排放总量); a list
whose last item holds a verb (进口占全国份额) shares nothing (None)."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

_MODIFIER = rx.compile("(?:累计|平均|年均|排放|质押|持股|同比|GDP|gdp)$")
_MEASURE_LEN = 2  # the measure's last word: 增速, 产量, 投资, 总量, 比重
_VERB = rx.compile("占|是|为|有|达|实现|完成")


def share_measure(items: list[str | None]) -> list[str | None]:
    """Each item with the measure the last one carries, or [] when it is not clear."""
    last = items[-1] or ""
    if "的" in last:
        noun, measure = last.rsplit("的", 1)
    else:
        cut = len(last) - _MEASURE_LEN
        if modifier := _MODIFIER.search(last, 0, cut):
            cut = modifier.start()
        noun, measure = last[:cut], last[cut:]
    if not noun or not measure or _VERB.search(noun.translate(words.T2S)):
        return []
    first = (items[0] or "").rsplit("的", 1)[-1]  # 传统产业中的|纺织服装: the list's scope
    shared = [nouns.valid(item + measure) if item else None for item in [first, *items[1:-1], noun]]
    return shared if all(shared) else []
