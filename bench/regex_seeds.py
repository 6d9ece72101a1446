"""Hostile lines made for one pattern (bench/regex_probe.py): a run placed where the pattern
repeats without bound, after what it must read first (`title:` before a front-matter value).

A bare run of spaces never reaches `^title[ \\t]*[:=][ \\t]*(.+?)\\s*$`'s value; the seeds are
the pattern's shortest match, roughly (a branch's first alternative, a class's first member
among a few candidates, each repeat its least times, lookarounds left out), cut at each
unbounded repeat, and the run goes into the cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_parser: Any = __import__("re._parser", fromlist=["parse"])
_c: Any = __import__("re._constants", fromlist=["LITERAL"])

_CUT = "\0"  # where a run goes
_CANDIDATES = "a1 中x-.,:：、（(@"
_UNITS = {"space": " ", "a": "a", "1": "1", "中": "中", "ideographic space": "\u3000", "中 ": "中 ",
          "four-per-em space": "\u2005"}
_MAX_CUTS = 8  # per pattern: its first unbounded repeats


def seeded_lines(pattern: re.Pattern[Any]) -> dict[str, Callable[[int], str]]:
    """name → the line of length about n: a seed's head, a run, its tail (and the same with an
    odd character for the tail)."""
    if not isinstance(pattern.pattern, str):
        return {}
    try:
        shortest = "".join(_walk(_parser.parse(pattern.pattern, pattern.flags)))
    except (re.error, RecursionError, TypeError, ValueError):
        return {}
    cuts = [i for i, ch in enumerate(shortest) if ch == _CUT][:_MAX_CUTS]
    lines: dict[str, Callable[[int], str]] = {}
    for k, at in enumerate(cuts):
        head, tail = shortest[:at].replace(_CUT, ""), shortest[at + 1 :].replace(_CUT, "")
        for name, unit in _UNITS.items():
            for end in (tail, "@"):
                def line(n: int, head: str = head, unit: str = unit, end: str = end) -> str:
                    return head + (unit * (n // len(unit) + 1))[:n] + end

                lines[f"seed {k} {head[-12:]!r} + {name!r} + {end[:12]!r}"] = line
    return lines


def _walk(items: Any) -> Iterator[str]:
    for op, arg in items:
        if op is _c.LITERAL:
            yield chr(arg)
        elif op is _c.NOT_LITERAL:
            yield "x" if arg != ord("x") else "y"
        elif op is _c.ANY:
            yield "a"
        elif op is _c.IN:
            yield next((ch for ch in _CANDIDATES + _literals(arg) if _in(ch, arg)), "")
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = arg
            yield "".join(_walk(sub)) * low
            if high is _c.MAXREPEAT or high >= 100:
                yield _CUT
        elif op is _c.SUBPATTERN:
            yield from _walk(arg[-1])
        elif op is _c.ATOMIC_GROUP:
            yield from _walk(arg)
        elif op is _c.BRANCH:
            yield from _walk(arg[1][0])
        # AT, lookarounds, group references: nothing


def _literals(items: Any) -> str:
    return "".join(chr(arg) for op, arg in items if op is _c.LITERAL)


_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    _c.CATEGORY_DIGIT: str.isdigit,
    _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdigit(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}


def _in(ch: str, items: Any) -> bool:
    """Whether ch is in an IN set of re's parser."""
    negate, found = False, False
    for op, arg in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            found |= ord(ch) == arg
        elif op is _c.RANGE:
            found |= arg[0] <= ord(ch) <= arg[1]
        elif op is _c.CATEGORY:
            found |= _CATEGORIES.get(arg, lambda _ch: False)(ch)
    return found != negate
