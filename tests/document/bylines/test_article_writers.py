"""The dateline's authors from a wire opening and the credit lines, when the date line names none."""

from __future__ import annotations

from pathlib import Path

from reader.document import load
from reader.document.bylines.article_writers import (
    article_writers,
    credited_writers,
    wire_reporters,
)
from reader.document.dump import dump_dict


def test_a_wire_openings_reporters() -> None:
    assert wire_reporters("某某社杭州3月8日电（记者钱小二、孙六）当地今天发布了新的办法。") == ("钱小二", "孙六")
    assert wire_reporters("某城晚报讯（记者 周小五 吴九）昨日，市里召开会议。") == ("周小五", "吴九")
    assert wire_reporters("某某网上海4月2日电 (记者 郑十)记者2日获悉，新线开通。") == ("郑十",)


def test_no_dispatch_names_no_one() -> None:
    assert wire_reporters("今天（记者节）大家都放假了，街上人很多。") == ()
    assert wire_reporters("会议指出，要做好（记者 王某）的工作。") == ()


def test_credit_lines_name_writers_not_editors() -> None:
    assert credited_writers(["记者 | 钱小二"]) == ("钱小二",)
    assert credited_writers(["文 | 孙六"]) == ("孙六",)
    assert credited_writers(["本文来源：某某日报 作者：周小五"]) == ("周小五",)
    assert credited_writers(["责任编辑：吴九", "编辑 | 郑十"]) == ()


def test_the_wire_opening_comes_first() -> None:
    assert article_writers("某某社电（记者钱小二）今天……", ["文 | 孙六"]) == ("钱小二",)
    assert article_writers("今天天气很好。", ["文 | 孙六"]) == ("孙六",)


PAGE = """首页
新闻
某市推出十项措施支持小微企业发展壮大
2025-04-09 10:20 来源：某城晚报
某城晚报讯（记者 周小五 吴九）4月8日，某市发布支持小微企业发展的十项措施，涵盖融资、用工和场地等方面。
措施提出，对符合条件的小微企业给予一次性补贴，最高可达五万元，申请材料全部网上办理。
市有关部门负责人表示，将尽快出台实施细则，确保各项措施在年内落到实处。
责任编辑：郑十
"""


def test_the_dump_fills_the_datelines_authors(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    dateline = dump_dict(load(path))["dateline"]
    assert dateline["publisher"] == "某城晚报"
    assert dateline["authors"] == ["周小五", "吴九"]


def test_no_dateline_stays_none(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE.replace("2025-04-09 10:20 来源：某城晚报\n", ""), encoding="utf-8")
    assert dump_dict(load(path))["dateline"] is None


def test_a_bare_name_credited_is_the_writer() -> None:
    assert credited_writers(["孙小六"]) == ("孙小六",)
    assert credited_writers(["某某社"]) == ()


POST = """---
title: "给旧电脑装一个轻量系统"
date: 2022-08-09T21:00:00+08:00
author: 钱小二
---

家里有一台十年前的笔记本，开机要三分钟，我决定给它换一个轻量的系统试试。

换完之后开机只要二十秒，日常上网和写字都够用了。
"""


def test_a_front_matters_author_is_the_datelines(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    assert dump_dict(load(path))["dateline"]["authors"] == ["钱小二"]


def test_a_tables_label_over_the_date_is_no_writer(tmp_path: Path) -> None:
    lines = ["首页 > 政务公开 > 政策文件", "发文机关", "某某市住房和城乡建设局", "发布日期", "2026年11月18日",
             "关于进一步加强城市老旧小区改造工程质量管理的通知", "各区住房和城乡建设局，各有关单位：",
             "为进一步提升我市城市老旧小区改造工程质量，切实保障居民生命财产安全，现就有关事项通知如下。",
             "一、压实各方主体责任", "建设单位是工程质量的首要责任人，要严格履行基本建设程序，不得压缩合理工期、降低质量标准。"]
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    dateline = dump_dict(load(path))["dateline"]
    assert dateline is not None and "发布日期" not in dateline["authors"]
