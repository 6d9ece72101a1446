"""Whose page it is: the breadcrumb's root, the copyright's owner, the 来源 — not a menu's link."""

from __future__ import annotations

from reader.document.scraped.site_name import copyright_owner
from tests.document.hostile_child import run_cases
from tests.document.scraped.test_text_rules import PARA, doc
from tests.document.scraped.test_text_rules_edges import PARA2

MENU = ("首页", "时政", "财经", "友情链接", "某某纪念网", "某县晚报", "体育", "教育")
HEADLINE = "某市今年新建三所中学"


def test_the_breadcrumbs_root_outranks_a_link_in_a_menu() -> None:
    d = doc(*MENU, "某某网>>地方频道>>教育", HEADLINE, "2024-03-05 09:30", PARA, PARA2)
    assert d.site == "某某网"


def test_the_copyright_owner_outranks_a_link_in_a_menu() -> None:
    d = doc(*MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2,
            "关于我们 | 联系我们", "版权所有 某省某某晚报有限公司", "某ICP备12345678号")
    assert d.site == "某省某某晚报"


def test_the_datelines_source_outranks_a_link_in_a_menu() -> None:
    d = doc(*MENU, HEADLINE, "2024-03-05 09:30 来源：某某日报", PARA, PARA2)
    assert d.site == "某某日报"


def test_a_name_line_over_the_menu_is_the_site() -> None:
    d = doc("某某新闻网", *MENU, HEADLINE, "2024-03-05 09:30 来源：某某日报", PARA, PARA2,
            "版权所有 某省某某晚报有限公司")
    assert d.site == "某某新闻网"


def test_a_menus_link_is_the_site_only_when_nothing_else_names_it() -> None:
    d = doc(*MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2)
    assert d.site == "某某纪念网"


def owner(line: str) -> str | None:
    return copyright_owner([line], [line], 0)


def test_the_copyright_lines_owner() -> None:
    assert owner("版权所有：某某人大网　京ICP备05070218号") == "某某人大网"
    assert owner("Copyright © 2003-2020 某某周刊 版权所有") == "某某周刊"
    assert owner("© 2021 某某财经 京ICP备12345678号") == "某某财经"
    assert owner("某某网版权所有") == "某某网"
    assert owner("所有内容为某某新闻网版权所有，未经授权不得复制转载") == "某某新闻网"
    assert owner("某某科技股份有限公司 版权所有") == "某某科技"
    assert owner("版权所有 某某信息中心Copyright © Example.org. All Rights Reserved") == "某某信息中心"
    assert owner("版權所有 翻印必究 Copyright 2024 某某新聞網") == "某某新聞網"  # the second mark names it


def test_what_is_no_owner() -> None:
    assert owner("Copyright © 2000-2024　未经授权请勿转载") is None
    assert owner("Example.COM 版权所有 京ICP证060544号") is None
    assert owner("©著作权归作者所有") is None
    assert owner("版权所有，翻印必究") is None
    assert owner("© 查看版权说明") is None  # a link about the copyright, not its owner
    assert owner("© 2023 了解版權計劃") is None



_OWNER_SCRIPT = """
import json, sys
from reader.document.scraped.site_name import _OWNER_AFTER, _OWNER_BEFORE, copyright_owner
for name, expr in json.loads(sys.argv[1]).items():
    line = eval(expr)
    found = (copyright_owner([line], [line], 0), bool(_OWNER_BEFORE.search(line)),
             bool(_OWNER_AFTER.search(line)))
    print(json.dumps([name, *found]), flush=True)
"""


def test_a_long_run_of_latin_letters_beside_the_rights_words_does_not_hang() -> None:
    # A pasted hash or base64 run before 版权所有 (after 版权所有): the owner's Latin prefix is
    # bounded, so each pattern reads such a line in linear time (it took seconds at 60k
    # characters), and a line longer than a copyright line is not read for an owner at all.
    cases = {"before": "'a' * 200_000 + '版权所有'", "after": "'版权所有' + 'a' * 200_000 + '中'"}
    rows = run_cases(_OWNER_SCRIPT, cases, timeout=30)
    assert rows == [["before", None, False, False], ["after", None, False, False]]


def test_the_owner_is_still_read_from_a_short_line() -> None:
    line = "Copyright © 2021 ABC中文网 版权所有"
    assert copyright_owner([line], [line], 0) == "ABC中文网"
