"""A notice's addressee (各区县人民政府，市政府各部门：) opens its text: it is what the office
wrote first, not page furniture, and must not vanish between the document number and the text."""

from __future__ import annotations

from reader.document import load_bytes

TITLE = "市人民政府办公室关于做好今年春季农业生产工作的通知"
NUMBER = "某府办发〔2025〕7号"
ADDRESSEE = "各区县人民政府，市政府各部门、各直属单位："
P1 = "春季农业生产事关全年粮食丰收和农民增收。为切实做好今年春季农业生产工作，经市政府同意，现将有关事项通知如下。"
HEAD = "一、抓好粮食播种"
P2 = "各地要把粮食生产摆在突出位置，落实播种面积，加强田间管理，确保春播工作按时完成。"


def test_the_addressee_is_the_first_line_of_the_text() -> None:
    d = load_bytes("\n\n".join([TITLE, NUMBER, ADDRESSEE, P1, HEAD, P2]).encode("utf-8"), "n.txt", "text")
    assert (d.title, d.subtitle) == (TITLE, NUMBER)  # the number: the subtitle, the title's line
    assert d.text.split("\n")[2:4] == [ADDRESSEE, P1]


def test_an_addressee_shaped_line_far_from_the_text_stays_out() -> None:
    menu = "各栏目导航，各频道首页："  # not an organisation list: furniture
    d = load_bytes("\n\n".join([menu, TITLE, P1, HEAD, P2]).encode("utf-8"), "n.txt", "text")
    assert menu not in d.text.split("\n")


def test_an_addressee_naming_an_office_by_two_names_opens_the_text() -> None:
    addressee = "各省、自治区、直辖市人力资源社会保障厅（局）："
    lines = [TITLE, "发布时间：2025-03-05　来源：某某部", addressee, P1, HEAD, P2]
    d = load_bytes("\n".join(lines).encode("utf-8"), "n.txt", "text")
    assert d.text.split("\n")[1] == addressee
    assert [s.title for s in d.all_sections()] == [HEAD]  # whom the notice is to heads no section
