"""The noun a key figure stands before (1.8万名|党建指导员, 100多万元的|资金), and whether words
read as a noun phrase: the rules figure_subjects.py uses after a figure and at a subject's ends.
Each reads a clause of at most WINDOW characters."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_words as words

SUBJECT_MAX = 14
AFTER_MAX = 10  # a noun after a count longer than this is a clause, not a noun
BREAK = rx.compile(r"[，。；：！？,;:!?（）()\n]|──|——")
EDGES = " ‘’\"'《》·…—-─"
_HAN = rx.compile(r"[\u4e00-\u9fff]")
_CJK_NUMERALS = frozenset("一二三四五六七八九十两几")
_LEAVE = frozenset("假")
_WORD_GOES_ON = words.NOUN_END | frozenset("梯动行性庭")  # 电梯, 专项|行动, 女|性, 家|庭: words go on
_LOCATIVE = rx.compile("[外内]|[以之][外内上下]|开外")
_LOCATIVES = ("面前", "期间", "周边", "周围")  # 遇难者|面前: a place word, not the noun's end
# 分 ends nouns (学分, 积分) but starts verbs too: a noun ends neither in such a verb nor in the
# two characters before it, its object (老旧小区|雨污分流改造, not 老旧小区雨污分 nor 老旧小区雨)
_SPLITS = rx.compile("分[流户类拣离配装批拆割摊担散解设送包]")
_OBJECT_LEN = 2
_MANNER = ("现象", "情况", "局面", "态势", "地步", "程度")  # a duration's noun: 25天的护理假, 各10天育儿假
# Words that stop a noun as verbs (计划, 统计) but go on it as nouns before 的 (持股计划的来源).
_NOUN_STOP = rx.compile("(?:计划|统计|决定)的")
_GOALS = frozenset({"目标", "目標", "任务", "任務", "预期", "預期"})  # 增长6%的|目标: what it is, not what it measures
PEOPLE_UNITS = ("名", "位", "人", "人次")  # counts of people (figure_objects.py too)
_JOINED = rx.compile("[和与及]")
_PLACE_ENDS = frozenset("县市省州")
_LATIN_START = rx.compile(r" ?[A-Za-z][A-Za-z0-9]{0,5} ?(?=[\u4e00-\u9fff])")
_VERBISH = rx.compile("靠|通过|凭|用|带来|获|取得|赚|挣|花|省|实现|完成|达到|进行|是|有|为|将|已|在|"
                      "要(?!素)|(?<![社机大协学工])会(?![计议员])|能(?![源力])|就(?!业)|再(?!生)|又|还(?![款贷])|也|都(?!市)|[多少]$")
_DIGIT = rx.compile(r"\d")
# How people came to be counted, before what they did (146人|不幸罹难, 40人|仍然失联): left out.
_HOW_LEAD = rx.compile("^(?:不幸|仍然|仍|依然|尚|均|全部|先后|相继)")
_RATES = frozenset("数量率幅值度比")  # a count, a quantity, a rate: what another figure gives
_IDENTIFIERS = ("号", "号码", "编号", "代码", "名单")
# 40元|一平方米: the unit a price is per, the clause's last word (not 一次性补贴, 一份年货)
_PER_ONE = rx.compile("[一每](?:平方米|平米|平方公里|公斤|千克|斤|吨|米|公里|个|件|人|户|次|股|张|份|亩|间|套|台|辆|天|年|月|小时|晚)"
                      "(?=$|[^\u4e00-\u9fff]|的)")
_NUMBER = rx.compile(r"\d{1,12}(?:\.\d{1,6})?[余多]?")


def ends_in(subject: str | None, ends: frozenset[str]) -> bool:
    """subject ends with one of ends: a noun's last character (社会组织|5994家)."""
    text = (subject or "").translate(words.T2S).rstrip(EDGES + "“”")
    return bool(text) and text[-1] in ends


def valid(text: str, place: bool = False) -> str | None:
    """text if it reads as a noun phrase, else None; place: a place's name may be one (832个|贫困县
    counts places: only a subject before a figure is never a place alone, 全市|16个区)."""
    text = text.strip(EDGES)
    if text.count("“") != text.count("”"):
        text = text.strip("“”")
        if "“" in text or "”" in text:
            return None
    simple = text.translate(words.T2S)
    if not 2 <= len(text) <= SUBJECT_MAX + 4 or words.NOT_SUBJECT.search(text):
        return None
    if words.BAD_START.match(simple) or words.BAD_END.search(simple) or words.PRONOUN.search(simple):
        return None
    if words.VERB_START.match(simple) or words.VERB_INSIDE.search(simple):
        return None
    if (not place and words.SCOPE_ONLY.fullmatch(simple)) or simple.endswith(("、", "和")):
        return None
    return text


def after_noun(after: str, unit: str) -> str | None:
    """For 43家市级以上园区建立…: the noun phrase the count classifies."""
    clause = BREAK.split(after)[0].lstrip("余多")
    if unit.endswith(PEOPLE_UNITS) and (lead := _HOW_LEAD.match(clause.translate(words.T2S))):
        clause = clause[lead.end() :]  # 146人|不幸|罹难
    if clause.startswith(("的", "以上", "以下", "左右", "出头", "出頭", "上下", "一点", "一點", "一些")):
        return None  # 11萬箱多一點: more, not what is counted
    simple = clause.translate(words.T2S)
    latin = _LATIN_START.match(simple)  # 9家|P2P平台, 9 家|A 股上市公司: a name's Latin start
    skip = latin.end() if latin else 0
    item: str | None = clause[: skip + len(words.AFTER_STOP.split(simple[skip:].split("、")[0])[0])]
    if item and len(item) <= 3 and clause.startswith(item + "、"):
        item = _shared_head(clause, item, unit)
    # 14个单位: a measure, not what is counted; 78家|公司员工持股计划的…: a noun (计划的), not a
    # verb, goes on the phrase
    if not item or _generic(item) or _NOUN_STOP.match(simple, len(item)):
        return None
    people, place = unit.endswith(PEOPLE_UNITS), unit.lstrip("余多万亿千").startswith("个")
    if "的" in item:
        return _noun_of(item, words.PERSON_END if people else
                        words.ORGANISATION_END if unit.endswith("家") else None)
    ends = words.PERSON_END if people else words.NOUN_END | _PLACE_ENDS if place else words.NOUN_END
    head = _head(item, ends, place)  # 家: 网吧, 媒体, 企业…; 个: 贫困县, 直辖市
    # 150家|期货公司客户权益总量达到…: a measure is not what a count counts; 10宗|居民投诉:
    # cases are counted, not the people they are of
    if not people and ends_in(head, words.ATTRIBUTE_END) or unit.endswith("宗") and ends_in(head, words.PERSON_END):
        return None
    if head and not people and _one_short(item, head, simple):
        head = valid(item, place) or head  # 11个生产车间，: the noun runs on, not 生产车|间 (券商股|中)
    joined = clause[len(item) :].startswith(("及", "和", "与", "以及"))  # 消防及救护人员
    if head or joined or len(item) > (3 if people else 6) or (item != clause and not people):
        return head
    # The whole rest of the clause, short: 2人受伤, 11人落网, 父母4个无知教育
    # 829位|年龄在…之间的参与者: people are counted, not their age; 二十余人|围着校…: a clause
    doing = people and (ends_in(item, words.ATTRIBUTE_END) or "着" in item)
    return None if ends_in(item, words.VERB_END) or doing else valid(item, place)


def verb_end(subject: str | None) -> bool:
    """subject ends as a verb does (学校停办, 老城区实施), not in a noun such as 排放."""
    return ends_in(subject, words.VERB_END) and not (subject or "").endswith(words.VERB_END_NOUNS)


def measure_noun(subject: str | None) -> bool:
    """全国一般公共预算收入, 社会保障和就业支出: a noun phrase ending in a measure whose last
    character also ends verbs (收入, 费用), with no verb before it (村里靠旅游带来|收入: a clause)."""
    if not subject or not subject.endswith(words.MEASURE_NOUNS):
        return False
    before = _JOINED.sub("", subject[:-2].translate(words.T2S))
    return not _VERBISH.search(before)


def _one_short(item: str, head: str, simple: str) -> bool:
    """head is item but its last character, and item runs to the end of the clause or of its
    list's first item: the word goes on (车|间, 地级|市, 台|阶), it is not a verb after the noun."""
    whole = len(item) == len(simple.split("、", 1)[0]) <= 6
    return (whole and len(item) == len(head) + 1 and not ends_in(item, words.VERB_END)
            and not words.MODAL.search(item))


def _shared_head(clause: str, item: str, unit: str) -> str | None:
    """90个市级、303个区级党建工作示范点: the items share the head noun of the last one;
    4个税种、5项…: an item of its own; 12个联邦、州和地方政府…: a list of nouns, not one."""
    number = _NUMBER.match(clause, len(item) + 1)
    if not number:  # 11条消防喉、八部…: counted things, each with its number
        went_on = clause[len(item) + 1 :].translate(words.T2S)  # 9800多万名党员、|在14亿…: a clause
        if words.PREPOSITION.match(went_on) or words.VERB_START.match(went_on):
            return valid(item)
        return valid(item) if clause[len(item) + 1 : len(item) + 2] in _CJK_NUMERALS else None
    if len(item) > 3 or not clause.startswith(unit, number.end()):
        return valid(item, unit.startswith("个"))
    rest = clause[number.end() + len(unit) :]
    return item + rest[len(item) : len(words.AFTER_STOP.split(rest.translate(words.T2S))[0])]


def _noun_of(item: str, fits: frozenset[str] | None) -> str | None:
    """600名日本女性的调查 → 日本女性; 200名过着…生活的日本女性 → 日本女性: the part before or
    after 的 that ends as a noun of the classifier's kind (None: any kind, not clear)."""
    if fits is None:
        return None
    for part in (item[: item.find("的")], item[item.rfind("的") + 1 :]):
        if len(part) <= AFTER_MAX and ends_in(part, fits) and (found := valid(part)):
            return found
    return _head(item[: item.find("的")], fits)  # 1 038名居民入住房屋局的… → 居民


def _head(phrase: str, ends: frozenset[str], place: bool = False) -> str | None:
    """The longest start of phrase that ends as a noun of the kind (ends) does (4条斑马鱼状态
    良好 → 斑马鱼, 13个处所执行搜查令 → 处所); for people the shortest (1 000名警务人员协调
    居民 → 警务人员)."""
    simple = phrase.translate(words.T2S)
    longest = range(min(len(phrase), AFTER_MAX), 1, -1)
    split = _SPLITS.search(simple)
    for end in (reversed(longest) if ends is words.PERSON_END else longest):
        before_object = split is not None and end == split.start() - _OBJECT_LEN  # 小区|雨污分流
        inside_a_word = (end < len(simple) and simple[end] in _WORD_GOES_ON  # 园|区, 电|梯
                         and not simple.startswith(_LOCATIVES, end) and not before_object) or simple.startswith(
                             _LOCATIVES, end - 1) or split is not None and split.start() - _OBJECT_LEN < end <= split.end()
        if simple[end - 1] in ends and not inside_a_word and (found := valid(phrase[:end], place)):
            return found
    return None


def _generic(noun: str) -> bool:
    """人民币, 水平, 左右…: how a figure is put, not what it measures."""
    return any(noun.startswith(word) for word in words.GENERIC)


def for_time(noun: str | None, timespan: bool, unit: str = "") -> str | None:
    """A duration's or an age's noun after it only when it is a leave or a period; a count of
    people's never an attribute (829位|年龄在…之间的参与者: people are counted, not an age)."""
    if unit.endswith(PEOPLE_UNITS) and (ends_in(noun, words.ATTRIBUTE_END) or "着" in (noun or "")):
        return None  # 二十余人|围着校…: what they do, not who they are
    return noun if not timespan or ends_in(noun, _LEAVE) else None


def noun_next(after: str) -> str | None:
    """20万元慰问金, 不超18.9亿可转债: an amount right before the noun it is, when nothing
    before it says what it is: a short noun up to a verb or the clause's end."""
    clause = BREAK.split(after)[0]
    if not clause or not _HAN.match(clause) or _generic(clause) or _LOCATIVE.match(clause):
        return None  # 3米|外监视手机: where, not what
    if _PER_ONE.match(clause.translate(words.T2S)):
        return None  # 40元|一平方米: the unit a price is per, not what it is
    noun = clause[: len(words.AFTER_STOP.split(clause.translate(words.T2S))[0])]
    if "的" in noun or len(noun) > 6 or _NOUN_STOP.match(clause.translate(words.T2S), len(noun)) or not ends_in(noun, words.NOUN_END) or noun.endswith("项目"):
        return None
    if noun.translate(words.T2S).endswith(_IDENTIFIERS):
        return None  # 1000万元特别奖|奖号: the prize's number, which no amount is
    rest = clause[len(noun) :].translate(words.T2S)
    if ends_in(noun, _RATES) and words.MEASURE.search(rest) and _DIGIT.search(rest):
        return None  # 200万特奖中奖张数|则为14张: a measure, the next figure's subject
    return valid(noun)


def noun_after_de(after: str) -> str | None:
    """100多万元的资金, 2500美元的奖励: the noun that 的 ties the amount to."""
    clause = BREAK.split(after)[0]
    if not clause.startswith("的"):
        return None
    noun = clause[1 : 1 + len(words.AFTER_STOP.split(clause[1:].translate(words.T2S))[0])]
    rest = clause[1 + len(noun) :]
    if noun and not ends_in(noun, words.NOUN_END) and rest[:1] in ("和", "与", "及"):
        second = rest[1 : 1 + len(words.AFTER_STOP.split(rest[1:].translate(words.T2S))[0])]
        if ends_in(second, words.NOUN_END) and second[:1] not in _CJK_NUMERALS:  # 60元的体检和照相费
            noun = clause[1 : 2 + len(noun) + len(second)]
        else:
            return None  # 7%的|全因|和心血管死亡风险: a modifier both nouns share, not a noun
    if "的" in noun or _generic(noun) or len(noun) > AFTER_MAX:
        return None  # 104%至108%的水平, 每月2000元的标准定额扣除
    if noun.endswith(_MANNER) or noun in _GOALS:
        return None  # 一年减100斤的“暴瘦”现象: how it is, not what it measures
    return None if ends_in(noun, words.VERB_END) else valid(noun)


def names_its_noun(unit: str) -> bool:
    """16个区, 30个项目: the unit says what is counted (no noun after it is)."""
    bare = unit.lstrip("余多万亿千")
    return len(bare) > 1 and bare[0] in "个個"
