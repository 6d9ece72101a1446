"""The noun phrase a clause gives a key figure: the words before the figure with the scope and
time words, clause openers, a prepositional phrase and the verbs between it and the figure left
out (figure_subjects.py decides whether the figure gets it)."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_totals as totals
from reader.document.key_figures import figure_words as words

JOINERS = "、和及与或，, "
_TO_LEVEL = rx.compile("[到至为]")
_ACHIEVED = rx.compile("(?:实现|完成|录得|发生)$")
_DENG_WORDS = frozenset("中同平高初上下相均对优次劣一二三四五六七八九特头")  # 中等收入, 二等奖: 等 in a word
_DENG_STARTS = frozenset("效同级待候值")  # 等效全电里程, 等级: 等 starts a word
_PER_UNIT = rx.compile("每|人均|户均|亩均|单位")
_AGENT_MAX = 12  # who a measure is of: 外商及港澳台商投资企业
_JOINER_TAILS = ("者", "是")
# 在疫情前的2019年|设定目标: a phrase of time, then its 的 and a year
_TIME_CLOSE = rx.compile("(?<=[\u4e00-\u9fff])(?:[之以]?前(?![景途提期])|[之以]?后(?![果台])|期间)(?=的)")
_TIME_TAIL = rx.compile(r"的(?:\d{2,4}年(?:\d{1,2}月)?)?")
_PHRASE_END = rx.compile("期间|之间|内(?![容部地])|中(?![国心央华])|时(?![间期代候段刻])|后(?![果台])|里(?![程面])")  # where 在…内, 在…时 ends
# The currency an amount is in, just before it (为新台币|2兆元, 达美元|45亿): not the subject's
# (人民币兑美元|跌0.06%, 人民币兑新台币: an exchange rate's currencies are; 台币 after 新 is 新台币's)
_CURRENCY_BEFORE = rx.compile(r"(?<!兑)(?:新台币|(?<!新)台币|人民币|美元|港元|港币|欧元|日元|日圆|英镑)\s*$")
_BLANKED = rx.compile(" {3,}")  # an aside in brackets, blanked (figure_window.unbracketed)
_OF_ABOUT = rx.compile(r"的(?:近|约|约为|超过|逾|将近|不到|仅|达|高达)?$")
# An industry's name joins its parts with 和 or 及 (水生产和供应业, 批发和零售业): cut there, it is
# a piece of the name (供应业电力消费), no subject.
_INDUSTRY_PART = rx.compile(r"[\u4e00-\u9fff]{1,6}业(?![务绩主])")
# The last part of an industry's name that lists its trades (交通运输、|仓储和邮政业, 信息传输、|软件和
# 信息技术服务业): the name is cut at its 、, no subject.
_INDUSTRY_TAIL = rx.compile(  # the middle never runs past 实现 / 完成 to another 业 (营业收入)
    r"[\u4e00-\u9fff]{1,6}[和及](?:(?!实现|完成)[\u4e00-\u9fff]){0,8}?业(?![务绩主])(?!实现|完成)"
)
# A verb whose object is the list before 等 (集成电路、电工器材等|进口): the list's trade, not a noun.
_TRADES = rx.compile("(?:合计|共计|总计|累计)?(?:进出口|进口|出口|销售|采购|出售|收购|购买|生产|出货)(?:额|量)?")


def own_subject(
    segment: str, simple: str, truncated: bool, whole_list: bool
) -> tuple[str | None, str, str]:
    """The noun phrase before the figure in its clause, the change verb between them, and the
    words peeled off between them (实现, 约为…); whole_list: nouns joined by 、 before it share
    the figure (电力、热力生产和供应业|下降38.6%), not only the last (…、医院|5家)."""
    if simple.rstrip(nouns.EDGES).endswith(("、", "和", "及", "与", "或")):
        return None, "", ""  # 4个税种、|5项: the words before are the last item's
    segment, simple = _without_currency(segment, simple)
    a, b = _strip_span(simple, 0, len(simple))
    if at_time := words.AT_TIME.search(simple, a, b):
        b = at_time.start()  # 指数从2004年的|109％: the value at a time, not a modifier
    if per := words.PER.search(simple, a, b):
        said = a + words.tail_start(simple[a : per.start()])  # 收购价为|每股: the verb before 每
        kept = clean(re.sub(r"^(?:按照|依照|根据|按)", "", segment[a:said]))
        # a measure, or a noun a verb says it of (门票价格为|每张), not who (汉邦高科|每股跌掉)
        ends = words.NOUN_END | words.ATTRIBUTE_END if said < per.start() else words.ATTRIBUTE_END
        if kept and nouns.ends_in(kept, ends):
            b = per.start()  # 拾花指导价为每公斤|1.8元
    if "、" in simple[a:b] and simple[a:b].endswith("各"):
        return None, "", ""  # 昭通市、西双版纳傣族自治州各|1家: each of them
    if "、" in simple[a:b] and not (whole_list and _noun_list(simple[a:b])):
        a, truncated = _last_item(simple, a, b), False
        if a < 0 or _INDUSTRY_TAIL.match(simple, a, b):
            return None, "", ""  # 甲、乙、丙“三大件”合计|出口: the list's, not 丙's; 交通运输、|仓储和邮政业
    if (a := _after_deng(simple, a, b)) < 0:
        return None, "", ""
    # 现行标准的80％, 总装机量的近4倍: a modifier of the figure, not its subject.
    ends_in_de = bool(_OF_ABOUT.search(simple, a, b))
    cut = a + words.tail_start(simple[a:b])
    peeled = simple[cut:b]
    change = words.CHANGE.search(peeled)
    # 从63.2%提高到|72.7%: the level it ends at, not the change
    # …as the text writes it (成長, not 成长, in a traditional text)
    verb = segment[cut + change.start() : cut + change.end()] if change and not _TO_LEVEL.match(
        simple, cut + change.end()) else ""
    b = cut
    if ends_in_de:  # 现行标准的80％: a modifier of the figure; 需求占当月成交的8%: a share
        b, peeled = simple.find("占", a, b), "占"
    span = _front(simple, a, b, peeled, truncated) if b >= 0 else None
    if span is None:
        return None, verb, peeled
    subject = clean(_drop_modals(segment, simple, *span))
    if achieved := _ACHIEVED.search(simple, 0, span[0]):  # 广东完成|规模以上工业增加值|4745亿元
        peeled = "实现" + peeled
        subject = _whose(segment, simple, achieved.start(), subject)
    return subject, verb, peeled


def _after_deng(simple: str, a: int, b: int) -> int:
    """Where the words after a list ended by 等 start (菲律宾等地|航线, A、B等|跌幅), a if there is
    none; -1 when they are only the list's trade (集成电路、电工器材等|进口: what was imported)."""
    others = simple.rfind("等", a, b - 1)
    if others < 0 or simple[others - 1] in _DENG_WORDS or simple[others + 1] in _DENG_STARTS:
        return a
    a = others + 2 if simple[others + 1] in words.PLACES else others + 1
    return -1 if _TRADES.fullmatch(simple, a, a + words.tail_start(simple[a:b])) else a


def _last_item(simple: str, a: int, b: int) -> int:
    """Where the words after the last 、 of simple[a:b] start, or their measure after 的
    (养老保险、失业保险的|缴费基数下限: the whole list's); -1 when they sum the list (甲、乙、
    丙“三大件”合计, unless 丙等主要作物 names it whole)."""
    a = simple.rfind("、", a, b) + 1
    others = simple.find("等", a, b - 1)
    named = others > a and simple[others - 1] not in _DENG_WORDS and simple[others + 1] not in _DENG_STARTS
    if totals.sums_the_list(simple[a:b]) and not named:
        return -1
    return de + 1 if (de := simple.find("的", a, b)) >= 0 else a


def _without_currency(segment: str, simple: str) -> tuple[str, str]:
    """The words before an amount without the currency named just before it (为新台幣|2兆元)."""
    end = currency.start() if (currency := _CURRENCY_BEFORE.search(simple)) else len(simple)
    return segment[:end], simple[:end]


def _whose(segment: str, simple: str, end: int, measure: str | None) -> str | None:
    """国有控股企业实现|利润总额: the measure with whose it is, the noun phrase before the verb
    (国有控股企业利润总额), when that is a plain noun phrase, not a list cut short (电力、热力
    …供应业); else the measure alone."""
    said = segment[:end]
    agent = clean(said) if measure and len(said) <= _AGENT_MAX + 4 and "、" not in said else None
    if not agent or len(agent) > _AGENT_MAX or words.PREPOSITION.search(agent):
        return measure
    if len(agent) > 3 and not nouns.ends_in(agent, words.NOUN_END | words.ORGANISATION_END):
        return measure  # 公司通过改革|实现: a clause; 广东, 国有控股企业: who
    return nouns.valid(agent + measure) if measure else None


def _noun_list(text: str) -> bool:
    """电力、热力生产和供应业|下降: nouns joined by 、, none of them a clause (属于自己的、价值)."""
    text = text[: words.tail_start(text)]
    return not words.MEASURE.search(text) and all(nouns.valid(item) for item in text.split("、"))


def _front(simple: str, a: int, b: int, peeled: str, truncated: bool) -> tuple[int, int] | None:
    """Where the subject in simple[a:b] is, once the scope words, clause openers and a
    prepositional phrase after it are left out; None if it is a clause."""
    if (a := _opened(simple, a, b)) < 0:
        return None
    for opener in words.OPENER.finditer(simple, a, b):
        a, truncated = opener.end(), False
        if simple.startswith(("后", "时"), a):
            a += 1  # 在重组完成后|公司总资产规模: the time clause ends with 后
    for prep in words.PREPOSITION.finditer(simple, a):  # its look-ahead reads past b: 比|达到
        if prep.end() > b:
            break
        if prep.start() == a and prep.group() != "向":
            a = prep.end()
        elif prep.group() in "从由" and nouns.ends_in(simple[prep.end() : b], words.ATTRIBUTE_END):
            a = prep.end()  # 人民受教育程度从|文盲率|高达80%: the measure after it
            break
        elif words.MEASURE.search(peeled) and prep.group() != "向":  # 上证指数|在短时间内|累计调整了
            if (span := _around_phrase(simple, a, prep, b)) is None:
                return None
            a, b = span
            break
        else:  # 劳伦斯先后在美国|12个, 销售员向…推荐: a clause, no subject
            return None
    if truncated:  # the window starts inside the clause: only a 的 shows where a noun starts
        a = simple.rfind("的", a, b) + 1
        if a == 0:
            return None
    return a, b


def _past_time(simple: str, a: int, b: int) -> int:
    """Past a 在 phrase of time that simple[a:b] starts with, and the 的 and the year after it
    (在|疫情前的2019年|设定目标); a when there is none."""
    if not simple.endswith(("在", "于"), 0, a) or not (close := _TIME_CLOSE.search(simple, a, b)):
        return a
    end = close.end() + len(_TIME_TAIL.match(simple, close.end(), b).group())  # type: ignore[union-attr]
    return end if end < b else a


def _opened(simple: str, a: int, b: int) -> int:
    """a past the scope and time words before the subject; -1 when the words open with the
    base of a comparison (比|上月|上升, 较|上年度|增加: never the subject)."""
    if lead := words.LEAD.match(simple, a, b):
        a = _past_time(simple, lead.end(), b)
    prep = words.PREPOSITION.match(simple, a, b)
    return -1 if prep and prep.group() in ("比", "较") else a


def _around_phrase(simple: str, a: int, prep: re.Match[str], b: int) -> tuple[int, int] | None:
    """The subject's span by a prepositional phrase before the measuring verb: the words before
    it (上证指数|在短时间内|累计调整了), or the measure after it when the phrase closes first
    (家用汽车产品|在包修期内|单次修理时间|超过); None when neither is a subject."""
    if nouns.ends_in(simple[a : prep.start()], words.PERSON_END):
        return None  # 普通人|在医师指导下…减: who does it, not what is measured
    close = _PHRASE_END.search(simple, prep.end(), b)
    if not close or not simple[close.end() : b].strip(nouns.EDGES + "“”"):
        return a, prep.start()
    return (close.end(), b) if nouns.valid(simple[close.end() : b]) else None


def _strip_span(simple: str, a: int, b: int) -> tuple[int, int]:
    edges = JOINERS + nouns.EDGES
    while a < b and simple[a] in edges:
        a += 1
        if simple.startswith(_JOINER_TAILS, a) and simple[a - 1] == "或":
            a += 1  # 或者行驶里程: the conjunction is 或者, not 或 before a noun 者…
    while b > a and simple[b - 1] in edges:
        b -= 1
    return a, b


def _drop_modals(segment: str, simple: str, a: int, b: int) -> str:
    """The subject without its modals (项目拟耗资 → 项目耗资); 拟 that begins it is its
    modifier (拟资助资金: the funds planned)."""
    parts, at = [], a
    for modal in words.MODAL.finditer(simple, a, b):
        if modal.start() == a and modal.group() == "拟":
            continue
        parts.append(segment[at : modal.start()])
        at = modal.end()
    parts.append(segment[at:b])
    return "".join(parts)


def clean(text: str) -> str | None:
    text = _BLANKED.sub("", text).strip(nouns.EDGES)
    if lead := words.LEAD.match(text.translate(words.T2S)):
        text = text[lead.end() :]
    if len(text) > nouns.SUBJECT_MAX:  # 近三年来在“两新”组织中新发展党员: the head after the last 的
        at = text.rfind("的")  # …, or the last of nouns joined by 及 (…复印件及报名材料费)
        at = at if at >= 0 else max(text.rfind("及"), text.rfind("和"), text.rfind("与"))
        if per := _PER_UNIT.search(text, 0, max(at, 0)):
            return _per_measure(text, per.start())  # not the head alone: 每百元营业收入中的|成本
        if at >= 0 and text[at] != "的" and _INDUSTRY_PART.match(text, at + 1):
            return None
        text = text[at + 1 :] if at >= 0 else ""
        if totals.sums_the_list(text):
            return None  # 甲、乙和丙“三大件”产品合计出口: the list's total, not 丙's
    if (found := nouns.valid(text)) or "的" not in text:
        return found
    at = text.rfind("的")
    if per := _PER_UNIT.search(text, 0, at):
        return _per_measure(text, per.start())  # 每百元营业收入中的|费用
    return nouns.valid(text[at + 1 :])  # 有进出口实绩的|民营企业数量


def _per_measure(text: str, per: int) -> str | None:
    """规模以上工业企业|每百元营业收入中的成本: the measure from its per word on (每, 人均…; not
    单位, which a longer name may hold), if it reads as a noun phrase."""
    return None if text.startswith("单位", per) else nouns.valid(text[per:])


