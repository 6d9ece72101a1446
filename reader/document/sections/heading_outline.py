"""Levels from the page's own table of contents: a wiki or a manual lists its heads before the text
with outline numbers (1 历史, 1.1 古代, 1.2 近代, 2 政治), which say how deep each head is where
the heads themselves, set alone and unnumbered, do not."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import NUMBERED_RANK

_OUTLINE = rx.compile(r"\d{1,2}(?:\.\d{1,2}){0,4}\.?")  # 1, 1.2, 3.3.1
_ENTRIES_MIN = 4  # a contents list: four numbered lines in a row at least
_MATCHED_SHARE = 0.8  # of the heads found in the list, for it to be theirs
_LISTED_MIN = 3


def outline_levels(page: list[str], titles: list[str]) -> list[int] | None:
    """Each head's depth in the page's outline-numbered contents list (the lines `page` outside the
    text: 1历史沿革 / 1.1古代 / 1.321世纪), when most heads are listed there; a head not listed is one
    level under the one before it. None when the page has no such list or it is not the heads'."""
    entries = _contents(page)
    if not entries:
        return None
    depths = [_depth(entries, title.replace(" ", "")) for title in titles]
    listed = [d for d in depths if d is not None]
    if len(listed) < max(_LISTED_MIN, _MATCHED_SHARE * len(titles)) or len(set(listed)) == 1:
        return None
    levels: list[int] = []
    for depth in depths:
        levels.append(depth if depth is not None else (levels[-1] + 1 if levels else 1))
    return levels


# ▪ 大坝 under 2 工程规模: an encyclopedia's contents list marks its sub-entries, unnumbered.
_SUB_ENTRY = "▪•·◦"


def _contents(page: list[str]) -> list[str]:
    """The longest run of lines opening with an outline number, starting at 1, spaces taken out;
    a marked sub-entry (▪ 大坝) numbered under the entry over it (2 工程规模 → 2.1大坝)."""
    best: list[str] = []
    run: list[str] = []
    parent, subs = "", 0  # the number of the last numbered entry, the sub-entries under it
    for line in [*page, ""]:
        bare = line.replace(" ", "").replace("\u3000", "")
        if bare[:1].isdecimal() and (run or bare.startswith("1")):
            run.append(bare)
            parent, subs = (major.group().rstrip(".") if (major := _OUTLINE.match(bare)) else ""), 0
            continue
        if run and parent and bare[:1] in _SUB_ENTRY and len(bare) > 1:
            subs += 1
            run.append(f"{parent}.{subs}{bare[1:]}")
            continue
        if len(run) >= _ENTRIES_MIN and len(run) > len(best):
            best = run
        run = []
    return best


def _depth(entries: list[str], title: str) -> int | None:
    """The depth of the entry that is `title` after an outline number (1.3 + 21世纪 = 1.321世纪)."""
    if not title:
        return None
    for entry in entries:
        if len(entry) > len(title) and entry.endswith(title):
            number = _OUTLINE.fullmatch(entry[: -len(title)])
            if number is not None:
                return number.group().rstrip(".").count(".") + 1
    return None


_LISTED_STYLES_MIN = 2  # a contents list that shows two numbered depths (第一章 over 一、) shows its outline's depth


def unlisted_minor(page: list[str], heads: list[tuple[str, str]]) -> set[int]:
    """Heads ((text, style) each) of a numbering the page's own contents list never shows,
    more minor than every numbering it does show (（一） where the list goes 第一章 / 一、 and no
    deeper): the numbered points inside a section, not its sub-sections. The list is a run of four
    page lines or more, each one of the heads, in a row; `page`: every line of the page as read."""
    texts = {text.replace(" ", "").replace("\u3000", ""): style for text, style in heads}
    shown: set[str] = set()
    run: set[str] = set()
    length = 0
    for line in [*page, ""]:
        bare = line.replace(" ", "").replace("\u3000", "")
        if bare and bare in texts:
            length += 1
            style = texts[bare]
            if style in NUMBERED_RANK:
                run.add(style)
            continue
        if length >= _ENTRIES_MIN:
            shown |= run
        run, length = set(), 0
    if len(shown) < _LISTED_STYLES_MIN:
        return set()
    deepest = max(NUMBERED_RANK[style] for style in shown)
    return {k for k, (_, style) in enumerate(heads)
            if style in NUMBERED_RANK and style not in shown and NUMBERED_RANK[style] > deepest}
