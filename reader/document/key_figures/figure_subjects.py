"""What a key figure measures, read from the grammar of its clause: the subject in the article's
own words, or None when the clause has no clear one (a wrong subject is worse than none).

Rules on the clause, no dictionary: the subject is the noun phrase before a measuring verb
(去年全市民营经济增加值|实现|5053.91亿元), or the noun a count classifies (1.8万名|党建指导员), or
the noun after 的 (100多万元的|资金); a change keeps its direction (…增加值|增长|0.3%); a 分别 or
依次 list pairs figures with the items before it, in order. Every rule reads at most WINDOW
characters either side of the figure, so labelling stays linear in the text. Rules match a
simplified copy of the clause (約 as 约) and cut the clause as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from reader.document import rx
from reader.document.key_figures import figure_edges as edges
from reader.document.key_figures import figure_formulas as formulas
from reader.document.key_figures import figure_lists as lists
from reader.document.key_figures import figure_measures as measures
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_objects as objects
from reader.document.key_figures import figure_parts as parts
from reader.document.key_figures import figure_paths as paths
from reader.document.key_figures import figure_places as places
from reader.document.key_figures import figure_predicates as predicates
from reader.document.key_figures import figure_shares as shares
from reader.document.key_figures import figure_window as window
from reader.document.key_figures import figure_words as words
from reader.document.key_figures.figure_clause import JOINERS, own_subject

WINDOW = 40  # characters read either side of a figure
LEAD_MAX = 60  # …before it, for the items of a 分别 list of industries named before its clause
_SENTENCE_END = rx.compile(r"[。！？；!?;\n]")
_FROM_TO = rx.compile(r"[到至]")
_CURRENCY = rx.compile(r"(?:人民币|美元|港币|港元|欧元|日元)")  # after an amount: 129亿元|人民币
_BOUND = rx.compile(r"(?:以内|之内|以上|以下|左右|出[头頭]|上下|之间|内|[以之]?[后後])(?=[\w、])")  # 10%以上|、10%
_LEVEL_ONLY = rx.compile("(?:[骤突猛陡]然|迅速|大幅|一度)?(?:至|达到|达|升至|增至|增加到|增长到|提高到|上升到|降至|下降到|减少到|为|约为|不足|不到|超过)")
_PAIRS = rx.compile("分别|依次")
_PAIRS_MAX = 8  # a 分别 list pairs at most this many figures of the clauses before it
_TIME_FRAME = rx.compile("以来|来|之内|内|之中|中|里|间")
_RATIO = rx.compile("[%％倍]|百分点")
_CONJUNCTION = rx.compile("[和及与]")
_PEOPLE = frozenset("人者员民众生师")
_GROUPS = frozenset("团队组班")  # 30人的代表团: a group is its people
_COUNTS = frozenset("数量口业")  # 从业人数, 人口, 新增就业: counts of people too
_THRESHOLD = rx.compile("超|逾|不低于|不少于|以上")  # 超20亿元|项目: a bound on the noun after
_LEVEL_NOUNS = window.LEVEL_NOUNS
_MID_TOTAL = rx.compile("(?<=..)(?<![公总])共(?:计|(?![同享产建识青和有]))(?=.)")
_VERB_TO_LEVEL = rx.compile(r"[\u4e00-\u9fff]{2}(?:为|至|到|成)")
_MID_CHANGE = rx.compile("增长|增加|下降|减少|提高|提升|降低|上涨|下跌|上升")
_CHANGE_NOUN = frozenset("值率额量幅速点的")
_PAYS = rx.compile("(?:支付|付出|付给)(?!的)")
_HAN_START = rx.compile(r"[\u4e00-\u9fff]")
_PENALTY_VERB = rx.compile("处(?:以)?$")  # 并处, 可以处, 处以|二万元以上…
_UPPER_BOUND = rx.compile(r"以上[^，。；]{1,14}?以下")  # 增加值, 增长率: nouns; 调整的极限: a modifier


class Labeller:
    """Subjects for the figures of one block, in text order: keeps the figures of the current
    and the previous clause, for a change after a figure (、增长0.3%) and 分别 lists."""

    def __init__(self) -> None:
        self._clause_start = -1
        self._last_end = -1
        self._last_unit = ""
        self._clause: list[str | None] = []  # subjects of the current clause's figures
        self._previous: list[str | None] = []  # … of the clause before it, when adjacent
        self._sentence: list[str | None] = []  # … of the sentence's clauses before it (the last
        self._in_sentence = 0  # _PAIRS_MAX), and how many they are
        self._pending: list[str | None] = []  # the rest of a 分别 list being paired
        self._list_path = paths.LIST  # how that list's items were found
        self._parts = parts.Parts()  # the whole a 其中 list's parts are of
        self.path = ""  # the rule the last subject came from (figure_paths.py), "" for none

    def subject(
        self, start: int, end: int, before: str, after: str, unit: str, *, classifier: bool,
        timespan: bool, count_figures: Callable[[str], int],
    ) -> str | None:
        """The subject of the figure text[start:end]; before/after: WINDOW characters either
        side (fewer at the block's ends; LEAD_MAX before, of which only a 分别 list reads more); classifier: its unit classifies a noun (名, 个…);
        timespan: a duration or an age; count_figures(text): how many figures text holds."""
        wide = before  # the list of a 分别 list may begin before the window (figure_lists.industries)
        summed = formulas.in_sum(before[-(WINDOW + 2) :], after[:WINDOW], whole=len(before) < WINDOW + 2)
        before, after = window.unbracketed(before[-(WINDOW + 2) :]), window.after_text(after[:WINDOW])
        pieces = nouns.BREAK.split(before)
        head = window.clause_head(pieces, before)
        clause_start = start - len(head)
        truncated = len(pieces) == 1 and len(before) >= WINDOW + 2
        if truncated and self._clause_start >= 0 and self._last_end >= start - len(before):
            clause_start = self._clause_start  # a long clause, begun before the window
        chain_from = self._clause[-1] if self._clause else None
        if clause_start != self._clause_start:
            gap = before[max(0, len(before) - (start - self._last_end)) : len(before) - len(head)]
            adjacent = self._last_end >= start - len(before) and not _SENTENCE_END.search(gap)
            self._previous = self._clause if adjacent else []
            self._sentence = (self._sentence + self._clause)[-_PAIRS_MAX:] if adjacent else []
            self._in_sentence = self._in_sentence + len(self._clause) if adjacent else 0
            changes = words.RISE_OR_FALL.search(head.translate(words.T2S)) and (
                unit == self._last_unit or _only_change(head.translate(words.T2S))
                or _level(head))
            # 存栏数同比减少25.8%，为|24355万头: the level after a change
            after_change = bool(self._previous) and bool(words.CHANGE_END.search(
                (self._previous[-1] or "").translate(words.T2S)))
            changes = changes or (after_change and _level(head))
            chain_from = self._previous[-1] if self._previous and changes else None
            self._parts.clause(head.translate(words.T2S), before[: len(before) - len(head)], self._previous, adjacent)
            self._clause, self._pending = [], []
            self._clause_start = clause_start
        segment, after_figure = head, clause_start <= self._last_end <= start
        if after_figure:
            segment, truncated = before[len(before) - (start - self._last_end) :], False
            if currency := _CURRENCY.match(segment):
                segment = segment[currency.end() :]  # 129亿元人民币|跃升至238亿元
            if bound := _BOUND.match(segment):
                segment = segment[bound.end() :]  # 停放5小时|内|收费5元: the bound is the figure's
        listed = places.listing(before[: len(before) - len(head)], self._previous[-1] if self._previous else None)
        site = _Site(segment, segment.translate(words.T2S), after, unit, classifier, timespan, truncated, unit == self._last_unit,
                     nouns.names_its_noun(unit), after_figure, listed, "" if after_figure else "。"[len(wide) >= LEAD_MAX :] + wide[: len(wide) - len(head)])
        self.path = ""
        result = edges.settled(self._label(site, count_figures, chain_from), site.simple, site.after, unit, site.after_figure and site.same_unit)
        result = shares.share_of(result, site.simple, self._previous[-1] if self._previous and not self._clause else None)
        result = summed.subject if summed else self._parts.subject(result, unit, site.simple)  # 365天-|104天（休息日）: a sum's operand
        self._clause.append(result)  # kept for the figures after it, even if not shown
        self._last_end, self._last_unit = end, unit
        self.path = self.path if result else ""
        return None if paths.untrusted(self.path) else result

    def _label(
        self, site: _Site, count_figures: Callable[[str], int], chain_from: str | None
    ) -> str | None:
        simple = site.simple
        if self._pending and lists.next_in_list(simple):  # 、|22.98%, 和下降|2.6%
            self.path = self._list_path
            return lists.next_item(self._pending.pop(0), site.segment, simple)
        if (penalty := _penalty(site)) or _compares(simple):
            self.path = paths.PENALTY
            return penalty  # 低于计划内上网电价|0.1元, 相隔|10多米的网吧: a difference
        whole_list = not site.after_figure and not _PAIRS.search(simple)
        own, verb, peeled = own_subject(site.segment, simple, site.truncated, whole_list)
        own = own or (places.listed_place(site.segment, verb) if site.listing else None)  # 中卫市|增长
        if _PAIRS.search(simple):
            listed = lists.list_items(own, site.segment) if (trades := lists.industries(site.segment, site.lead)) is None else trades
            return self._paired(listed, verb if trades is None else "", site.after, count_figures, lists.names_nothing(site.segment), share=trades is None)
        own = None if own and (_doubtful(own, site) or (site.classifier or site.named) and objects.acts(own)) else own
        if own and (spent := words.SPENT.search(peeled)) and not nouns.ends_in(own, _LEVEL_NOUNS):
            own, verb = (own, spent.group()) if spent.group() in words.SPENT_MEASURES else (None, verb)
        # 该集团|以超过400亿美元的大手笔: who acts, by the amount (收入以|2518亿元: a measure)
        by_means = bool(own) and peeled.lstrip().startswith("以") and not nouns.ends_in(own, _LEVEL_NOUNS)
        self._pending = []
        said = words.APPROXIMATE.sub("", peeled) if site.classifier else peeled
        # 鄂尔多斯以|109%的增速: by 以, only a measure is the figure's (财政收入以|2518亿元)
        measured = bool(own) and bool(words.MEASURE.search(said)) and (
            said.strip() != "以" or nouns.ends_in(own, _LEVEL_NOUNS))
        # No verb needed before a noun-like subject, but 货值金额|5倍 is the base of a multiple.
        bare = bool(own) and not site.unit.endswith("倍")
        # 接手了超过|4000起|有关妇女权益…的诉讼案: a count before its noun is not the words' before
        loose = bare and not site.timespan and not (site.classifier and _noun_follows(site.after))
        # 设计寿命30年, not 从无期到5年
        lasting = bare and nouns.ends_in(own, words.ATTRIBUTE_END) and not _FROM_TO.search(peeled)
        counted = nouns.after_noun(site.after, site.unit) if site.classifier else None
        framed = objects.framed(site.segment, simple, site.after)  # 以房贷|1000万元、…计算
        if by_means or _time_or_times(site):
            self.path = paths.BY_MEANS
            return (_measure_by_means(site, verb) or framed) if by_means else None
        before_verb = paths.ACHIEVED if peeled.startswith("实现") else paths.BEFORE_VERB
        rules: tuple[tuple[str, Callable[[], str | None]], ...] = (  # the first subject wins
            (before_verb, lambda: measures.gift(own, site.unit)),  # 阿里巴巴捐贈|260萬美元
            # 海关总署新增|17项|便利措施: what is counted
            (paths.COUNTED, lambda: counted if words.ACTION.search(peeled) else None),
            (paths.OBJECT, lambda: None if site.timespan or site.named else objects.counted_object(
                site.segment, simple, site.unit)),  # 惠及|居民|20万户: what is counted
            (paths.AFTER_DE, lambda: _join(measures.changed_after(site.after, verb), verb) if own else None),
            (before_verb, lambda: _join(own, verb) if measured and not nouns.verb_end(own) else None),
            (paths.COUNTED, lambda: counted),
            (paths.ATTRIBUTE, lambda: _join(own, verb) if lasting else None),
            (paths.AFTER_DE, lambda: None if site.named or _headcount(site) else _join(nouns.for_time(
                nouns.noun_after_de(predicates.after_copula(simple, site.after)), site.timespan), verb)),  # 降低|28%的|心血管疾病总风险
            (paths.BEFORE_BARE, lambda: _join(own, verb) if loose and (
                nouns.ends_in(own, words.NOUN_END) or nouns.measure_noun(own)) else None),
            (paths.NOUN_NEXT, lambda: None if site.named or _THRESHOLD.search(peeled) else _join(
                nouns.for_time(nouns.noun_next(site.after), site.timespan, site.unit), verb)),
            (paths.CHAINED, lambda: _chained(chain_from, verb, _level(simple), site.unit) if own is None
             and _only_verbs(simple, site.same_unit) and (
                 site.same_unit or verb or _RATIO.search(site.unit) or _level(simple)) else None),
        )
        for path, rule in (*rules, (paths.BEFORE_BARE, lambda: framed)):
            if subject := rule():
                self.path = path
                return subject
        return None

    def _paired(
        self, listed: list[str | None], verb: str, after: str, count_figures: Callable[[str], int],
        bare: bool, *, share: bool,
    ) -> str | None:
        """A 分别 list: 非公企业61903家、社会组织5994家，比上年分别增加28.33%、22.98%; share: the
        items may share a measure (not whole industries with theirs: 交通运输、仓储和邮政业增加值)."""
        count = 1 + count_figures(nouns.BREAK.split(after)[0])
        items = listed if not share else lists.share_measure(listed) if lists.shares_a_head(listed) else lists.parallel(listed) or listed
        # 旅客吞吐量1200万人次，货邮吞吐量15万吨，分别增长21%和9%: the sentence's figures before,
        # in order, when they are as many as the list's (a third before them: which two is unclear)
        earlier = self._previous if len(self._previous) >= count else (
            self._sentence if self._in_sentence == count <= _PAIRS_MAX else [])
        self._list_path = paths.LIST_SHARED if items is not listed else paths.LIST
        if not listed and bare and len(earlier) >= count > 1:  # 分别…|0.3个百分点: one missed
            items = [words.unchanged(s) if s else None for s in earlier[-count:]]
            self._list_path = paths.LIST_EARLIER
        if len(items) != count or not (all(items) or not share and any(items)) or any(words.OPENER.search(i or "") for i in items):
            self._pending = [None] * (count - 1)
            return None
        subjects = [(_join(item, verb) if share else item) if item else None for item in items]  # whole: as read
        self._pending = subjects[1:]
        self.path = self._list_path
        return subjects[0]


class _Site(NamedTuple):
    """Where a figure stands: the words before it in its clause (since the figure before), as written and simplified, and after it."""

    segment: str
    simple: str
    after: str
    unit: str
    classifier: bool
    timespan: bool
    truncated: bool
    same_unit: bool  # as the figure before it in the block
    named: bool  # its unit names what it counts: 16个区, 30个项目
    after_figure: bool  # segment starts at the figure before it in the clause
    listing: bool  # the clause is an item of a list of places (…前二名：|中卫市增长)
    lead: str  # the words before the clause (begun by a break when the block starts there)


def _penalty(site: _Site) -> str | None:
    """处|一万元|以上三万元以下罚款: the bounds of a penalty, the noun after them (罚款, 罚金)."""
    after = site.after
    lower = _PENALTY_VERB.search(site.simple) and _UPPER_BOUND.match(after)
    upper = site.after_figure and after.startswith("以下") and site.simple.strip(
        JOINERS + nouns.EDGES) in ("", "以上")
    if not (lower or upper):
        return None
    rest = after[after.find("以下") + 2 :].lstrip("的")
    return nouns.noun_next(rest)


def _noun_follows(after: str) -> bool:
    """A noun goes on after the figure (4000起|诉讼案), not a verb, a particle or the clause's end."""
    clause = nouns.BREAK.split(after)[0].translate(words.T2S).lstrip("余多")
    return (len(clause) >= 2 or clause in _PEOPLE) and _HAN_START.match(clause) is not None and clause[0] not in "的一" and not (
        words.AFTER_STOP.match(clause) or words.VERB_START.match(clause)  # 只有5个|人: people
        or words.TAIL_BY_LAST.get(clause[1:2]) and clause[:2] in words.TAIL_WORDS)


def _time_or_times(site: _Site) -> bool:
    """销量|28年|来首次下跌: the time it is over; 利率7次|下调: how often it changed."""
    if site.timespan and _TIME_FRAME.match(site.after):
        return True
    return site.unit.endswith("次") and bool(words.TIMES_OF.match(site.after))


def _doubtful(own: str, site: _Site) -> bool:
    """A subject to leave out: nouns joined across the figure before (1000万DAU|和移动端|4000万),
    a change in its middle, or a person an amount or a share is said of (病人花费|2万日元)."""
    # 由10天|增设|为11天, 由10万吨扩建为: a verb between two levels, no noun; 西塘最有名的是|一千多米
    if predicates.nominalised(site.simple) or predicates.copula_inside(own) or predicates.in_quoted_name(
            site.unit, site.after) or site.after_figure and (_CONJUNCTION.search(own) or _VERB_TO_LEVEL.fullmatch(
            site.simple.strip(JOINERS + nouns.EDGES))):
        return True
    if _MID_TOTAL.search(own):
        return True  # 内蒙古全区共|立案涉煤案件: where, then what was done
    if (pays := _PAYS.search(own.translate(words.T2S))) and pays.end() < len(own):
        return True  # 须支付承建商|160万元订金: who pays whom, not what
    for change in _MID_CHANGE.finditer(own.translate(words.T2S)):
        if change.end() < len(own) and own[change.end()] not in _CHANGE_NOUN:
            return True  # 氨糖降低心血管死亡率|65%: who changes what, not what is measured
    amount = site.unit.endswith(("元", "%", "％", "百分点"))
    if site.unit.endswith(("人", "名", "位")) and not nouns.ends_in(own, words.PERSON_END | _COUNTS):
        return True  # 给予党纪政务处分|820人: a count of people is of people
    return amount and nouns.ends_in(own, _PEOPLE)


def _measure_by_means(site: _Site, verb: str) -> str | None:
    """鄂尔多斯以|109%的增速: by 以, only a measure after 的 is the figure's."""
    measure = nouns.noun_after_de(site.after)
    return _join(measure, verb) if nouns.ends_in(measure, _LEVEL_NOUNS) else None


def _headcount(site: _Site) -> bool:
    """一家|1000余人|的新媒体公司: a count of people before 的 says how big the noun after it is,
    it does not count it (unless that noun is people or a group of them: 2000名|的志愿者,
    30人的代表团)."""
    noun = nouns.noun_after_de(site.after)
    people = words.PERSON_END | _GROUPS
    return site.unit.endswith(("人", "名", "人次")) and not nouns.ends_in(noun, people)


def _chained(chain_from: str | None, verb: str, level: bool = False, unit: str = "") -> str | None:
    """增加值实现5053.91亿元、增长0.3%: the subject of the figure before, with this change;
    level: 资产增长107%，达到|472.5亿元 is the level it reached, without the change; none for
    points after a growth (增长18.3%，比去年同期提高|19.4个百分点: the rate rose, not 电力消费)."""
    if not chain_from or predicates.goal(chain_from) or unit.endswith("百分点") and words.CHANGE_END.search(chain_from.translate(words.T2S)):
        return None
    return _join(words.unchanged(chain_from) if verb or level else chain_from, verb)


def _level(head: str) -> bool:
    """，达到|472.5亿元: the clause says only the level the figure before rose or fell to."""
    return bool(_LEVEL_ONLY.fullmatch(window.untimed(head.translate(words.T2S).strip(JOINERS + nouns.EDGES))))


def _join(subject: str | None, verb: str) -> str | None:
    """subject with the direction of its change (民营经济增加值|增长), if it is a subject."""
    valid = nouns.valid(subject, bool(verb) and places.NAMED_PLACE.fullmatch(subject or "") is not None) if subject else None
    return (valid + verb if len(valid + verb) <= nouns.SUBJECT_MAX + 4 else None) if valid else None


def _only_verbs(simple: str, same_unit: bool) -> bool:
    """The text between two figures says only how the second relates: 、增长, 调整为, 10月底已升至,
    比2019年1—7月增长 (or nothing, between figures of one unit)."""
    text = simple.strip(JOINERS + nouns.EDGES)
    if not text:
        return same_unit
    text = text[base.end() :] if (base := words.BASE.match(text)) else text  # 比2019年同期|增长
    text = window.untimed(text)
    if text.endswith("的"):
        return False  # 跌幅超过50%的|427只个股: a modifier, not a change
    cut = words.tail_start(text)
    lead = words.LEAD.match(text, 0, cut)
    return (lead.end() if lead else 0) >= cut


def _compares(simple: str) -> bool:
    """超发电价低于计划内上网电价|0.1元 (not 所得额低于|100万元), 相隔|10多米: the figure is a
    difference or a distance between two things."""
    compare = words.COMPARE.search(simple)
    if compare is None or not compare.group().endswith(("于", "距离")):
        return compare is not None
    rest = simple[compare.end() :].rstrip(JOINERS + nouns.EDGES)
    return words.tail_start(rest) > 0


def _only_change(simple: str) -> bool:
    """，同比增长|5.7%: a clause that only says how the figure before it changed."""
    return bool(words.CHANGE.search(simple)) and _only_verbs(simple, False)
