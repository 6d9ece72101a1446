"""A government document's number under its title (某府发〔2024〕9号) is its citation key: kept,
as the subtitle or the body's first line, never a heading nor chrome."""

from __future__ import annotations

import pytest

from reader.document.scraped.form_lines import is_document_number
from tests.document.scraped.test_text_rules import PARA, body_text, doc, headings

TITLE = "某县人民政府关于进一步加强农村饮水安全工作的通知"
AIM = "为保障农村居民饮水安全，提高供水保证率和水质达标率，结合本县实际，现就有关事项通知如下。"
WORK = "各乡镇要落实属地责任，加快推进管网延伸和老旧设施改造，确保年底前全部完成。"


@pytest.mark.parametrize("number", ["某府发〔2021〕9号", "某政办函[2019]105号", "某县农字第1100045678號"])
def test_the_number_under_the_title_is_its_subtitle(number: str) -> None:
    d = doc(TITLE, number, "各乡镇人民政府，县直各部门：", PARA, "一、明确目标任务", PARA, "二、强化工作保障", PARA)
    assert (d.title, d.subtitle) == (TITLE, number)
    assert number in d.text
    assert number not in [title for _, title, _ in headings(d)]


def test_under_a_subtitle_the_number_opens_the_text() -> None:
    d = doc(TITLE, "——抓好水源保护和管网改造", "某府发〔2021〕9号", "一、明确目标任务", AIM, "二、强化工作保障", WORK)
    assert d.subtitle == "抓好水源保护和管网改造"
    assert body_text(d).startswith("某府发〔2021〕9号")
    assert [title for _, title, _ in headings(d)] == ["一、明确目标任务", "二、强化工作保障"]


def test_a_date_line_over_the_number_stays_the_date_line() -> None:
    d = doc(TITLE, "2021年3月9日", "某府发〔2021〕9号", PARA, PARA)
    assert d.subtitle == "某府发〔2021〕9号"
    assert d.dateline == "2021年3月9日"


@pytest.mark.parametrize(
    ("line", "alone"),
    [("某府发〔2021〕9号", True), ("某字第1100045678号", True), ("依据某府发〔2021〕9号文件精神，现通知如下。", False),
     ("发文字号：某府发〔2021〕9号", False), ("2021年9号台风", False)],
)
def test_a_number_alone_on_its_line(line: str, alone: bool) -> None:
    assert is_document_number(line) is alone
