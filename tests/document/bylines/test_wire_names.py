"""Writers a dispatch names without the word 记者: its bracket of names, the names under a 题：line."""

from __future__ import annotations

from pathlib import Path

from reader.document import load
from reader.document.bylines.wire_names import bracket_names, headline_writers

INDENT = "\u3000\u3000"


def test_a_dispatch_bracket_of_names_names_its_writers() -> None:
    assert bracket_names("某某社江城3月5日电（钱小二）江城今天发布了新的办法。") == "钱小二"
    assert bracket_names("某某网江城3月5日电 (钱小二、孙六) 今天，江城发布了新的办法。") == "钱小二、孙六"
    assert bracket_names("某某社江城3月5日电（钱小二 孙六）江城今天发布了新的办法。") == "钱小二 孙六"


def test_a_bracket_that_holds_no_names_is_no_credit() -> None:
    assert bracket_names("某某社江城3月5日电（综合报道）江城今天发布了新的办法。") is None
    assert bracket_names("某某社江城3月5日电（视频）江城今天发布了新的办法。") is None
    assert bracket_names("某某社江城3月5日电（国际观察）江城今天发布了新的办法。") is None
    assert bracket_names("今天（星期三）江城发布了新的办法。") is None
    assert bracket_names("会上，钱小二（孙六）说明了情况。") is None
    for tag in ("受权发布", "权威发布", "记者手记", "专家解读"):  # four letters alone: no one's name
        assert bracket_names(f"某某社江城3月5日电（{tag}）江城今天发布了新的办法。") is None


def test_the_names_under_a_dispatch_that_carries_the_headline() -> None:
    above = "某某社江城3月5日电 题：小城的冬天"
    assert headline_writers(above, "钱小二、孙六") == "钱小二、孙六"
    assert headline_writers(above, "某某社记者钱小二") == "某某社记者钱小二"
    assert headline_writers("某某社江城3月5日電 題：小城的冬天", "錢小二、孫六") == "錢小二、孫六"
    assert headline_writers("小城的冬天", "钱小二、孙六") is None
    assert headline_writers(above, "冬天来了，小城很安静。") is None
    assert headline_writers(above, "深夜出发") is None  # a section's head, four letters: no name
    assert headline_writers(above, "记者欧阳小明") == "记者欧阳小明"  # four letters, 记者 says they name one


def _dump(tmp_path: Path, text: str, encoding: str = "utf-8") -> tuple[str | None, list[str]]:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    doc = load(path)
    return doc.byline, [s.title for s in doc.all_sections()]


BRACKETED = "".join(f"{INDENT}{line}\n" for line in (
    "某某社江城3月5日电（钱小二、孙六）江城5日发布新的公交线路方案，市内新增十二条线路，覆盖城东和城南的新建小区。",
    "方案提出，新线路将在四月起陆续开通，早晚高峰加密班次，并与地铁站点做好换乘衔接。",
    "市交通部门负责人表示，将根据客流情况动态调整线路和班次，方便市民出行。",
))

HEADLINED = "".join(f"{INDENT}{line}\n" for line in (
    "某某社江城3月5日电 题：小城公交的一天",
    "钱小二、孙六",
    "清晨五点半，江城公交总站的灯已经亮起，司机们陆续来到调度室签到，检查车辆。",
    "早高峰时，城东的几条线路车厢里挤满了上班的人，调度员不时通过对讲机调整发车间隔。",
    "傍晚，最后一班车驶回总站，司机们又开始为第二天做准备。",
))


def test_a_plain_dispatch_gives_its_bracketed_names_as_the_byline(tmp_path: Path) -> None:
    byline, _ = _dump(tmp_path, BRACKETED, "gbk")
    assert byline == "钱小二、孙六"


def test_the_names_under_a_headline_dispatch_are_the_byline_not_a_heading(tmp_path: Path) -> None:
    byline, heads = _dump(tmp_path, HEADLINED)
    assert byline == "钱小二、孙六"
    assert "钱小二、孙六" not in heads
