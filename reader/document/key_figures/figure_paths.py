"""Which rule gave a key figure its subject (its path), and the paths whose subjects are not shown.

Each path's precision is measured by bench/figure_paths.py on every hand-labelled set, and a path
is dropped (its subjects become None: a wrong subject is worse than none) only when that is
chosen leave-one-set-out, not from one set.
"""

from __future__ import annotations

BEFORE_VERB = "before a measuring verb"  # 民营经济增加值|增长|0.3%
ACHIEVED = "before 实现/完成"  # 广东完成|规模以上工业增加值|4745亿元
BEFORE_BARE = "noun before, no verb"  # 全国一般公共预算收入|20.25万亿元
ATTRIBUTE = "attribute before a span"  # 设计寿命|30年
COUNTED = "noun a count classifies"  # 1.8万名|党建指导员
OBJECT = "object of an action verb"  # 惠及|居民|20万户
AFTER_DE = "noun after 的"  # 100多万元的|资金
NOUN_NEXT = "noun right after"  # 20万元|慰问金
CHAINED = "carried from the figure before"  # 增加值实现5053.91亿元、增长|0.3%
LIST = "分别 list, its items"  # 非公企业…、社会组织…，分别增加|28.33%、22.98%
LIST_SHARED = "分别 list, a shared measure"  # 汽车、电气和电力累计增速|分别为
LIST_EARLIER = "分别 list, the clauses before"  # 旅客吞吐量…，货邮吞吐量…，分别增长
PENALTY = "a penalty's bounds"  # 处|一万元以上三万元以下|罚款
BY_MEANS = "a measure by 以"  # 鄂尔多斯以|109%的增速
TABLE = "table header"  # a cell's row name: figure_cells.py gives it, the benches infer the path

# The paths whose subjects are not shown (chosen by bench/figure_paths.py --choose).
DROPPED: frozenset[str] = frozenset()
_override: list[frozenset[str]] = []  # set by the benches


def untrusted(path: str) -> bool:
    """Subjects of path are not shown."""
    return path in (_override[-1] if _override else DROPPED)


def drop_paths(dropped: frozenset[str] | None) -> None:
    """Drop these paths instead of DROPPED (None: back to DROPPED). For the benches."""
    _override.clear()
    if dropped is not None:
        _override.append(dropped)
