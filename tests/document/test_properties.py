"""Hypothesis: no input crashes the importers, and every offset they give is valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import Document, DocumentError, load_bytes

LINES = st.sampled_from([
    "党旗领航奋进路──副标题", "首页 > 新闻 > 正文", "强化组织领导", "上下联动齐抓共管",
    "全市民营经济增加值实现5053.91亿元、增长0.3%，对GDP的贡献率达35.9%。",
    "一、总体要求", "（一）基本原则", "1.第一条", "──第一项措施。", "(记者 张曦)",
    "【编辑：姚昊】", "版权与免责声明", "【免责声明】仅供参考。", "分享到：", "图：现场 摄",
    "", "\u3000\u3000", "&nbsp;", "\ufffd\ufffd", "# 标题", "## 小节 {#x}", "- 列表", "> 引用",
    "```", "<script>x</script>", "[a](javascript:x)", "12,345家", "550余万元",
])
TEXTS = st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=40).map("\n".join)


def check_offsets(doc: Document) -> None:
    n = len(doc.text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= n
    for section in doc.all_sections():
        assert 0 <= section.start <= section.end <= n
        assert doc.text[section.start :].startswith(section.title)
        for child in section.children:
            assert section.start <= child.start <= child.end <= section.end
    for figure in doc.figures:
        assert 0 <= figure.start < figure.end <= n
        assert any(ch.isdigit() for ch in doc.text[figure.start : figure.end])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=TEXTS, kind=st.sampled_from(["text", "markdown"]))
def test_importers_never_crash_and_offsets_hold(text: str, kind: str) -> None:
    try:
        doc = load_bytes(text.encode("utf-8"), "x", kind)
    except DocumentError as e:
        assert str(e) and "\n" not in str(e)  # a refusal is a one-line reason
        return
    check_offsets(doc)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_give_a_document_or_a_reason(data: bytes) -> None:
    try:
        doc = load_bytes(data, "x", "text")
    except DocumentError as e:
        assert str(e) and "\n" not in str(e)
        return
    check_offsets(doc)
