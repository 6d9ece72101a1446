"""A reporter's line under the headline and an editor's credit closing the text: the byline names
both, the reporter first. Made-up pages."""

from __future__ import annotations

from reader.document.bylines.credit_pair import with_reporter
from tests.document.scraped.test_text_rules import PARA, doc

HEAD = "某縣老街整修完工 百年店屋重現風華"
REPORTER = "記者王小明／台北報導"
LEAD = "某縣政府耗時兩年整修的老街今天正式完工，沿街三十多棟百年店屋恢復原貌，吸引大批民眾前往參觀。"
LAST = "未來將規劃導覽活動，讓更多人認識老街的歷史。"


def test_the_reporter_under_the_headline_and_the_editor_closing_the_text() -> None:
    for date in (("2024-05-06 10:20",), ()):
        d = doc("首頁 > 社會新聞", HEAD, *date, REPORTER, LEAD, PARA, f"{LAST}（編輯：李小華）")
        assert d.byline == f"{REPORTER} 編輯：李小華", date
        assert d.text.rstrip().endswith(LAST)  # the credit out of the text, nothing else
    d = doc("首頁 > 社會新聞", HEAD, REPORTER, LEAD, PARA, LAST)
    assert d.byline == REPORTER  # no editor: the reporter alone, as before


def test_only_an_editors_credit_is_paired_with_the_reporters_line() -> None:
    assert with_reporter("編輯：李小華", REPORTER, 3) == f"{REPORTER} 編輯：李小華"
    assert with_reporter("編輯：李小華", "王小明", None) == "編輯：李小華"  # named in the date line
    assert with_reporter("文/王小明", REPORTER, 3) == "文/王小明"  # the writer's own credit
    assert with_reporter("編輯：李小華", "編輯：李小華", 3) == "編輯：李小華"  # the same credit twice
    assert with_reporter(None, REPORTER, 3) == REPORTER
