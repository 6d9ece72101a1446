"""Last checks on where a key figure's subject starts and ends, after the rules have chosen it:
a subject that is only the time the figure is at (夏季…，冬季|552万千瓦), a bare noun that
refers back (这个数字|应该是20%), people then a clause (174个人|获奖), a figure that is an
equivalent, not a count (相当于|66个足球场), a piece of a title or a quote (《…》子刊) or words that
end as a clause does (研究证实) or a step (体重每增加|5公斤: the step of a change, no change) give
none; a wrong subject is worse than none. A change said to go with a cause (喝茶与|死亡风险降低|15%相关)
keeps the change, and an adverb cut from its verb (总负债剧|增至) is left out."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_checks as checks
from reader.document.key_figures import figure_lists as lists
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

# When, not what: a season, a part of the day or the year, the whole of a trip or a period.
_WHEN_ONLY = rx.compile(r"[春夏秋冬旺淡]季|[春夏秋冬白当整全每]天|[当每整全]日|[当每整全]年|[当每]月|全程|"
                        r"期间|平时|平日|夜间|日间|早上|晚上|上午|下午|早晚|年初|年末|年底|月初|月底|季末|"
                        r"[一每本上下]周|一[天年]|一个月|[每一]个?星期|[今明昨即]日起?|[今明昨]天起?|今起")  # 一周|7份以上的人; 明日起
# A word that points back to what was said before: the noun after it names nothing new.
_POINTS_BACK = rx.compile(r"(?:[这那](?:[个些一种类项样]|一个)?|[该此]|上述|以上|前述)$")
_REFERS_MAX = 2  # 这个|数字, 这些|价格: a noun this short after it only refers back
# 人 alone, then a clause (174个人|获奖, 12.9%的人|平均每周加班…): the people counted are no subject.
# 人 closing the subject, or a verb or an adverb right after it (100个人|心中有…); every other word
# that opens with 人 is a noun of its own (人口, 人均, 人大代表, 人社部门, 人保财险…).
_PERSON_THEN = rx.compile("人(?:$|平均|[心获有围参选认在是会能愿使购接感每都也已曾将被仍还需患死受完住从对把向])")
# The figure is an equivalent (相当于66个足球场, 折合3万辆小汽车): what it is like, not what it is.
_EQUALS = rx.compile(r"(?:相当于|等同于|约等于|相当|等于)(?:是|约|大约|近|将近|超过|约为)?$")
# How or when, not what: an adverb (骤然|降至, 早早地|被预定, 至迟|不得超过) or a unit of time a
# count of hours or minutes is of (延续了1个|小时) is never what a figure measures.
_ADVERB_ONLY = rx.compile(r"(.)\1地|[骤突猛忽陡蓦竟居依仍显果]然(?:间|地)?|"
                          r"小时|钟头|分钟|秒钟|星期|礼拜|至迟|最迟|最早|最长|最短|最多|最少")
_MARKS = (("《", "》"), ("「", "」"), ("“", "”"), ("『", "』"), ("（", "）"), ("(", ")"), ("【", "】"))
# A finding or a claim ends a clause (30万人|研究证实：…), never a noun phrase.
_SAYS_END = rx.compile(r"(?:证实|表明|揭示|指出|发现|显示|声称|宣称|如图|如下|如表|见图|见表)$|"
                       r"(?<=.)[一两][项个种次位家条件份名](?:长达|长|为期)?$")  # 丹麦一项|长达26年的研究
# The step a figure is (久坐时间每天每增加|1小时, 体重每增加|5公斤): no change, no measure by itself.
_STEP = rx.compile(r"(?:每[天日年月周人次])?每(?:增加|增长|提高|减少|降低|下降|上升|延长|缩短)$")
# A change said to go with what was done (吃坚果与|死亡风险降低|20%相关): the change is the measure.
_WITH = rx.compile("[与跟同]")
# An adverb of a sharp change, cut from its verb (总负债剧|增至362亿元): not the subject's.
_SHARP = rx.compile(r"[剧激猛暴骤锐狂陡](?:增|减|降|跌|涨|升)(?:至|到|了)?\s*$")
_GOES_WITH = rx.compile(r"^[^。；！？\n]*?(?:相关|有关|关联|挂钩)")
# Points a part adds to the whole's growth (民企…，拉动进出口增长|9.6个百分点): who pulls, not
# the growth pulled; a share of growth (对经济增长的贡献率) names its measure and is kept.
_PULLS = rx.compile(r"(?:拉动|带动|推动|贡献)(?!率|度)")
# A rate of change, then how it changed (降幅比去年同期扩大|3.9个百分点): the rate with its verb.
_RATE_OF_CHANGE = rx.compile("[降增涨跌]幅|[增降]速|增长率")
_RATE_CHANGED = rx.compile("(?:扩大|收窄|缩小|加快|放缓|回落|提高|降低|上升|下降)$")
# Two figures joined by 和 (进出口|10293亿元和|3544.9亿元) after nouns joined by 和: each is one
# noun's, which the joined nouns are not.
_PAIR_NEXT = rx.compile(r"\s*[和与及]\s*\d")
_JOINED = rx.compile("[和与及]")


def settled(subject: str | None, simple: str, after: str = "", unit: str = "", after_same: bool = False) -> str | None:
    """subject, or None when its edges say it is no subject; simple: the words before the
    figure in its clause, simplified; after: the text after the figure; unit: the figure's;
    after_same: simple starts at a figure of the same unit before it in the clause."""
    subject = checks.checked(subject, simple, after, after_same, unit)
    if subject is None or _no_subject(subject, simple) or _pulled_or_paired(subject, simple, after, unit):
        return None
    if unit.endswith("百分点") and _RATE_OF_CHANGE.fullmatch(subject.translate(words.T2S)) and (
            rate_verb := _RATE_CHANGED.search(simple.rstrip())):
        return subject + rate_verb.group()  # 降幅|扩大
    text = subject.translate(words.T2S)
    if (sharp := _SHARP.search(simple)) and text.endswith(simple[sharp.start()]):
        return nouns.valid(subject[:-1])
    if words.CHANGE_END.search(text) and _GOES_WITH.match(after) and (joined := _last_with(text)):
        changed = subject[joined:]
        return changed if nouns.valid(words.unchanged(changed)) else None
    return subject


def _pulled_or_paired(subject: str, simple: str, after: str, unit: str) -> bool:
    """Points a part pulls a growth by (拉动进口增长|2.6个百分点), or one of two figures joined
    by 和 after nouns joined by 和 (加工贸易和保税物流进出口|10293亿元和3544.9亿元)."""
    if unit.endswith("百分点") and _PULLS.search(simple):
        return True
    joined = _JOINED.search(lists.INNER_JOINER.sub("", subject.translate(words.T2S)))  # 批发和零售业: one name
    return bool(joined) and bool(_PAIR_NEXT.match(after) or simple.strip() in ("和", "与", "及"))


def _no_subject(subject: str, simple: str) -> bool:
    """What the subject is or what stands before it says it is none."""
    words_before = simple.rstrip(" ")
    text = subject.translate(words.T2S)
    if _EQUALS.search(words_before) or _unbalanced(subject):
        return True
    if _WHEN_ONLY.fullmatch(text) or _PERSON_THEN.match(text) or _ADVERB_ONLY.fullmatch(text):
        return True
    if _SAYS_END.search(text) or _STEP.search(text):
        return True
    at = simple.rfind(text)
    return len(text) <= _REFERS_MAX and at > 0 and bool(_POINTS_BACK.search(simple, 0, at))


def _unbalanced(subject: str) -> bool:
    """subject opens a title or a quote it does not close, or closes one it did not open."""
    for opening, closing in _MARKS:
        depth = 0
        for ch in subject:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return True
        if depth:
            return True
    return False


def _last_with(text: str) -> int:
    """Where the change after the last 与 (跟, 同) of text starts, 0 if none is in it."""
    found = [m.end() for m in _WITH.finditer(text)]
    return found[-1] if found and found[-1] < len(text) else 0
