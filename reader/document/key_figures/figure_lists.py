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

_MODIFIER = rx.compile("(?:累计|平均|年均|排放|质押|持股|同比|GDP|gdp|销售|零售|营业|进出口|出口|进口)$")
_MEASURE_LEN = 2  # the measure's last word: 增速, 产量, 投资, 总量, 比重
_RATES = frozenset({"利率", "税率", "汇率", "费率", "效率", "比率", "频率", "概率", "功率", "速率", "赔率"})
_ATTRIBUTE = words.ATTRIBUTE_END | frozenset("速")  # 短期, 高速: how a measure is qualified
_PARALLEL_MAX = 4  # 中期、远期, 第一产业、第二产业…: a parallel of the last item's first word
_VERB = rx.compile("占|是|为|有|达|实现|完成")
_ITEM_JOINER = rx.compile("[、和与與及或]")  # between the items of a list: 东部、中部和西部
_RESPECTIVELY = rx.compile("分[别別]|依次")
_COMPARED_END = rx.compile("(?:同比|环比|比|较)$")  # 零售额同比|分别增长: how, not an item
_SHARE = rx.compile(r"占[^占是为有达]{0,8}(?:份额|比重|比例|比)$")  # 进出口、出口和进口|占全国份额
# A measure in 额, 值, 量 that is a word of two characters (销售|总额, not 零|售额, 工业增|加值)
_WHOLE_TWO = frozenset({
    "金额", "总额", "余额", "份额", "数额", "差额", "税额", "限额", "配额", "定额", "名额", "面额",
    "产值", "总值", "市值", "净值", "均值", "峰值", "价值", "估值", "数值", "比值", "货值", "增值",
    "产量", "销量", "总量", "数量", "增量", "流量", "用量", "含量", "重量", "容量", "运量", "储量", "质量",
})
# A measure that is no attribute (利润, not 利|润) that the last item of a list may carry for all
_SHARED_WORDS = frozenset({"利润", "风险", "占比", "比例", "比重", "收入", "投资", "价格", "营收", "支出", "成本"})
# …but for these words of three characters that end in one of them (货|运量, 客|流量, 用|电量)
_THREE = frozenset({"货运量", "客运量", "客流量", "库存量", "用电量", "发电量", "售电量", "用水量", "用气量"})
# How the items of a 分别 list changed, when each says its own: 分别增长4.2%|和下降|2.6%
_TURN = rx.compile(f"[{JOINERS}]*(?:同比|环比)?({words.CHANGE.pattern})")


def share_measure(items: list[str | None]) -> list[str | None]:
    """Each item with the measure the last one carries, or [] when it is not clear."""
    last = items[-1] or ""
    if "的" in last:
        noun, measure = last.rsplit("的", 1)
    else:
        cut = len(last) - _MEASURE_LEN
        if _three_characters(last):
            cut -= 1  # 初中|辍学率, not 初中辍|学率: a rate's word is of three characters
        if modifier := _MODIFIER.search(last, 0, cut):
            cut = modifier.start()
        elif last.translate(words.T2S).startswith("总", cut) and cut >= _MEASURE_LEN * 2:
            cut -= _MEASURE_LEN  # 利润|总额, 经济|总量: a total's measure names what it totals
        noun, measure = last[:cut], last[cut:]
    if share := _SHARE.search(last.translate(words.T2S)):
        noun, measure = last[: share.start()], last[share.start() :]  # 进口|占全国份额: a share
    if not noun or not measure or _VERB.search(noun.translate(words.T2S)):
        return []
    first = (items[0] or "").rsplit("的", 1)[-1]  # 传统产业中的|纺织服装: the list's scope
    shared = [nouns.valid(item + measure) if item else None for item in [first, *items[1:-1], noun]]
    return shared if all(shared) else []


def _three_characters(last: str) -> bool:
    """初中辍学率, 家电类零售额, 集体企业工业增加值: the measure that ends the last item is a word
    of three characters (辍学率, 零售额, 增加值), not of two (学率, 售额, 加值)."""
    if len(last) <= _MEASURE_LEN + 1:
        return False
    measure = last[-2:].translate(words.T2S)
    if last[-3:].translate(words.T2S) in _THREE:
        return True
    if measure.endswith("率"):
        return measure not in _RATES
    return measure.endswith(("额", "值", "量")) and measure not in _WHOLE_TWO


def next_in_list(simple: str) -> bool:
    """、|22.98%, 和下降|2.6%: the words before the figure say nothing but, maybe, its change
    (the next item of a 分别 list, with its own direction)."""
    return not simple.strip(JOINERS + nouns.EDGES) or _TURN.fullmatch(simple.rstrip(nouns.EDGES)) is not None


def next_item(pending: str | None, segment: str, simple: str) -> str | None:
    """The next item of a 分别 list; with the change said before its figure (分别增长4.2%|和下降|
    2.6%) in place of the list's, or None when the item had no change to replace."""
    turn = _TURN.fullmatch(simple.rstrip(nouns.EDGES))
    if not turn or not pending:
        return pending
    if not words.CHANGE_END.search(pending.translate(words.T2S)):
        return None  # 分别达到300万吨和|增长|1.7%: the level's item, but a change of what?
    return nouns.valid(words.unchanged(pending) + segment[turn.start(1) : turn.end(1)])


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
    if nouns.ends_in(first, _ATTRIBUTE) or _SHARED_WORDS.intersection(_ends(first)):
        return False  # 甲利润和乙收入: each item has its own measure
    return nouns.ends_in(last, _ATTRIBUTE) or len(last) > _MEASURE_LEN + 1 and bool(
        _SHARED_WORDS.intersection(_ends(last)))  # 装备制造业和高技术制造业|利润


def _ends(item: str) -> set[str]:
    return {item.translate(words.T2S).rstrip(nouns.EDGES)[-_MEASURE_LEN:]}


def _listed(segment: str) -> str | None:
    """iOS、MIUI 和 HarmonyOS 分别以|20%…: the nouns listed before 分别 or 依次, if a list."""
    head = _RESPECTIVELY.split(segment)[0].strip(JOINERS + nouns.EDGES)
    head = _COMPARED_END.sub("", words.BASE_END.sub("", head))  # …排放总量|比2020年|分别下降
    return head if _ITEM_JOINER.search(head) else None  # the base is no item's


def names_nothing(segment: str) -> bool:
    """，比上年分别增长|21%: no noun before 分别, so the list is of the figures before it (not
    增速分别比上月加快|0.5个百分点: the change of 增速, another measure)."""
    head = _RESPECTIVELY.split(segment.translate(words.T2S))[0].strip(JOINERS + nouns.EDGES)
    head = _COMPARED_END.sub("", words.BASE_END.sub("", head))
    return not head[lead.end() :] if (lead := words.LEAD.match(head)) else not head



# An industry's name ends in 业 (not 企业, 就业, 营业收入, 业务): 批发和零售业, 交通运输、仓储和邮政业
_INDUSTRY = rx.compile("(?<![企就职学毕作物专创营])业(?![务绩主])")
_INDUSTRY_JOIN = rx.compile("([、和及与])")
_CONJUNCTION = rx.compile("[和及与]")
# A 和 or 及 inside an industry's name (批发和零售业, not 装备制造业和高技术制造业: two names)
INNER_JOINER = rx.compile(r"(?<!业)[和及][\u4e00-\u9fff]{1,10}?(?<![企就职学毕作物专创营])业(?![务绩主])")
_NAMES = rx.compile(r"[^\d%％]+")  # a piece that only names: no figure


def industries(segment: str, lead: str) -> list[str | None] | None:
    """The items of a 分别 list of industries, each whole with the measure they share, when one
    is named by its trades (信息传输、软件和信息技术服务业，租赁和商务服务业，交通运输、仓储和邮政业
    增加值分别增长…: three, never cut at an inner 、 or 和): the clause's and the bare names before
    it between commas, back to a clause that is none (其中, 上半年); lead: the words before the
    clause, begun by a break when they start where the text does. None when no name holds a
    joiner nor comes before (a list as any other); [] when the items are not sure (the list runs
    past the window's start; 教育、金融业: which 、?)."""
    head = _RESPECTIVELY.split(segment)[0].rstrip(JOINERS + nouns.EDGES)
    head = _COMPARED_END.sub("", words.BASE_END.sub("", head))
    ends = [found.end() for found in _INDUSTRY.finditer(head.translate(words.T2S))]
    measure = head[ends[-1] :] if ends else ""
    if not ends or _ITEM_JOINER.search(measure) or _VERB.search(measure.translate(words.T2S)):
        return None
    names, text = [head[: ends[-1]]], lead
    while text.endswith(("，", ",")):  # …服务业，|租赁和商务服务业，|交通运输、…
        start = max((b.end() for b in nouns.BREAK.finditer(text, 0, len(text) - 1)), default=0)
        if not _names(text[start:-1]):
            break
        names.insert(0, text[start:-1])
        text = text[:start]
    if len(names) == 1 and not INNER_JOINER.search(names[0].translate(words.T2S)):
        return None  # 装备制造业和高技术制造业, 教育、金融业: no name holds a 和 of its own
    items = [item for name in names for item in _split_names(name)]
    opener = words.LEAD.match((items[0] or "").translate(words.T2S))  # 全年|批发和零售业
    items[0] = (items[0] or "")[opener.end() if opener else 0 :] if text else None  # its start is read
    named = [nouns.valid(item) for item in items if item]
    after = segment[pairs.end() :] if (pairs := _RESPECTIVELY.search(segment)) else ""
    change = segment[pairs.end() + turn.start() : pairs.end() + turn.end()] if pairs and (
        turn := words.CHANGE.search(after.translate(words.T2S))) else ""  # 增长, as written (增長)
    return [f"{item}{measure}{change}" for item in named if item] if len(named) == len(items) and all(named) else []


def names_only(piece: str) -> bool:
    """A piece of a list before the clause it ends in: industries' names only (租赁和商务服务业),
    or nouns joined by 、 with no figure nor 的 (甲、乙)."""
    return _names(piece) or "、" in piece and "的" not in piece and bool(_NAMES.fullmatch(piece))


def _names(piece: str) -> bool:
    """A piece of the list before the clause: industries' names only (租赁和商务服务业)."""
    return bool(_NAMES.fullmatch(piece)) and _industry_end(piece) and all(_split_names(piece))


def _industry_end(text: str) -> bool:
    return (found := _INDUSTRY.search(text.translate(words.T2S), len(text) - 1)) is not None and found.end() == len(text)


def _split_names(names: str) -> list[str | None]:
    """Industries joined by 、 or 和, each whole (批发和零售业、文化、体育和娱乐业: two); None for
    a name whose 、 cannot be told (教育、金融业: one name, or two?)."""
    parts = _INDUSTRY_JOIN.split(names.strip(nouns.EDGES))
    items: list[str | None] = []
    name = ""
    for part, joiner in zip(parts[::2], [*parts[1::2], ""], strict=True):
        name += part
        if _industry_end(name):
            items.append(name if _trades(name) else None)
            name = ""
        else:
            name += joiner
    return [*items, None] if name else items


def _trades(name: str) -> bool:
    """交通运输、仓储和邮政业, 农、林、牧、渔业: a name that lists its trades by 、 ends in a 和 or
    及 part, or lists single characters."""
    *trades, tail = name.split("、")
    return not trades or bool(_CONJUNCTION.search(tail)) or all(len(trade) == 1 for trade in trades)
