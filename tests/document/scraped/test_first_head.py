"""The text's first numbered head right under the headline is a head, whatever its numerals."""

from __future__ import annotations

import pytest

from tests.document.scraped.test_text_rules import PARA, doc
from tests.document.scraped.test_text_rules_edges import PARA2

PARA3 = "第三段正文也写得足够长，说明这一节要做的几件具体事情，并且交代了负责的部门和完成时间。"


@pytest.mark.parametrize("marks", [
    ("第1节", "第2节", "第3节"),
    ("第1章", "第2章", "第3章"),
    ("第1部分", "第2部分", "第3部分"),
    ("第１节", "第２节", "第３节"),  # full-width digits
    ("第一节", "第二节", "第三节"),
    ("一、", "二、", "三、"),
])
def test_the_first_numbered_head_under_the_headline_opens_the_text(marks: tuple[str, ...]) -> None:
    heads = [f"{mark} {name}" for mark, name in zip(marks, ("工作目标", "重点任务", "组织实施"), strict=True)]
    d = doc("某市关于加快推进老旧小区改造的实施意见", heads[0], PARA, PARA2,
            heads[1], PARA3, PARA, heads[2], PARA2, PARA3)
    assert [s.title for s in d.sections] == heads
    assert heads[0] not in [e.text for e in d.left_out]

