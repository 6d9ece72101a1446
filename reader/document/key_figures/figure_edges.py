"""Last checks on where a key figure's subject starts and ends, after the rules have chosen it:
a subject that is only the time the figure is at (夏季…，冬季|552万千瓦), a bare noun that
refers back (这个数字|应该是20%), people then a clause (174个人|获奖) or a figure that is an
equivalent, not a count (相当于|66个足球场) gives none; a wrong subject is worse than none."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_words as words

# When, not what: a season, a part of the day or the year, the whole of a trip or a period.
_WHEN_ONLY = rx.compile(r"[春夏秋冬旺淡]季|[春夏秋冬白当整全每]天|[当每整全]日|[当每整全]年|[当每]月|全程|"
                        r"期间|平时|平日|夜间|日间|早上|晚上|上午|下午|早晚|年初|年末|年底|月初|月底|季末")
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


def settled(subject: str | None, simple: str) -> str | None:
    """subject, or None when its edges say it is no subject; simple: the words before the
    figure in its clause, simplified."""
    if subject is None:
        return None
    words_before = simple.rstrip(" ")
    if _EQUALS.search(words_before):
        return None
    text = subject.translate(words.T2S)
    if _WHEN_ONLY.fullmatch(text) or _PERSON_THEN.match(text) or _ADVERB_ONLY.fullmatch(text):
        return None
    at = simple.rfind(text)
    if len(text) <= _REFERS_MAX and at > 0 and _POINTS_BACK.search(simple, 0, at):
        return None
    return subject
