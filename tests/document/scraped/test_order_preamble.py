"""An order's preamble over the text it promulgates (made-up pages): the document's opening, not header."""

from __future__ import annotations

from reader.document import Document, load_bytes

PARA = "为进一步优化营商环境，某省人民政府对涉及的地方政府规章进行了清理，决定对部分条款予以修改，对部分规章予以废止。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


def test_an_orders_name_number_and_signature_are_its_text() -> None:
    d = doc("某省人民政府关于修改和废止部分规章的决定", "某某社江城5日电（受权发布）", "某省人民政府令", "第12号",
            "《某省人民政府关于修改和废止部分规章的决定》已经省政府常务会议通过，现予公布，自公布之日起施行。",
            "省长 王某某", "2024年12月5日", PARA, PARA)
    assert d.title == "某省人民政府关于修改和废止部分规章的决定"
    assert d.text.split("\n")[1:3] == ["某省人民政府令", "第12号"]
    assert "省长 王某某" in d.text and "2024年12月5日" in d.text
    assert d.dateline == "某某社江城5日电（受权发布）"


def test_a_number_line_with_no_order_over_it_opens_nothing() -> None:
    from reader.document.scraped.order_preamble import order_preamble

    assert order_preamble(["标题", "第12号", "正文"], 0, 2) is None
    assert order_preamble(["标题", "某某部令 第3号", "正文"], 0, 2) == 1


def test_an_orders_number_under_it_as_the_headline_is_its_subtitle() -> None:
    d = doc("首页 > 政务公开 > 政府规章", "某省人民政府令", "第12号",
            "《某省城市绿道管理办法》已经省人民政府常务会议通过，现予公布，自公布之日起施行。", "省长 王某某",
            "2024年4月18日", PARA, PARA)
    assert (d.title, d.subtitle) == ("某省人民政府令", "第12号")
