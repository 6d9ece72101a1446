"""A head over a short lead sentence, among heads of its width (sections/heading_short_leads.py)."""

from __future__ import annotations

from reader.document.sections.headings import find_headings

_P1 = "　　去年春天，镇上的菜市场完成了翻修，原来漏雨的顶棚换成了透光的新材料，摊位也重新划了线。"
_P2 = "　　摊主们说，翻修之后来买菜的年轻人多了，周末的早市比以前热闹得多，营业额涨了两成左右。"
_P3 = "　　镇里还在市场旁边开了一间便民服务站，老人可以在这里量血压、交水电费，也能坐下来歇歇脚。"


def _lines(*rows: str) -> list[str]:
    return [row.strip("　") for row in rows]


def _heads(lines: list[str]) -> list[str]:
    return [lines[h.index] for h in find_headings(lines)]


def test_heads_over_a_short_lead_sentence_are_siblings_of_the_heads_found() -> None:
    lines = _lines(_P1, "先听摊主的", "摊位怎么排，摊主说了算。", _P2, _P3,
                   "顶棚换上新材料", _P3, _P1, "钱由谁来出", "翻修的钱，镇里出大头。", _P2, _P1,
                   "管理跟上才长久", _P2, _P3)
    assert _heads(lines) == ["先听摊主的", "顶棚换上新材料", "钱由谁来出", "管理跟上才长久"]


def test_a_short_line_over_a_short_sentence_is_no_head_when_no_head_is_found() -> None:
    lines = _lines(_P1, "老张笑着摆摆手", "这事不用着急。", _P2, _P3, _P1)
    assert _heads(lines) == []


def test_a_line_much_wider_than_the_heads_found_is_not_their_sibling() -> None:
    lines = _lines(_P1, "后来的事情大家都知道了镇里又开了一次会", "会开得很顺利。", _P2,
                   "顶棚换上新材料", _P3, _P1, "管理跟上才长久", _P2, _P3)
    assert _heads(lines) == ["顶棚换上新材料", "管理跟上才长久"]


def test_a_lone_head_recruits_no_sibling_over_a_short_sentence() -> None:
    """One head set alone and a line over a short sentence: not two heads of one article's shape."""
    lines = _lines(_P1, "先听摊主的", "摊位怎么排，摊主说了算。", _P2, _P3, "顶棚换上新材料", _P3, _P1, _P2)
    assert "先听摊主的" not in _heads(lines)
