"""Heads set run-in among heads on lines of their own, on made-up text: one form for all of a
count's heads; a count set run-in throughout stays as written."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.model import BlockKind
from reader.document.sections.heading_run_in import run_in_split

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def outline(d: Document) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in d.all_sections()]


def test_a_run_in_head_is_split_from_its_paragraph() -> None:
    assert run_in_split("（二）工作目标。到明年年底，全面完成既定的各项改造任务。") == (7, 8)
    assert run_in_split("（三）资金来源：由市级财政统筹安排，各区按比例配套。") == (7, 8)


def test_a_sentence_opening_a_line_is_no_run_in_head() -> None:
    assert run_in_split("（二）专家认为：这样的安排并不合理，需要再研究。") is None  # says what follows
    assert run_in_split("（二）加快建设进度，确保按期完工。各区要抓紧落实。") is None  # a clause, not a title
    assert run_in_split("（二）做好宣传。") is None  # nothing after the stop: a line of its own


def test_run_in_heads_join_their_siblings_alone_in_the_contents() -> None:
    d = doc(
        "关于做好社区服务工作的通知",
        PARA,
        "一、工作要求",
        "（一）总体思路。坚持以居民需求为导向，统筹各方资源，完善社区服务体系。",
        "（二）工作目标。到明年年底，社区综合服务设施覆盖率达到百分之百。",
        "二、主要任务",
        "（三）完善服务设施",
        PARA,
        "（四）丰富服务内容",
        PARA,
        "（五）培育服务队伍。加强社区工作者培训，提升专业化服务水平。",
    )
    assert outline(d) == [
        (1, "一、工作要求"),
        (2, "（一）总体思路"),
        (2, "（二）工作目标"),
        (1, "二、主要任务"),
        (2, "（三）完善服务设施"),
        (2, "（四）丰富服务内容"),
        (2, "（五）培育服务队伍"),
    ]
    # The paragraph keeps the rest of the line; no text is lost but the stop after the head.
    assert "坚持以居民需求为导向，统筹各方资源，完善社区服务体系。" in d.text.split("\n")
    kinds = [b.kind for b in d.blocks if d.text[b.start : b.end].startswith(("（五）", "加强社区"))]
    assert kinds == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_count_set_run_in_throughout_stays_as_written() -> None:
    d = doc(
        "关于做好社区服务工作的通知",
        PARA,
        "一、工作要求",
        "（一）总体思路。坚持以居民需求为导向，统筹各方资源，完善社区服务体系。",
        "（二）工作目标。到明年年底，社区综合服务设施覆盖率达到百分之百。",
        "二、主要任务",
        "（三）完善服务设施。新建一批社区综合服务中心，改造提升老旧设施。",
        "（四）培育服务队伍。加强社区工作者培训，提升专业化服务水平。",
    )
    assert outline(d) == [(1, "一、工作要求"), (1, "二、主要任务")]


def test_one_head_alone_among_many_run_in_is_not_enough() -> None:
    d = doc(
        "关于做好社区服务工作的通知",
        PARA,
        "一、工作要求",
        "（一）总体思路。坚持以居民需求为导向，统筹各方资源，完善社区服务体系。",
        "（二）工作目标。到明年年底，社区综合服务设施覆盖率达到百分之百。",
        "（三）完善服务设施",
        PARA,
        "（四）培育服务队伍。加强社区工作者培训，提升专业化服务水平。",
        "二、主要任务",
        PARA,
    )
    assert "（一）总体思路" not in [title for _, title in outline(d)]


NOTICE = [
    "某某市促进消费若干措施",
    PARA,
    "一、优化消费环境",
    "（一）加强市场监管。" + PARA,
    "（二）完善消费维权机制。" + PARA,
    "二、扩大服务消费",
    "（一）发展养老托育服务。" + PARA,
    "（二）丰富文化旅游供给。" + PARA,
    "三、强化政策保障",
    "（一）加大财政支持力度。",
    "（二）优化金融服务。",
    "本措施自印发之日起施行。各区各部门要结合实际抓好落实，确保各项措施落地见效。",
]


def test_a_section_opening_with_its_items_is_its_siblings_sibling() -> None:
    """三、强化政策保障 over （一）… （二）…: the last section's items stand under it, no text."""
    assert [title for _, title in outline(doc(*NOTICE))] == ["一、优化消费环境", "二、扩大服务消费", "三、强化政策保障"]


def test_an_item_ending_in_a_full_stop_is_not_the_one_head_among_its_siblings() -> None:
    """（二）优化金融服务。 over the closing paragraph would head it, its sibling heading nothing."""
    titles = [title for _, title in outline(doc(*NOTICE))]
    assert "（二）优化金融服务。" not in titles
    alike = [*NOTICE[:9], "（一）加大财政支持力度。", PARA, "（二）优化金融服务。", PARA]
    assert [t for _, t in outline(doc(*alike))][-2:] == ["（一）加大财政支持力度。", "（二）优化金融服务。"]


def test_a_closing_part_after_numbered_heads_is_their_last_sibling() -> None:
    """结语 over one short sentence, after 01 02 03: the article's close, in the contents."""
    d = doc("地方债务化解进入新阶段", PARA, "01 从隐性到显性", PARA, PARA, "02 从化存量到控增量", PARA,
            "03 从输血到造血", PARA, "结语", "化债仍需久久为功。")
    assert [t for _, t in outline(d)] == ["01 从隐性到显性", "02 从化存量到控增量", "03 从输血到造血", "结语"]


def test_a_count_set_run_in_under_one_head_heads_as_it_does_alone_under_another() -> None:
    """（一）（二） alone under 一、, the same count run-in under 二、: heads under both."""
    lines = ["某市关于开展河道清理行动的通知", PARA, "一、清理重点", "（一）城区河道。", PARA, "（二）郊区河道。", PARA,
             "二、工作要求", "（一）压实责任。各区主要负责人是本辖区河道清理工作的第一责任人。",
             "（二）严格督查。对清理中发现的问题，一律限期整改到位，逾期不改的通报批评。", PARA]
    assert [title for _, title in outline(doc(*lines))] == [
        "一、清理重点", "（一）城区河道。", "（二）郊区河道。", "二、工作要求", "（一）压实责任", "（二）严格督查"]


def test_a_count_run_in_where_it_never_stands_alone_stays_as_written() -> None:
    lines = ["某市关于开展河道清理行动的通知", PARA, "一、清理重点", PARA, PARA, "二、工作要求",
             "（一）压实责任。各区主要负责人是本辖区河道清理工作的第一责任人。",
             "（二）严格督查。对清理中发现的问题，一律限期整改到位，逾期不改的通报批评。", PARA]
    assert [title for _, title in outline(doc(*lines))] == ["一、清理重点", "二、工作要求"]
