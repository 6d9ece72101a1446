"""Numbering families among the heads of one style: 01、 over 1） are both Arabic counts, but written
two ways they are two families — the one that restarts at 1 while the other's run goes on is the
minor one, nested under it, as （一） is under 一、."""

from __future__ import annotations

from reader.document import rx
from reader.document.patterns import NUMBERED_RANK

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
    out = list(styles)
    for k, form in enumerate(forms):
        if form is None or form[0] == first or form[1] != 1:
            continue
        family = f"arabic{form[0]}"
        after = family in ranks or any(f is not None and f[0] == first for f in forms[k + 1 :])
        if not after or not any(f is not None and f[0] == first for f in forms[:k]):
            continue
        ranks[family] = NUMBERED_RANK["arabic"] + _MINOR_STEP
        for j in range(k, len(forms)):  # the run of the second form, until the first form again
            f = forms[j]
            if f is not None and f[0] == first:
                break
            if f is not None and f[0] == form[0]:
                out[j] = family
    return out, ranks
