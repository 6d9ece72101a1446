"""Numbered heads that end in a full stop, a note in brackets maybe closing them (heading_stops.py)."""

from __future__ import annotations

from reader.document.sections.heading_stops import stopped_head
from tests.document.scraped.test_text_rules import doc, headings

NAV = "首页 | 政务公开 | 政策文件 | 互动交流"
TOP = [NAV, "某市人民政府办公室关于开展2031年度河道清理行动的通知", "发布日期：2031-03-02 来源：市政府办公室",
       "为改善全市水环境质量，经市政府同意，决定在全市开展河道清理行动。现将有关事项通知如下："]
SAYS = "各区对照任务逐段排查河道。"  # under twenty characters
LONG = "市水务局牵头组织五个督导组，分片对各区清理进度开展督导，发现问题当场交办。"
TAIL = ["二、工作要求", "各区要加强组织领导，明确责任分工，确保清理行动取得实效。", "各区请于11月30日前将工作总结报市水务局。",
        "关于我们 | 网站地图 | 联系我们"]


def test_a_closing_note_in_brackets_does_not_make_a_stopped_head_a_sentence() -> None:
    assert stopped_head("（二）集中清理阶段（6月1日至8月31日）。")
    assert not stopped_head("（二）集中清理阶段，各区组织力量逐段清理河道淤泥。")


def test_stage_heads_with_their_dates_in_brackets_are_heads() -> None:
    d = doc(*TOP, "一、实施步骤", "行动自3月至10月，分三个阶段进行。", "（一）动员部署阶段（3月10日至4月30日）。", SAYS,
            "（二）集中清理阶段（5月1日至8月31日）。", LONG, "（三）巩固提升阶段（9月1日至10月31日）。", *TAIL)
    assert [title[:6] for _, title, _ in headings(d)] == ["一、实施步骤", "（一）动员部", "（二）集中清", "（三）巩固提", "二、工作要求"]


def test_the_first_of_stopped_heads_over_a_short_sentence_is_their_sibling() -> None:
    d = doc(*TOP, "一、实施步骤", "行动自3月至10月，分三个阶段进行。", "（一）动员部署阶段。", SAYS,
            "（二）集中清理阶段。", LONG, "（三）巩固提升阶段。", *TAIL)
    assert [title for _, title, _ in headings(d)] == ["一、实施步骤", "（一）动员部署阶段。", "（二）集中清理阶段。", "（三）巩固提升阶段。", "二、工作要求"]

