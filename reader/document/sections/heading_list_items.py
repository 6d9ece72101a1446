"""Short lines of a post's lists that look like heads and are not: a definition list's items
(优点：价格低廉 over 缺点：…; typ：令牌的类型 among alg：… and exp：…), the items a sentence announces
(…缩小为两点： / 重新设计界面 / 修改功能), and a refrain said under each item (搜索关键词【…】)."""

from __future__ import annotations

from collections import Counter

from reader.document import rx
from reader.document.scraped.patterns import ends_sentence, numbered_style
from reader.document.sections.reported_speech import reports_speech

# 优点：还原纸质书写体验, typ：令牌的类型, exp: Expiration Time: a term, its colon, what it is.
_DEFINED = rx.compile(r"[^：:，。,\s][^：:，。]{0,11}[：:]\s*\S.+")
_TERM_MAX = 12
# 搜索关键词【布 折叠衣架】: the words every such line opens with, before its bracket (a colon's
# words may head parts: 案例：…).
_REFRAIN = rx.compile(r"([^【\[\d]{2,12})[【\[]")
_REFRAIN_MIN = 3  # lines opening with the same words: a refrain, not heads
_ITEM_MAX = 40  # characters of the next item under an announced one


def _term(line: str) -> str | None:
    """The term a definition list's item names (优点 in 优点：价格低廉), if the line is one."""
    head = line[:_TERM_MAX + 2]  # `in` scans in C: most lines hold no colon near their start
    if ("：" not in head and ":" not in head) or _DEFINED.fullmatch(line) is None or numbered_style(line):
        return None
    return line[: next(k for k, ch in enumerate(line) if ch in "：:")]


def _announces(line: str) -> bool:
    return line.rstrip().endswith(("：", ":")) and len(line) > _ITEM_MAX // 2


def _item(line: str, named: Counter[str]) -> bool:
    """A definition list's item: short, or naming its term once (an interview names its
    speaker again and again, each over a paragraph: 记者：… / 某某：…)."""
    term = _term(line)  # 条例明确：… is a paragraph of text, what a rule laid down
    return term is not None and (len(line) <= _ITEM_MAX or named[term] == 1 and not reports_speech(term, line))


def list_items(lines: list[str], heads: set[int]) -> set[int]:
    """Of the heads' lines, those that are items of a list (see the module's docstring)."""
    keys = {i: key.group(1) for i in heads if (key := _REFRAIN.match(lines[i]))}
    said = Counter(keys.values())
    out = {i for i, key in keys.items() if said[key] >= _REFRAIN_MIN}
    named = Counter(term for line in lines if (term := _term(line)))
    for i in heads:
        before = lines[i - 1] if i > 0 else ""
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if _term(lines[i]) is not None and (_item(before, named) or _item(after, named)):
            out.add(i)  # 优点：… over 缺点：…
        elif _announces(before) and after and len(after) <= _ITEM_MAX and not ends_sentence(after) and (
            numbered_style(lines[i]) is None and i + 1 not in heads
        ):
            out.add(i)  # …缩小为两点： over two short lines
    return out


_LIST_HEAD_MAX = 8  # characters: 准备, 操作, 安装环境 — a tutorial's step named in a word or two
_ITEMS_REACH = 2  # lines under such a head where a longer item shows the list


def list_heads(lines: list[str], candidate: list[bool]) -> list[int]:
    """准备 over 一台服务器 / 一个域名，用来…: a short line after a paragraph, over a list's short
    item and a longer one, heads the list (a tutorial's step), though no paragraph opens under it."""
    out = []
    for i in range(1, len(lines) - 2):
        line = lines[i]
        if not candidate[i] or len(line) > _LIST_HEAD_MAX or numbered_style(line) or not ends_sentence(lines[i - 1]):
            continue
        items = lines[i + 1 : i + 1 + _ITEMS_REACH]
        if not ends_sentence(items[0]) and len(items[0]) > len(line) and any(
            len(item) >= 2 * len(line) + _ITEM_MAX // 4 for item in items[1:]
        ):
            out.append(i)
    return out
