"""Site chrome beside a date line is not the date line's: a portal's app promoted under a date
line that names its outlet, a 举报 button under it."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.bylines.dateline import is_outlet_beside, is_outlet_name

TITLE = "某区新建三所公办幼儿园 秋季起招生"
LEAD = "区教育局昨天宣布，今年新建的三所公办幼儿园将于九月一日开园，共提供学位一千二百个。"
MORE = "新园均按省级示范园标准建设，配有户外活动场地和图书室，收费执行公办园统一标准。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "d.txt", "text")


def test_one_letter_before_bao_is_no_outlet() -> None:
    assert not is_outlet_name("举报")
    assert is_outlet_name("某城报")


def test_an_app_beside_a_named_outlet_is_its_promotion() -> None:
    assert not is_outlet_beside("某某新闻客户端", ["2023-08-14 07:40 某城晚报"])
    assert is_outlet_beside("某某新闻客户端", ["2023-08-14 07:40"])
    assert is_outlet_beside("某城晚报", ["2023-08-14 07:40"])


def test_the_app_line_stays_out_of_the_dateline() -> None:
    d = doc("首页", TITLE, "2023-08-14 07:40 某城晚报", "某某新闻客户端", "分享到：", LEAD, MORE)
    assert d.dateline == "2023-08-14 07:40 某城晚报"


def test_a_report_button_stays_out_of_the_dateline() -> None:
    d = doc("首页", TITLE, "2023-08-14 07:40　来源：某城晚报", "举报", LEAD, MORE)
    assert d.dateline == "2023-08-14 07:40　来源：某城晚报"


def test_a_label_over_its_value_is_read_as_one_field() -> None:
    d = doc("首页", TITLE, "作者：", "钱小二", "2023-08-14 07:40", "编辑：", "孙六", LEAD, MORE)
    assert d.dateline == "作者：钱小二 · 2023-08-14 07:40 · 编辑：孙六"
    assert d.byline == "作者：钱小二"


def test_the_source_label_over_its_name_still_reads_as_before() -> None:
    d = doc("首页", TITLE, "2023-08-14 07:40 来源：", "某城晚报", LEAD, MORE)
    assert d.dateline == "2023-08-14 07:40 · 来源：某城晚报"


def test_the_source_field_between_the_date_and_the_headline() -> None:
    d = doc("首页", "新闻", "2023-08-14 07:40", "来源: ", "某某观察", "发布于：杭州市", TITLE, LEAD, MORE)
    assert d.title == TITLE
    assert d.dateline == "2023-08-14 07:40 · 来源：某某观察"


def test_the_issuing_organ_in_the_table_over_a_notice() -> None:
    notice = "某市人民政府办公室关于做好今年防汛工作的通知"
    d = doc("首页", "索引号：", "001/2023-00012", "发文机关：", "某市人民政府办公室", "发文字号：", "某政办发〔2023〕5号",
            "发布日期：", "2023年05月12日", notice, LEAD, MORE)
    assert d.dateline == "发文机关：某市人民政府办公室 · 发文字号：某政办发〔2023〕5号 · 2023年05月12日"  # its number too


def test_the_issuing_organ_on_one_line_of_the_table() -> None:
    notice = "某市人民政府办公室关于做好今年防汛工作的通知"
    d = doc("首页", "索引号：001/2023-00012", "发文机关：某市人民政府办公室", "发文字号：某政办发〔2023〕5号",
            "2023年05月12日", notice, LEAD, MORE)
    assert d.dateline == "发文机关：某市人民政府办公室 · 发文字号：某政办发〔2023〕5号 · 2023年05月12日"  # its number too
