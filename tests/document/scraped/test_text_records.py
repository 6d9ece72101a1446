"""Catalogues, lists and grids that are the article's, on made-up pages (text_records.py)."""

from __future__ import annotations

from reader.document.scraped.region import text_region
from reader.document.scraped.text_records import items_weigh_nothing, with_grid_going_on

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = PARA * 3
NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐"
FOOT = "关于我们 | 联系我们 | 网站地图"
CITIES = ["北城区", "东门、西门、南关", "河口市", "上游、下游、中洲", "山前县", "岭南、岭北", "海湾市", "新港、老港、外港",
          "湖心县", "湖东、湖西", "平原市", "平安、平和、平顺", "云台县", "云上、云下"]


def test_a_grid_the_text_announces_goes_on_to_its_last_cell() -> None:
    lines = [NAV, LONG, LONG, "三、试办市县与户政所一览表：", "市县别", "户政所名称", *CITIES, "部　长　王小明", FOOT]
    start, end, _ = text_region(lines)
    assert lines[end - 1] == CITIES[-1]


def test_a_grid_stops_at_the_pages_furniture() -> None:
    lines = [NAV, LONG, LONG, "报名点名单如下：", *CITIES[:6], "相关新闻", "某市举办一场活动", FOOT]
    assert text_region(lines)[1] == 3 + 1 + 6


def test_short_lines_no_line_announces_are_the_pages() -> None:
    related = ["某市举办一场大型活动", "某县开展安全生产大检查", "某区召开工作推进会议", "某镇启动乡村振兴项目", "某村修好一条新路"]
    lines = [NAV, LONG, LONG, LONG, *related, FOOT]
    assert text_region(lines)[1] == 4


def test_a_grid_needs_four_cells_under_its_line() -> None:
    lines = [LONG, "名单如下：", "张三", "李四"]
    assert with_grid_going_on(lines + ["王五", FOOT], 0, 4) == 4
    assert with_grid_going_on(lines + ["王五", "赵六", FOOT], 0, 4) == 6


def test_a_grid_of_sentences_is_no_grid() -> None:
    lines = [LONG, "他说：", "我们会继续努力。", "一定做好这件事。", "谢谢大家。", "再见。", "好的。"]
    assert with_grid_going_on(lines, 0, 3) == 3


def test_items_of_a_list_that_counts_on_weigh_nothing() -> None:
    lines = ["1. 准备材料", "2. 填写表格", "3. 提交申请", "联系我们", "5. 领取证件"]
    scores = [-5, -5, -5, -5, -5]
    items_weigh_nothing(lines, scores)
    assert scores == [0, 0, 0, -5, -5]  # 5. follows no 4.: a lone numbered line costs as before


def test_a_list_of_short_items_between_paragraphs_keeps_the_text_whole() -> None:
    items = [f"{k}. 第{k}项准备工作" for k in range(1, 9)]
    close = "以上就是全部准备工作，按照这个顺序逐项完成即可，有问题可以随时咨询工作人员。"
    lines = [NAV, LONG, "办理之前需要准备以下几项：", *items, close, FOOT]
    assert text_region(lines)[1] == len(lines) - 1


def test_a_field_of_the_page_announces_no_grid() -> None:
    tags = ["经济", "民生", "城市", "交通", "教育"]
    lines = [NAV, LONG, LONG, "标签：", *tags, FOOT]
    assert text_region(lines)[1] == 3


def test_stories_with_their_dates_are_no_grid() -> None:
    stories = [f"某某会：第{k}批居民暂居青年宿舍 三成为长者 (2025-11-{k:02d})" for k in range(20, 26)]
    assert with_grid_going_on([LONG, "日报新闻-相关报道：", *stories, FOOT], 0, 2) == 2
    assert with_grid_going_on([LONG, "报名点名单如下：", *CITIES[:6], FOOT], 0, 2) == 8
