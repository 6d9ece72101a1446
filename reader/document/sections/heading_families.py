"""Numbering families among the heads of one style: 01、 over 1） are both Arabic counts, but written
two ways they are two families — the one that restarts at 1 while the other's run goes on is the
minor one, nested under it, as （一） is under 一、."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import NUMBERED_RANK

_ARABIC = rx.compile(r"(0?)(\d{1,2})\s*([.．、)）]?)")
_SAME = {"．": ".", "）": ")"}
_MINOR_STEP = 0.5  # a second family of a style ranks between it and the next more minor style


def _form(line: str) -> tuple[str, int] | None:
    """How an Arabic count is written (zero-padded, its mark: 01、, 1）, 1.) and its value."""
    match = _ARABIC.match(line)
    if match is None:
        return None
    padded, value, mark = match.groups()
    return padded + _SAME.get(mark, mark), int(value)


def numbering_families(styles: list[str], lines: list[str] | None) -> tuple[list[str], dict[str, float]]:
    """The heads' styles with a second way of writing the Arabic count made a family of its own,
    and the rank of every numbering family (NUMBERED_RANK's, and the new family's). A second form
    is a family when it starts at 1 under a head of the first form that goes on after it (01、 02、
    then 1） 2） then 03、; its later runs with it); a form that goes on counting (1. then 2、) is the same family."""
    ranks: dict[str, float] = dict(NUMBERED_RANK)
    if lines is None:
        return styles, ranks
    forms = [_form(line) if style == "arabic" else None for style, line in zip(styles, lines, strict=True)]
    first = next((f[0] for f in forms if f is not None), None)
    marks = [f[0] if f is not None else None for f in forms]
    later = [False] * (len(forms) + 1)  # is a head of the first form further on? (one pass back)
    for k in range(len(forms) - 1, -1, -1):
        later[k] = later[k + 1] or marks[k] == first
    out = list(styles)
    current: str | None = None  # the second form's family while its run goes on
    seen_first = False
    for k, form in enumerate(forms):
        if form is None:
            continue
        if form[0] == first:
            current, seen_first = None, True
            continue
        family = f"arabic{form[0]}"
        if current != family and form[1] == 1 and seen_first and (family in ranks or later[k + 1]):
            current = family
            ranks[family] = NUMBERED_RANK["arabic"] + _MINOR_STEP
        if current == family:
            out[k] = family
    return out, ranks
