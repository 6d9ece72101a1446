"""A share said in a clause of its own after a figure: 进出口值32878.4亿元，同增17.1%，占中国进出口
总值的|13.3% is the share of what the clause before measured (进出口值占中国进出口总值); the
clause names no noun before 占, so the figure before it says whose share it is. A rate of change
alone in its clause (…下降至200亿元，跌幅达到|33%) is likewise the rate of the measure before. A share
alone (…，占比|27%) whose owner no 在…中 phrase names is none: on the held-out sets as first scored
占比 alone was right 5 times in 10 (the owner two clauses back, or a list's last item)."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

# The whole clause is 占 and what the share is of, then 的 (占外贸总值的|57%, 占出口总值的（下同）).
_SHARE_OF = rx.compile(r"[，,\s]*占([\u4e00-\u9fff“”]{2,10}?)的\s*(?:（[^）]{1,6}）)?\s*")
_OF_MAX = nouns.SUBJECT_MAX + 4
# 民营企业在全市经济中|占比达|60%: whose share, before the 在…中 phrase that says of what
_OWNED = rx.compile(r"(?P<owner>[^在于，,]{2,10})(?:在|于)[^，,。]{1,12}?中的?(?P<share>占比|(?:所占)?比重)"
                    r"(?:达到|达|为|约为|超过|近|已达)?")
_BARE_SHARES = frozenset({"占比", "比重", "所占比重"})
_BARE_RATES = frozenset({"跌幅", "增幅", "降幅", "涨幅"})


def share_of(subject: str | None, simple: str, before: str | None) -> str | None:
    """subject, or when there is none and simple (the words before the figure since the
    figure before it, simplified) is only 占…的, the share of before's measure."""
    if subject in _BARE_SHARES:  # alone, whose share it is was said elsewhere: right 5 in 10 blind
        if not (owned := _OWNED.fullmatch(simple)):
            return None
        owner = owned.group("owner")
        quoted = owner.startswith("“") and owner.endswith("”") and len(owner) <= 8  # “90后”
        return owner + owned.group("share") if quoted or nouns.valid(owner) else None
    if subject and subject.translate(words.T2S) in _BARE_RATES and before and simple.lstrip().startswith(subject):
        whose = words.unchanged(before)  # 跌幅|33%: the fall of what the clause before measured
        level = whose == before and len(whose + subject) <= _OF_MAX and nouns.valid(whose)
        return whose + subject if level else subject
    if subject is not None or not before or not (share := _SHARE_OF.fullmatch(simple)):
        return subject
    whose = words.unchanged(before)
    whole = nouns.valid(share.group(1))
    if not whole or not nouns.ends_in(whole, words.NOUN_END) or words.CHANGE_END.search(whose.translate(words.T2S)):
        return None
    joined = f"{whose}占{whole}"
    return joined if len(joined) <= _OF_MAX else None
