"""A dispatch line that carries the headline: 某某社北京5月5日电 题：小城的冬天.

A news agency's feature opens with where and when it was filed and its headline after 题：; a
news corpus keeps that line as the text's first. The headline is what follows 题：; the dispatch
before it is kept out of the title (and not lost).
"""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.wire_names import FILED
from reader.document.hanzi.script import probe

_DISPATCH = rx.compile(rf"({FILED})[\s　]*题[:：][\s　]*(?=\S)")


def headline_in_dispatch(title: str, dropped: str | None = None) -> tuple[str, str | None]:
    """The headline after 题：, and what was kept out of the title (the dispatch before 题：, then
    `dropped`, cut from its end); any other line as it is."""
    match = _DISPATCH.match(probe(title)) if "题" in title or "題" in title else None
    if match is None:
        return title, dropped
    return title[match.end() :], " ".join(x for x in (title[: match.end(1)], dropped) if x)
