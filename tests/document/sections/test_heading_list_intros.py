"""A sentence announcing the list under it (这里涉及到两个概念：), on made-up text (headings.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_line_announcing_a_list_heads_nothing() -> None:
    d = doc("推荐系统入门笔记", PARA, "基本概念", PARA, "这里涉及到两个概念：", "召回，就是从海量的内容里先找出一小批可能合适的候选。", "排序，就是给这些候选逐个打分，再按分数排好先后。", PARA,
            "系统的组成", PARA, "整个系统可以分为三个部分：", "数据层负责收集和清洗用户留下的各种行为日志。", "算法层负责训练模型并定期评估模型的效果。", "应用层负责把结果展示给用户并收集反馈。", PARA, "小结", PARA)
    assert [s.title for s in d.all_sections()] == ["基本概念", "系统的组成", "小结"]


def test_a_head_over_a_line_announcing_a_list_is_a_head() -> None:
    d = doc("做好用户调研", PARA, "明确目标用户", "这里有两个层面要考虑：", "这个产品到底适合哪一类人群在什么场景下使用。", "最终会是谁愿意为它付费，付费的理由又是什么。", PARA,
            "设计调研问卷", PARA, PARA, "整理调研结果", PARA)
    assert [s.title for s in d.all_sections()] == ["明确目标用户", "设计调研问卷", "整理调研结果"]
