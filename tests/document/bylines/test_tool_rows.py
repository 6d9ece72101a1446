"""A row of an entry's tool buttons that opens with a role's word is no credit (credits.py)."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.bylines.credits import standalone_credit

PARA = "某某新区位于某省中部，是一座正在建设中的新城，规划面积一千多平方公里，人口约一百万。"


@pytest.mark.parametrize("row", ["编辑 锁定 讨论", "编辑 讨论 收藏", "编辑 | 历史 | 讨论"])
def test_a_row_of_tool_buttons_is_no_credit(row: str) -> None:
    assert standalone_credit(row) is None


@pytest.mark.parametrize("credit", ["编辑 张三", "编辑 李讨论", "责任编辑 王五"])
def test_an_editor_named_after_the_role_stays_a_credit(credit: str) -> None:
    assert standalone_credit(credit) == credit


def test_an_entrys_tool_row_under_its_name_is_not_its_byline() -> None:
    text = "\n\n".join(["某某新区", "编辑 锁定 讨论", PARA, PARA.replace("中部", "东部")])
    d = load_bytes(text.encode("utf-8"), "t.txt", "text")
    assert d.byline is None


@pytest.mark.parametrize("name", ["某某新区", "新安江"])
def test_an_entrys_tool_row_is_not_its_headline(name: str) -> None:
    text = "\n".join(["首页 登录 注册", name, "编辑 锁定 讨论", PARA, PARA.replace("中部", "东部")])
    d = load_bytes(text.encode("utf-8"), "t.txt", "text")
    assert d.title != "编辑 锁定 讨论"
    if len(name) >= 4:  # a name of three characters is too short for the headline model to go by
        assert d.title == name
