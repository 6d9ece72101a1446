"""What an amount measures when the words around it name it otherwise than by a noun before a
measuring verb: a donation (阿里巴巴捐贈|260萬美元), or a change whose measure follows 的 (早睡增加了|
43%的死亡风险: the risk rose; 早睡 is what made it rise)."""

from __future__ import annotations

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures.figure_window import LEVEL_NOUNS

_GIFT = rx.compile("(?:捐赠|捐贈|捐款)$")
_GIVER_MAX = 6  # a longer giver is often a title and a name (TikTok母公司字節跳動): the gift alone


def gift(own: str | None, unit: str) -> str | None:
    """阿里巴巴捐贈|260萬美元: the donation an amount is, with its giver when that is short."""
    if not own or not (found := _GIFT.search(own)) or not unit.endswith(("元", "币", "幣")):
        return None
    return own if len(own) <= _GIVER_MAX and nouns.valid(own[: found.start()]) else own[found.start() :]


def changed_after(after: str, verb: str) -> str | None:
    """早睡增加了|43%的死亡风险: the measure after 的 that the change is of, if the figure is a
    change and that noun is a measure (…率, …额, …风险)."""
    measure = nouns.noun_after_de(after) if verb and after.startswith("的") else None
    return measure if nouns.ends_in(measure, LEVEL_NOUNS) or (measure or "").endswith("风险") else None
