"""More of the ways posts and features credit their writer (made-up pages and names): roles
joined by 、, the name before 丨文, a slash with spaces, the writer described without a colon, and
the writer's field first in a block of credits under the text."""

from __future__ import annotations

import pytest

from reader.document.bylines.credits import dateline_credit, standalone_credit
from tests.document.bylines.test_feature_credits import P3, keeps_the_text, portal, post


@pytest.mark.parametrize("line", ["文字 / 钱多多", "文 / 钱多多", "文、图 / 钱多多", "采访、撰文：钱多多", "钱多多 | 文"])
def test_a_writers_credit_over_the_text(line: str) -> None:
    d = post((line,))
    assert d.byline == line
    assert keeps_the_text(d)


@pytest.mark.parametrize("line", ["文字 / 钱多多", "文、图 / 钱多多", "钱多多 丨 文"])
def test_a_writers_credit_under_the_text(line: str) -> None:
    d = portal((), (line,))
    assert d.byline == line
    assert keeps_the_text(d)


@pytest.mark.parametrize(("line", "credit"), [
    ("本文作者钱多多，系某某大学公共管理学院副教授", "本文作者钱多多"),
    ("（作者钱多多系某某研究院研究员）", "作者钱多多"),
    ("本文作者钱多多，系某某大学教授，博士生导师。", "本文作者钱多多"),
])
def test_the_writer_described_without_a_colon(line: str, credit: str) -> None:
    assert standalone_credit(line) == credit
    d = portal((), (line,))
    assert d.byline == credit
    assert d.text.rstrip().endswith(P3)


@pytest.mark.parametrize("line", ["作者系某某大学教授", "作者认为是时候改变了。", "本文作者钱多多，长期关注城市治理，曾出版多部专著。"])
def test_what_the_writer_is_or_thinks_names_no_one(line: str) -> None:
    assert standalone_credit(line) is None


@pytest.mark.parametrize("block", [("撰文：钱多多", "编辑：孙小美", "排版：赵六"), ("- END -", "撰文 | 钱多多", "编辑 | 孙小美")])
def test_the_writers_field_heads_a_block_of_credits(block: tuple[str, ...]) -> None:
    assert "钱多多" in (post((), block).byline or "")


@pytest.mark.parametrize("line", [
    "某某报记者 钱多多 编辑 孙小美 校对 赵六",  # a reporter, then the desk: each role spaced from its name
    "记者 钱多多 编辑 文静",  # a name may begin with 文
    "口述：钱多多 整理：孙小美",
    "特约撰稿人 钱多多",
    "本报评论员 钱多多",
])
def test_more_credit_lines_over_the_text(line: str) -> None:
    d = post((line,))
    assert d.byline == line
    assert keeps_the_text(d)


def test_an_outlets_commentator_without_a_name_is_no_credit() -> None:
    assert post(("（某某日报评论员）",)).byline is None


@pytest.mark.parametrize(("opening", "credit"), [
    ("本报讯 记者钱多多 通讯员孙小美 ", "记者钱多多 通讯员孙小美"),
    ("某某网讯 记者 钱多多 孙小美 ", "记者 钱多多 孙小美"),
])
def test_the_reporters_between_the_papers_xun_and_the_text(opening: str, credit: str) -> None:
    assert dateline_credit(opening + "近日，某区召开老旧小区改造推进会，部署下一阶段工作。") == credit
    assert dateline_credit("本报讯 近日，某区召开老旧小区改造推进会，部署下一阶段工作。") is None


def test_a_reposts_header_names_its_writer_without_a_colon() -> None:
    header = "以下文章来源于某某晚报 ，作者钱多多"
    assert standalone_credit(header) == "作者钱多多"
    d = post((header,))
    assert d.byline == "作者钱多多"
    assert header not in d.text and keeps_the_text(d)
    assert standalone_credit("本文来自某某晚报，作者授权发布") is None  # no one named


@pytest.mark.parametrize("line", ["某某時報記者錢多多／台北報導", "編譯錢多多／綜合報導", "記者錢多多／特稿"])
def test_a_taiwanese_papers_filed_credit(line: str) -> None:
    assert standalone_credit(line) == line
    d = post((line,))
    assert d.byline == line
    assert keeps_the_text(d)


@pytest.mark.parametrize("line", ["作者：钱多多、孙小美，某某大学经济学院", "作者：钱多多，某某研究院研究员；孙小美，某某大学副教授"])
def test_several_writers_and_where_they_work(line: str) -> None:
    assert standalone_credit(line) == line
    d = portal((), (line,))
    assert d.byline == line
    assert d.text.rstrip().endswith(P3)
