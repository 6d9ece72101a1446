"""The object of an action verb before a count is what the count counts: 完成|老旧小区改造|500个,
惠及|居民|20万户, 培训|农民工|5万人次, 新开工改造|城镇老旧小区|22万个 (the last of a run of verbs).

No object when the verb's words are not a plain noun phrase (another verb inside, a clause), when
the verb has none before the count (完成了|3个) or when a measuring verb stands between them
(完成投资达到|…: the other rules read that). And a 以…计算 frame's noun is its figure's
(以房贷|1000万元、期限20年计算)."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words
from reader.document.key_figures.figure_clause import clean

# Verbs of doing whose object a count counts; not a noun's first part (完成率, 服务业, 建设银行).
ACTION = rx.compile(
    r"(?:完成|新建|建成|改造|改建|扩建|新改建|惠及|培训|接待|帮助|救助|发放|办理|引进|签约|开工|加装|"
    r"安置|资助|招聘|招录|举办|开展|带动|覆盖|走访|查处|受理|排查|淘汰|种植|栽种|整治|扶持|帮扶|"
    r"培育|慰问|救治|收治|筛查|吸纳|修建|维修|拆除|清理|回收|治理|检查|调解|化解|处置)"
    r"(?![率额量值度业员费期点站区者方商行型])"
)
# Between the object and its count only these say "about" (惠及居民|约|20万户).
_ABOUT = rx.compile(r"共|共计|累计|合计|约|近|超过|逾|多达|达|总计")
# A verb that ends its object as a noun does (老旧小区改造: the works, counted).
_NOMINAL = frozenset({"改造", "改建", "扩建", "新改建", "整治", "维修", "治理", "修建"})
_AFTER_VERB = rx.compile(r"了|过")  # 培训了|农民工: the aspect after the verb, not the object's
_AMOUNT_UNITS = ("%", "％", "倍", "百分点", "元", "万", "亿", "千")  # 覆盖人口近|1000万: no count
_MODIFIED = frozenset("未已待在正新")  # 未开工|项目, 新开工|项目: a verb that modifies a noun, no action
_INSIDE = rx.compile(r"已|亦|也|都|将|还|又|再|仍")  # 服务队|亦已动员: a clause
_OBJECT_MAX = 10
# 以|房贷|1000万元、期限20年|计算: a frame the figures are taken in, the noun before each its own.
_FRAME_START = rx.compile(r"\s*(?:若|如|假设|假定)?(?:以|按照|按)")
_FRAME_END = rx.compile(r"(?:[^，。；]{0,20}?[、和及])?[^，。；、]{0,12}?(?:计算|来算|计)$")
_MEASURED = frozenset("产")  # 扩建|日产|5万吨: a measure (daily output), not an object


def counted_object(segment: str, simple: str, unit: str) -> str | None:
    """The object of the last action verb in simple (the words before a count, simplified;
    segment as written) when it is what the count counts, else None."""
    if unit.endswith(_AMOUNT_UNITS):
        return None  # 资助困难学生|200万元: an amount is given, it does not count the object
    found = _last_object(segment, simple)
    if unit.endswith(nouns.PEOPLE_UNITS) and not nouns.ends_in(found, words.PERSON_END):
        return None  # 扶持创业|2400人: a count of people counts people
    return found


def _last_object(segment: str, simple: str) -> str | None:
    """The object of the last action verb in simple that has one before the figure."""
    for verb in reversed(list(ACTION.finditer(simple))):
        if verb.start() and simple[verb.start() - 1] in _MODIFIED:
            return None  # 截至7月底未开工|项目|共5个: the projects not started, counted
        start = verb.end()
        if aspect := _AFTER_VERB.match(simple, start):
            start = aspect.end()
        end = len(simple.rstrip(" "))
        phrase = segment[start : end - _longest_tail(simple, start, end)].strip(nouns.EDGES)
        if phrase:  # else 完成老旧小区改造|500个: the verb before, whose object ends with this one
            return _object(phrase)
    return None


def _object(phrase: str) -> str | None:
    """phrase if it is an action's object: a noun phrase, no other verb in it but a last one
    that names works (老旧小区改造), not a measure's name (新开工|面积) nor a clause."""
    inner = phrase.translate(words.T2S)
    last = ACTION.search(inner)
    if last is not None and (last.end() != len(inner) or last.group() not in _NOMINAL):
        return None  # a verb inside: a clause, not an object
    head = inner[: last.start()] if last else inner
    clause = bool(_INSIDE.search(inner)) or words.tail_start(inner) < len(inner)
    if len(phrase) > _OBJECT_MAX or clause or words.MEASURE.search(head) or len(head) < 2:
        return None
    if nouns.ends_in(head, words.VERB_END | words.ATTRIBUTE_END | _MEASURED):
        return None  # 新开工|面积, 扩建|日产: the name of a measure, not an object
    return nouns.valid(phrase)


def _longest_tail(simple: str, start: int, end: int) -> int:
    """How many characters before end are an "about" word (共, 约, 超过…), 0 if none."""
    for size in (2, 1):
        if end - size > start and _ABOUT.fullmatch(simple, end - size, end):
            return size
    return 0


def acts(subject: str) -> bool:
    """调研组走访|西部 (before 12个县): a subject that holds an action verb and its object is a
    clause, who did what; not 老旧小区改造 (the verb ends it) nor 未开工项目 (it modifies)."""
    simple = subject.translate(words.T2S)
    for verb in ACTION.finditer(simple, 1):
        rest = simple[verb.end() :]
        if rest and simple[verb.start() - 1] not in _MODIFIED and not nouns.ends_in(
            rest, words.ATTRIBUTE_END | _MEASURED
        ):
            return True
    return False


def framed(segment: str, simple: str, after: str) -> str | None:
    """以房贷|1000万元|、期限20年计算: the noun a 以…计算 (按…计算) frame gives the figure, when its
    words are a plain noun phrase (not 以每年增长5%计: a change)."""
    if not _FRAME_END.match(nouns.BREAK.split(after)[0].translate(words.T2S)):
        return None
    frame = _FRAME_START.match(simple)
    if frame is None or words.CHANGE.search(simple, frame.end()) or "每" in simple[frame.end() :]:
        return None  # 以每年增长5%计: a change; 按市场价每粒|0.4元: a price per unit
    return clean(segment[frame.end() :])
