"""Compound amounts written with two magnitudes (1亿2000万元, 2亿3千万人次, 1万2千亿元,
新台幣2兆8,800億元): one figure, its value in the largest magnitude a reader would name.

Bounded patterns only: a compound is at most a few dozen characters, so finding them stays
linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.document import rx

# 兆 is 万亿 in Taiwan (2兆8,800億) and mega elsewhere (兆瓦): never a unit shown, see _shown().
_SCALE = {"千": 1e3, "百": 1e2, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_TOKEN = re.compile(r"\d[\d,]*|[千百万萬亿億兆零]")


def compound_figure(start: str, unit_pattern: str) -> re.Pattern[str]:
    """Groups as an Arabic figure's: (range start: ""), the amount with its magnitudes
    (1亿2000万), (decimals: ""), the unit after them (元, 人次, or "")."""
    high = r"(?:\d{1,3},\d{3}|\d{1,4})(?:万亿|萬億|[兆亿億万萬])零?"
    low = r"(?:\d{1,3},\d{3}|\d{1,4})(?:[千百](?:万|萬|亿|億)?|万|萬|亿|億)?"
    # …and three parts: 20億8,153萬8,444元, 1,277億5,091萬3,965元 (a Taiwan gazette's amounts)
    return rx.compile(rf"{start}()((?:{high}){{1,2}}{low})()((?:{unit_pattern})?)(?![\d.．,])")


def compound_value(amount: str) -> tuple[float, str] | None:
    """The amount's value and the magnitude it is given in: 1亿2000万 → (1.2, 亿),
    1万2千亿 → (1.2, 万亿), 2兆8,800億 → (28800, 億); None for what is no number
    (no magnitude; 1万2万, 1亿20000万: a part as large as the one before it)."""
    total = _total(amount)
    if total is None:
        return None
    name, scale = _shown(amount, total)
    return round(total / scale, 6), name


def _total(amount: str) -> float | None:
    """1万2千亿 → 1.2e12, read as Chinese numbers are: each magnitude scales what was written
    since the last larger one."""
    parts: list[tuple[float, float]] = []  # (value, magnitude), magnitudes decreasing
    current = 0.0
    for token in _TOKEN.findall(amount):
        if token[0].isdigit():
            current = float(token.replace(",", ""))
            continue
        if token == "零":
            continue
        scale = _SCALE[token]
        below = current
        while parts and parts[-1][1] < scale:
            below += parts.pop()[0]
        if parts and (parts[-1][1] == scale or below * scale >= parts[-1][1]):
            return None
        parts.append((below * scale, scale))
        current = 0.0
    if current and parts and len(str(int(current))) != len(str(int(parts[-1][1]))) - 1:
        return None  # 1万2000 is 12 000, but 1亿2000 may mean 1亿2000万 and 1万2 12 000
    return sum(value for value, _ in parts) + current if parts else None


def _shown(amount: str, total: float) -> tuple[str, float]:
    """The magnitude to give the total in: the largest named one not above it (万亿, 亿, 万),
    in the amount's script (兆 is written alike in both: 2兆8813亿 is simplified); no 万亿 where
    the amount says 兆 (a Taiwanese reader says 億)."""
    traditional = bool(set(amount) & set("億萬"))
    names = (("萬億", "億", "萬") if traditional else ("万亿", "亿", "万"))
    scales = (1e12, 1e8, 1e4)
    for name, scale in zip(names, scales, strict=True):
        if total >= scale and not (scale == 1e12 and "兆" in amount):
            return name, scale
    return "", 1.0


def compounds(pattern: re.Pattern[str], piece: str, pos: int) -> Iterator[re.Match[str]]:
    """pattern's matches in piece from pos on that are compounds (1亿2000万元). A match that is
    none (0万0万0) hides none that starts inside it (0万0 after 0万): the search goes on from its
    next character, as a scan resumed there would find it."""
    while (match := pattern.search(piece, pos)) is not None:
        if compound_value(match[2]):
            yield match
            pos = match.end()
        else:
            pos = match.start() + 1
