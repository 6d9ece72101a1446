"""A place as the subject of its own change, in a list of places: 投资增速前二名：中卫市|增长36.4%，
吴忠市|增长7.5%. A place alone is otherwise never a subject (全市|16个区, 广州市|增长5%: whose
figure, not what it measures), so only a named place after a list's head (…：) or after another
place's change in the same sentence is one."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words as words

# A place by its name (中卫市, 海原县, 东部地区; not 全市, 本县, 各省, 超市).
NAMED_PLACE = rx.compile(r"(?![全本我该各当此每])[\u4e00-\u9fff]{2,4}[市县省州区]")
_LIST_HEAD = rx.compile(r"[：:]\s*$")


def listing(before_clause: str, previous: str | None) -> bool:
    """The clause is an item of a list of places: right after a list's head (…前二名：), or
    after another place's change (中卫市增长36.4%，|吴忠市…)."""
    return bool(_LIST_HEAD.search(before_clause)) or place_change(previous)


def place_change(subject: str | None) -> bool:
    """subject is a named place's change (中卫市增长)."""
    if not subject or not (change := words.CHANGE_END.search(subject.translate(words.T2S))):
        return False
    return NAMED_PLACE.fullmatch(subject[: change.start()]) is not None


def listed_place(segment: str, verb: str) -> str | None:
    """中卫市|增长: the named place before the change verb, if that is all the clause says."""
    words_before = segment.strip(nouns.EDGES + "，、 ")
    if not verb or not words_before.endswith(verb):
        return None
    place = words_before[: -len(verb)]
    return place if NAMED_PLACE.fullmatch(place.translate(words.T2S)) else None
