"""Counted labels set alone are siblings: where two head sections, the others do (heading_steps.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_steps import counted_labels

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_steps_head_their_parts_though_a_path_of_buttons_stands_under_them() -> None:
    d = doc("怎样在手机上给基金会捐款", "2025-11-28 来源：某某网", PARA, PARA,
            "步骤一：", "先在手机上打开银行的APP，用自己的账户登录，找到跨境汇款。", "步骤二：", "转账—跨境汇款—发起汇款",
            "步骤三：", "收款银行选择某某银行（香港）有限公司，户名填写基金会的英文全称。", "步骤四：",
            "核对收款人的信息无误以后，输入短信验证码即可完成汇款。", PARA)
    assert [s.title for s in d.all_sections()] == ["步骤一：", "步骤二：", "步骤三：", "步骤四："]


def test_a_family_counts_on_from_one_and_two_head_already() -> None:
    lines = ["步骤一：", "打开APP", "步骤二：", PARA, "步骤三：", PARA]
    assert counted_labels(lines, {2, 4}, lambda _: True) == [0]
    assert counted_labels(lines, {2}, lambda _: True) == []  # one found: no family to join
    assert counted_labels(lines[2:], {0, 2}, lambda _: True) == []  # two members: too few
    assert counted_labels(["第一步", "打开APP", "第二步", PARA, "第三步", PARA], {2, 4}, lambda _: True) == [0]
    assert counted_labels(["方法一", "方法三", PARA, "方法二", PARA], {2, 4}, lambda _: True) == []  # no count on


def test_a_counted_label_before_a_long_head_is_its_siblings_sibling() -> None:
    d = doc("个人养老金政策问答", "2025-11-28 来源：某某网", PARA,
            "问题一：什么是个人养老金？", PARA, "问题二：个人养老金的参加范围是什么？", PARA,
            "问题三：参加人可以在哪些商业银行开立个人养老金的资金账户？", PARA, PARA)
    assert [s.title for s in d.all_sections()] == [
        "问题一：什么是个人养老金？", "问题二：个人养老金的参加范围是什么？", "问题三：参加人可以在哪些商业银行开立个人养老金的资金账户？"]
    assert counted_labels(["第一步，打开设置", PARA, "第二步", PARA, "第三步", PARA], {2, 4}, lambda _: True) == []  # no colon: a sentence
