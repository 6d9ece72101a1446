"""A post's preface (前言, 写在前面) heads its opening part and holds no list: the numbered heads
after it (一、… / 二、…, 1. … / 2. …) are its siblings, however short their text."""

from __future__ import annotations

from reader.document import rx

PREFACE = rx.compile(r"(?:前言|引言|序言|导言|写在前面|写在前面的话)[：:]?")


def after_preface(lines: list[str], heads: list[tuple[int, str]]) -> set[int]:
    """The lines of the run of heads of one style right under a preface's head ((line, style)
    each, in order)."""
    out: set[int] = set()
    for k in range(1, len(heads)):
        if not PREFACE.fullmatch(lines[heads[k - 1][0]].strip()):
            continue
        end = k
        while end < len(heads) and heads[end][1] == heads[k][1]:
            end += 1
        out.update(i for i, _ in heads[k:end])
    return out

