"""Lines that go on from the sentence above are no heads, on made-up text (heading_openers.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_openers import goes_on

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
TOP = ("我的第一个小程序上线记", "2031-04-02 · 阅读 3 分钟")


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_example_and_next_step_lines_are_no_heads() -> None:
    d = doc(*TOP, "准备工作", PARA, "比如申请账号的时候，记得先实名认证", PARA, "开发过程", PARA,
            "然后把页面一个个搭起来", PARA, "上线以后", PARA, "接下来说说上线后的一些感受吧~", PARA)
    assert [s.title for s in d.all_sections()] == ["准备工作", "开发过程", "上线以后"]


def test_what_goes_on_and_what_may_still_head() -> None:
    assert goes_on("比如申请账号的时候，记得先实名认证")
    assert goes_on("但我希望你别这样回答")
    assert goes_on("因为：")
    assert not goes_on("所以，谁该负责？")  # a question: left to the question rules
    assert not goes_on("但丁的地狱")  # 但 alone is no conjunction
    assert not goes_on("接下来的路")  # names a part
    assert not goes_on("准备工作")
