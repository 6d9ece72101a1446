"""Heads that name one of a few recurring subjects before a colon (甲车：空间大 … 乙车：空间小, then
甲车：…, 乙车：… again under the next part): a comparison set part by part. The subjects' heads are
the sub-sections of the head each run of them stands under."""

from __future__ import annotations

from reader.document import rx

# 北斗星：大肚量 — a short subject, its colon, what is said of it
_KEYED = rx.compile(r"([^：:，,。；;！？!?\s]{1,8})[：:]\s*\S")
_RECURS = 2  # a subject named on two heads or more
_SUBJECTS_MIN = 2  # a comparison names two subjects at least
_PARENTS_MIN = 2


def keyed_parents(lines: list[str], heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the heads set alone ((line, style, sub-heading's line) each) right above a run of
    heads whose subject before the colon recurs, when two subjects or more recur and two parts or
    more open so: those parts' heads."""
    keys: list[str | None] = []
    for i, _, _ in heads:
        match = _KEYED.match(lines[i])
        keys.append(match.group(1) if match else None)
    counts: dict[str, int] = {}
    for key in keys:
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    recurring = {key for key, n in counts.items() if n >= _RECURS}
    if len(recurring) < _SUBJECTS_MIN:
        return set()
    parents: set[int] = set()
    for k in range(1, len(heads)):
        if keys[k] in recurring and keys[k - 1] not in recurring:
            i, style, sub = heads[k - 1]
            if style == "single" and sub is None:
                parents.add(i)
    return parents if len(parents) >= _PARENTS_MIN else set()

