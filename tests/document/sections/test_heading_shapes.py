"""Heads told by their shape and their siblings, on made-up scraped text (headings.py, heading_cues.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_cues import latin_unspaced
from reader.document.sections.headings import find_headings

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


def test_a_head_about_following_something_is_not_a_call_to_follow_the_account() -> None:
    d = doc("一篇长文的标题", PARA, "关注老人的数字生活", PARA, PARA, "社区里的新变化", PARA, PARA)
    assert titles(d) == ["关注老人的数字生活", "社区里的新变化"]
    lines = [PARA, "关注我们", PARA, "社区里的新变化", PARA, "关注「某某日报」公众号", PARA, "邻里的新约定", PARA]
    assert [lines[h.index] for h in find_headings(lines)] == ["社区里的新变化", "邻里的新约定"]


def test_straight_quotes_set_off_by_spaces_do_not_make_a_head_a_row_of_links() -> None:
    head = '各地商户应当按照 " 目录 " 公示价格'
    assert latin_unspaced(head) == '各地商户应当按照"目录"公示价格'
    d = doc("一篇长文的标题", PARA, "城市管理的新规定", PARA, PARA, head, PARA, PARA)
    assert titles(d) == ["城市管理的新规定", head]


def test_a_numbered_head_over_a_formula_or_a_lead_in_is_its_siblings_sibling() -> None:
    year = "全年工作日：365天－104天（休息日）－11天（节假日）＝250天"
    month = "每月工作日：250天÷12月＝20.83天/月，折算时以此为准"
    lead_in = "说到这里，还有一个非常要紧的问题需要我们先弄清楚，那就是大家常有的另一种担心——"
    d = doc("一篇长文的标题", PARA, "一、工作日的计算方法", year, month, PARA, "二、日工资的折算办法", PARA, PARA,
            "三、加班工资的计算", lead_in, PARA)
    assert [(s.title, s.subtitle) for s in d.all_sections()] == [
        ("一、工作日的计算方法", None), ("二、日工资的折算办法", None), ("三、加班工资的计算", None)]


def test_numbered_lines_over_short_notes_are_not_taken_for_siblings() -> None:
    d = doc("一篇长文的标题", PARA, "一、工作日的计算方法", PARA, PARA, "二、材料清单", "身份证复印件一份", "三、办理时限", "五个工作日")
    assert titles(d) == ["一、工作日的计算方法"]


def test_a_line_left_by_a_picture_inside_numbered_sections_is_not_a_head() -> None:
    d = doc("一篇长文的标题", PARA, "01", PARA, PARA, "02", PARA, PARA, "河边的老码头", PARA, PARA, "03", PARA, PARA, "04", PARA)
    assert titles(d) == ["01", "02", "03", "04"]


def test_heads_set_in_most_numbered_sections_are_their_sub_heads() -> None:
    d = doc("一篇长文的标题", PARA, "01", PARA, "渡口的由来", PARA, "02", PARA, "码头的兴衰", PARA, "03", PARA, "新桥通车以后", PARA)
    assert titles(d) == ["01", "渡口的由来", "02", "码头的兴衰", "03", "新桥通车以后"]


def test_a_head_over_numerals_counting_again_is_their_parent() -> None:
    d = doc("一篇长文的标题", PARA, "老城区的早晨", "01", PARA, PARA, "02", PARA, PARA,
            "新城区的夜晚", "01", PARA, PARA, "02", PARA, PARA, "03", PARA)
    assert titles(d) == ["老城区的早晨", "01", "02", "新城区的夜晚", "01", "02", "03"]


def test_a_head_right_over_another_head_is_its_sections_parent() -> None:
    d = doc("某城", PARA, "历史[编辑]", "早期[编辑]", PARA, "近代[编辑]", PARA, "地理[编辑]", "气候[编辑]", PARA, "地形[编辑]", PARA)
    assert [(s.level, s.title) for s in d.all_sections()] == [
        (1, "历史"), (2, "早期"), (2, "近代"), (1, "地理"), (2, "气候"), (2, "地形")]


def test_furniture_in_square_brackets_or_a_closing_mark_is_not_a_head() -> None:
    for chrome in ("【相关阅读】", "【延伸阅读】", "全文完", "未完待续"):
        lines = [PARA, "社区里的新变化", PARA, chrome, PARA, "邻里的新约定", PARA]
        assert [lines[h.index] for h in find_headings(lines)] == ["社区里的新变化", "邻里的新约定"], chrome


def sections(*heads: str) -> list[tuple[int, str]]:
    lines = ["一篇长文的标题", PARA]
    for head in heads:
        lines += [head, PARA, PARA]
    return [(s.level, s.title) for s in doc(*lines).all_sections()]


def test_heads_set_alone_after_a_numbered_run_close_the_article_as_its_siblings() -> None:
    assert sections("一、总体要求", "二、主要任务", "三、保障措施", "结束语", "参考资料") == [
        (1, "一、总体要求"), (1, "二、主要任务"), (1, "三、保障措施"), (1, "结束语"), (1, "参考资料")]


def test_heads_set_alone_inside_every_numbered_section_stay_its_sub_heads() -> None:
    assert sections("一、总体要求", "加强领导", "二、主要任务", "完善机制", "三、保障措施", "强化督查") == [
        (1, "一、总体要求"), (2, "加强领导"), (1, "二、主要任务"), (2, "完善机制"), (1, "三、保障措施"), (2, "强化督查")]
