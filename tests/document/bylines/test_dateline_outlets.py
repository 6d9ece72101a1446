"""An outlet a date line names without 来源: the paper before a slash and its reporter's credit."""

from __future__ import annotations

from reader.document.bylines.dateline_fields import parse_dateline


def test_the_paper_before_its_reporters_credit() -> None:
    line = parse_dateline("2024-05-10 18:42 某城報／ 記者王小五／台北報導")
    assert line.publisher == "某城報"
    assert line.authors == ("王小五",)
    assert parse_dateline("2024-05-10 18:42 某某晚报/记者 钱小二").publisher == "某某晚报"


def test_a_slash_before_no_credit_names_no_outlet() -> None:
    assert parse_dateline("2024-05-10 18:42 某某晚报/图片").publisher is None


def test_a_posts_writer_printed_twice_before_the_account() -> None:
    assert parse_dateline("原创 钱小二 钱小二 某某观察 2024年10月09日 20:18 北京").authors == ("钱小二",)
    assert parse_dateline("原创 某某观察 某某观察社 2024年10月09日 20:18").authors == ()


def test_a_day_given_again_with_its_time_is_published_at_that_time() -> None:
    line = parse_dateline("2024年5月9日 星期四 · 即時港聞 發布時間：2024/05/09 11:45 最後更新：2024/05/09 12:10")
    assert line.published == "2024-05-09T11:45"
    assert parse_dateline("2024年5月9日 · 更新：2024/05/10 08:00").published == "2024-05-09"  # another day's


def test_an_outlet_alone_under_a_traditional_date_line_is_labelled_in_its_script() -> None:
    from tests.document.scraped.test_text_rules import PARA, doc

    d = doc("港鐵新綫工程完成七成", "2024年5月9日 星期四", "即時港聞 發布時間：2024/05/09 11:45", "某某日報", PARA, PARA)
    assert d.dateline is not None and "來源：某某日報" in d.dateline
