"""Checks on a chosen subject, from the shapes set AH showed on pages nobody had read.

None rather than a subject that says something else: a share whose owner a share before it in the
clause picks out (顶尖5%|学生占全部奖学金|60%: which students is cut off), a count's noun that runs
past a time word into the predicate (12个|行业上半年利润: a clause), a subject ending on a modal
(该省经济能够|保持在7%: no noun is named), a span then 间 (10年|间增加: a period), and the first so
many (首|1000间企业, 前|20个交易日: picked out by rank, not counted).

Mended: a period said with 以来 inside a subject is when, not what (公司三季度以来股价平均上涨 →
股价平均上涨), and a rate said of the subject's part in something (最终消费支出对经济增长的贡献率为|
55%) is the measure: the subject keeps it."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

# When a clause's predicate starts: a time word after the counted noun (行业|上半年|利润).
_TIME_WORD = rx.compile(r"(?<=.)(?:上半年|下半年|今年|去年|全年|当年|同期|年内|前三季度|[一二三四]季度|"
                        r"本月|上月|当月|\d{2,4}年)")
_SINCE = rx.compile(r"(?<=.)以来(?=..)")
# X对Y(的)Z率 before the figure: the rate is the measure, X the one it is of.
_RATE_OF_PART = rx.compile(r"对(?P<of>[^，。；对]{1,10}?)的?(?P<rate>[\u4e00-\u9fff]{1,3}[率度])"
                           r"(?:为|是|达到|达|约为|约|超过|高达|仅为|只有)?\s*$")
_WHOLE_MAX = nouns.SUBJECT_MAX
# A span then 间 is the period something changed in (10年间|增加80%), not what it measures.
_TIME_UNITS = ("年", "个月", "個月", "天", "日", "周", "週")
_PERIOD_AFTER = rx.compile("[间間]")
# 首|1000间企业, 前|20个交易日: the first so many, picked out by rank, not counted.
_FIRST_SO_MANY = rx.compile(r"(?<![目之以此提当眼面空从])[首前]\s*$")
_MODAL_END = rx.compile(r"(?:能够|可以|将会|或将|有望|能否|必将)$")


def checked(subject: str | None, simple: str, after: str, after_same: bool, unit: str = "") -> str | None:
    """subject, or None when its shape says it names something else than what the figure is
    of; simple: the words before the figure in its clause (since the figure before it), after:
    the text after the figure; after_same: simple starts right after a figure of the same unit;
    unit: the figure's."""
    if subject is None or _withheld(subject, simple.lstrip(" "), after, after_same and is_share(unit)):
        return None
    if unit.endswith(_TIME_UNITS) and _PERIOD_AFTER.match(after):  # 政府开支：|10年|间增加80%
        return None
    text = subject.translate(words.T2S)
    if since := _SINCE.search(text):
        return nouns.valid(subject[since.end() :])  # …三季度以来|股价平均上涨: what, not when
    head = simple.lstrip(" ")
    if (rate := _RATE_OF_PART.search(head)) and head[: rate.start()].translate(words.T2S).endswith(text):
        whole = subject + head[rate.start() : rate.end("rate")]
        return whole if len(whole) <= _WHOLE_MAX else subject + rate.group("rate")
    return subject


def _withheld(subject: str, head: str, after: str, after_share: bool) -> bool:
    """A modal ends it, the share before picks it out (顶尖5%|学生…), or a counted noun runs
    into a clause (12个|行业上半年利润)."""
    text = subject.translate(words.T2S)
    if _MODAL_END.search(text) or (after_share and head.startswith(text[:2])) or _FIRST_SO_MANY.search(head):
        return True
    return after.startswith(subject) and bool(_TIME_WORD.search(text))


def is_share(unit: str) -> bool:
    """The figure's unit makes it a share of a whole."""
    return unit in ("%", "％")
