"""A list of other stories set as cards, each its headline, its summary and its stamp on lines of
their own (某某痛批… / 世界衛生組織秘書長… / 2020-04-10 09:34): the stamps recur at one step, and
the summaries, however long and whole, are the list's, not the article's."""

from __future__ import annotations

from itertools import compress
from operator import methodcaller

from reader.document import rx

# 2020-04-10 09:34, 2020年4月10日 09:34: a date and a time of day, alone on the line.
_STAMP = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*+日?\s*+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_ENDS_IN_DIGIT = methodcaller("endswith", tuple("0123456789"))
_CARDS_MIN = 3  # stamps at one step: a list, not an article's dates
_STEPS = (3, 4)  # lines from one card's stamp to the next: headline, summary, stamp (and a tag)


def card_lines(lines: list[str]) -> list[int]:
    """Every line of the cards of such a list (the stamps each at `step` lines from the last)."""
    stamps = [i for i in compress(range(len(lines)), map(_ENDS_IN_DIGIT, lines)) if _STAMP.fullmatch(lines[i])]
    stamped = set(stamps)
    out: set[int] = set()
    for step in _STEPS:
        for i in stamps:
            if i - step in stamped:
                continue  # not the first card of its run
            run = [i]
            while run[-1] + step in stamped:
                run.append(run[-1] + step)
            if len(run) >= _CARDS_MIN:
                out.update(range(max(0, i - step + 1), run[-1] + 1))
    return sorted(out)
