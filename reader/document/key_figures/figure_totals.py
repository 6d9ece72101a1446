"""A list of nouns summed by what follows its last item: 甲、乙和丙“三大件”产品合计出口, 甲、乙和丙
共计销售: the figure is the whole list's, so the last item alone (丙“三大件”产品合计出口) is no
subject; the whole phrase is, when it is short enough, else none."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_words as words

# A total said of the items before (合计, 共计, 总计, 合共, 一共, 总共), or a quoted name set after
# a noun that names them together (丙“三大件”), not a quoted item (和“丙”品牌).
_TOTAL = rx.compile(r"合计|共计|总计|合共|一共|总共|(?<=[\u4e00-\u9fff])(?<![、和及与或])[“「\"][^”」\"]{1,8}[”」\"]")


def sums_the_list(last_item: str) -> bool:
    """What follows the last item of a list sums the list (丙“三大件”产品合计出口)."""
    return _TOTAL.search(last_item.translate(words.T2S)) is not None
