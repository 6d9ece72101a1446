"""Credit lines in the shapes pages print them (made-up names and outlets)."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.bylines.credits import standalone_credit

PARA = "这是文章的第一段，讲述了城市更新的来龙去脉，内容较长，足以构成正文的一段文字。"
MORE = "第二段继续讲述老街区改造后的变化，居民们纷纷表示生活更加便利，街道也更干净了。"
TITLE = "城市更新让老街区焕发新活力"
DATE = "2024-05-01 10:00 来源：某某日报"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


@pytest.mark.parametrize(("line", "credit"), [
    ("□ 本报记者 王小五", "本报记者 王小五"),
    ("【本報訊】記者黃某某 李某某 香港報導", "記者黃某某 李某某 香港報導"),  # the paper's own story, said first
    ("【本报讯】记者王小五 李四 北京报道", "记者王小五 李四 北京报道"),
    ("●记者 王小五 通讯员 李四", "记者 王小五 通讯员 李四"),
    ("文丨王小五", "文丨王小五"),
    ("新华社记者 王小五", "新华社记者 王小五"),
    ("见习记者 王小五 李四 报道", "见习记者 王小五 李四"),
    ("王小五/文", "王小五/文"),
])
def test_the_reporter_under_the_headline_is_the_byline(line: str, credit: str) -> None:
    d = doc(TITLE, DATE, line, PARA, MORE)
    assert d.byline == credit
    assert line not in d.text


@pytest.mark.parametrize("line", ["编辑丨李四", "文字：王小五 图片：李四", "统筹：赵六 撰文：王小五", "記者王小五 李四四 台北報導"])
def test_a_line_of_credits_after_the_text_is_the_byline(line: str) -> None:
    d = doc(TITLE, DATE, PARA, MORE, line, "分享到：")
    assert d.byline == line
    assert d.text.rstrip().endswith(MORE)


def test_lines_that_only_look_like_credits_are_not() -> None:
    assert standalone_credit("记者手记：城市更新的五个关键") is None
    assert standalone_credit("新华社记者走进老街区，看到了怎样的变化？") is None
    assert standalone_credit("统筹发展和安全") is None
    assert standalone_credit("王小五/李四") is None
    assert standalone_credit("台中 嘉義 綜合報導") is None  # places and a desk, no reporter


@pytest.mark.parametrize(("line", "credit"), [
    ("本报记者王小五报道", "本报记者王小五"),
    ("■本报记者王小五", "本报记者王小五"),
    ("记者王小五报道", "记者王小五"),
    ("某某社记者王小五报道", "某某社记者王小五"),
    ("本报记者王小五发自北京", "本报记者王小五"),
    ("记者王小五发自上海", "记者王小五"),
    ("某某社记者王小五、李四、赵六", "某某社记者王小五、李四、赵六"),
    ("某某社记者王小五、李四发自北京", "某某社记者王小五、李四"),
    ("某某社记者王小五、李小四报道", "某某社记者王小五、李小四"),
])
def test_a_reporter_set_without_spaces_is_a_credit(line: str, credit: str) -> None:
    assert standalone_credit(line) == credit
    d = doc(TITLE, DATE, PARA, MORE, line, "分享到：")  # on its own line under the text
    assert d.byline == credit
    assert d.text.rstrip().endswith(MORE)
    d = doc(TITLE, DATE, line, PARA, MORE)  # on its own line over the text
    assert d.byline == credit
    assert line not in d.text


@pytest.mark.parametrize("line", ["记者手记", "本报记者观察", "记者王小五", "本报记者王小五李四", "记者节快乐",
                                  "某某社记者观察、分析"])
def test_a_column_head_or_an_unmarked_name_is_no_unspaced_credit(line: str) -> None:
    assert standalone_credit(line) is None



@pytest.mark.parametrize(("line", "credit"), [("（王小五）", "王小五"), ("(李四)", "李四")])
def test_a_name_in_brackets_under_the_text_signs_it(line: str, credit: str) -> None:
    d = doc(TITLE, DATE, PARA, MORE, line, "分享到：")
    assert d.byline == credit
    assert d.text.rstrip().endswith(MORE)


@pytest.mark.parametrize("line", ["（待续）", "（组图）", "（新华社）", "（某某网）", "（综合）", "（编译）", "（原创）", "（转载）",
                                  "（本文仅代表作者个人观点，不构成投资建议）", "（文章观点不代表本站立场）"])
def test_a_closing_word_or_an_outlet_in_brackets_signs_nothing(line: str) -> None:
    assert doc(TITLE, DATE, PARA, MORE, line, "分享到：").byline is None


@pytest.mark.parametrize(("dateline", "credit"), [
    ("某某快讯／王小五 2020年03月12日 20:19:00", "某某快讯／王小五"),
    ("EXAMPLE.COM　2004年7月16日08:19 [ 王小五 ] 来源：[ 某某日报 ]", "王小五"),
])
def test_the_writer_named_in_the_dateline_is_the_byline(dateline: str, credit: str) -> None:
    assert doc(TITLE, dateline, PARA, MORE).byline == credit


@pytest.mark.parametrize("dateline", ["新闻中心／综合 2024-05-01 10:00", "2024-05-01 10:00 来源：[ 某某报 ]"])
def test_a_desk_or_a_source_in_the_dateline_is_no_writer(dateline: str) -> None:
    assert doc(TITLE, dateline, PARA, MORE).byline is None


def test_a_column_before_the_date_is_no_writer_the_writers_credit_under_it_is() -> None:
    assert doc(TITLE, "来论 2025.11.29 22:32", "文／王小五", PARA, MORE).byline == "文／王小五"
