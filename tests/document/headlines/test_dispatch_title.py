"""A dispatch line that carries the headline (某某社江城3月5日电 题：…): the headline is what follows 题：."""

from __future__ import annotations

from pathlib import Path

from reader.document import load
from reader.document.headlines.dispatch_title import headline_in_dispatch

INDENT = "\u3000\u3000"


def test_the_headline_after_the_dispatch() -> None:
    assert headline_in_dispatch("某某社江城3月5日电 题：小城公交的一天") == ("小城公交的一天", "某某社江城3月5日电")
    assert headline_in_dispatch("某某社江城3月5日电题：小城公交的一天", "分享") == ("小城公交的一天", "某某社江城3月5日电 分享")


def test_a_dispatch_in_traditional_characters() -> None:
    assert headline_in_dispatch("某某社江城3月5日電 題：小城公車的一天") == ("小城公車的一天", "某某社江城3月5日電")


def test_other_lines_stay_as_they_are() -> None:
    assert headline_in_dispatch("小城公交的一天") == ("小城公交的一天", None)
    assert headline_in_dispatch("关于课题：城市公交的研究") == ("关于课题：城市公交的研究", None)
    assert headline_in_dispatch("某某社江城3月5日电 江城今天发布新规") == ("某某社江城3月5日电 江城今天发布新规", None)


STORY = "".join(f"{INDENT}{line}\n" for line in (
    "某某社江城3月5日电 题：小城公交的一天——记江城公交总站的司机们",
    "钱小二、孙六",
    "清晨五点半，江城公交总站的灯已经亮起，司机们陆续来到调度室签到，检查车辆。",
    "早高峰时，城东的几条线路车厢里挤满了上班的人，调度员不时通过对讲机调整发车间隔。",
    "傍晚，最后一班车驶回总站，司机们又开始为第二天做准备。",
))


def test_a_plain_dispatch_gives_its_headline_and_keeps_the_dispatch(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("gbk"))
    doc = load(path)
    assert (doc.title, doc.subtitle) == ("小城公交的一天", "记江城公交总站的司机们")
    assert any("某某社江城3月5日电" in x.text for x in doc.left_out)  # kept out, not lost
