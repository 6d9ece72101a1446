"""The fresh test set's builder (bench/freshset) and the misses by class of bench/importer_score.py,
each rule on a made-up example."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

_BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def fresh() -> dict[str, ModuleType]:
    for folder in (_BENCH, _BENCH / "freshset"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import build
    import importer_misses
    import importer_score
    import label
    import shells

    return {"build": build, "label": label, "shells": shells, "misses": importer_misses,
            "score": importer_score}  # fmt: skip


def test_post_headline_drops_the_archivists_marks(fresh: dict[str, ModuleType]) -> None:
    headline = fresh["build"].post_headline
    assert headline("\u200b某某报｜河边新开了一家很大的书店", "某某报") == "河边新开了一家很大的书店"
    assert headline("【转载】河边新开了一家书店", "某报") == "河边新开了一家书店"
    assert headline("河边新开了一家很大的书店｜独家", "某报") == "河边新开了一家很大的书店"
    # a kicker before the bar is part of the headline: the tag after it is the longer part
    assert headline("时评 | 请为河边的书店说句公道话", "某报") == "时评 | 请为河边的书店说句公道话"


def test_judicial_heads_are_numbered_lines_that_end_no_sentence(fresh: dict[str, ModuleType]) -> None:
    reasons = ["壹、事實經過", "一、背景說明", "本件聲請人主張如下。", "（一）小節標題",
               "二、本件聲請人之主張，應予駁回。", "貳、結論"]  # fmt: skip
    assert fresh["build"].judicial_heads(reasons) == [
        ("壹、事實經過", 2), ("一、背景說明", 3), ("（一）小節標題", 4), ("貳、結論", 2)]  # fmt: skip


def test_law_parts_levels_by_unit_lifted_to_one(fresh: dict[str, ModuleType]) -> None:
    items = [{"編章節": "第 一 章 總則"}, {"條號": "第 1 條", "條文內容": "本法之目的。\r\n一、甲。"},
             {"編章節": "第 一 節 通則"}, {"條號": "第 2 條", "條文內容": "乙。"}]  # fmt: skip
    heads, html = fresh["build"].law_parts(items)
    assert heads == [("第 一 章 總則", 1), ("第 一 節 通則", 2)]
    assert "<h2>第 一 章 總則</h2>" in html and "<h3>第 一 節 通則</h3>" in html
    assert "<p>第 1 條　本法之目的。<br>一、甲。</p>" in html


def _page(fresh: dict[str, ModuleType], body: str) -> tuple[list[str], dict[str, Any]]:
    shells = fresh["shells"]
    art = shells.Article("河边新开了一家书店", "某某晚报", "2020-01-02", "09:30", body,
                         ("另一条新闻", "第二条新闻", "第三条新闻"))  # fmt: skip
    html, info = shells.citypaper(art)
    return fresh["label"].label_page(html, art.title, info, "2020-01-02T09:30", "某某晚报")


def test_label_leaves_out_a_caption_above_and_a_credit_under_the_article(
        fresh: dict[str, ModuleType]) -> None:  # fmt: skip
    body = ("<p>图/某某图片社</p><p>书店开在河边，第一天就来了很多人。</p><h2>店主的故事</h2>"
            "<p>店主说，他等这一天等了十年。</p><p>编辑：张三</p>")  # fmt: skip
    lines, label = _page(fresh, body)
    assert label["title"] == "河边新开了一家书店"
    assert label["body_first"] == "书店开在河边，第一天就来了很多"
    assert label["body_last"] == "店主说，他等这一天等了十年。"
    assert label["byline"] == "编辑：张三"
    assert label["headings"] == [{"text": "店主的故事", "level": 1, "sub": None}]
    assert label["dateline"]["text"] in lines and label["disclaimer"] is None


def test_label_takes_the_headings_a_source_names(fresh: dict[str, ModuleType]) -> None:
    shells = fresh["shells"]
    body = "<h2>主文</h2><p>聲請駁回。</p><h2>理由</h2><h3>壹、事實</h3><h4>一、經過</h4><p>如下。</p>"
    art = shells.Article("某案判決", "某法庭", "2022-01-01", "", body, ("甲", "乙", "丙"))
    html, info = shells.court_tw(art)
    given = [("主文", 1), ("理由", 1), ("壹、事實", 2), ("一、經過", 3)]
    _lines, label = fresh["label"].label_page(html, art.title, info, "2022-01-01", "某法庭", heads=given)
    assert [(h["text"], h["level"]) for h in label["headings"]] == given
    assert (label["body_first"], label["body_last"]) == ("聲請駁回。", "如下。")


def test_article_span_is_the_block_of_the_articles_lines(fresh: dict[str, ModuleType]) -> None:
    html = "<div>导航</div><h1>题</h1><div id='article'><p>甲段。</p><p>乙段。</p></div><div>页脚</div>"
    lines = ["导航", "题", "甲段。", "乙段。", "页脚"]
    assert fresh["label"].article_span(html, lines, 2) == range(2, 4)
    with pytest.raises(ValueError):
        fresh["label"].article_span(html, ["导航", "题", "甲段。", "页脚"], 2)


def _dump(title: str, text: str, **more: Any) -> dict[str, Any]:
    return {"title": title, "subtitle": None, "sections": [], "text": text, "byline": None,
            "disclaimer": None, "dateline": None, **more}  # fmt: skip


def test_title_misses_by_class(fresh: dict[str, ModuleType], tmp_path: Path) -> None:
    miss = fresh["misses"].title_miss
    md = tmp_path / "a.md"
    label = {"title": "河边新开了一家书店", "subtitle": None}
    assert miss(label, _dump("河边新开了一家书店", ""), md) is None
    assert miss(label, _dump("", ""), md) == "title: none given"
    assert miss(label, _dump("河边新开了一家书店｜某某晚报", ""), md) == "title: trimmed"
    assert miss(label, _dump("今日天气", ""), md) == "title: wrong pick"
    page = tmp_path / "p.txt"
    page.write_text("首页 | 新闻 | 财经\n今日天气晴，气温二十度，适合出门散步。\n" * 3, encoding="utf-8")
    assert miss(label, _dump("今日天气", ""), page) == "title: outside candidates"


def test_body_misses_by_class(fresh: dict[str, ModuleType]) -> None:
    body = fresh["misses"].body_misses
    label = {"body_first": "书店开在河边，第一天", "body_last": "店主说，他等这一天"}
    article = ["书店开在河边，第一天就来了很多人。", "中间一段。", "店主说，他等这一天等了十年。"]
    assert body(label, article) == []
    chrome = ["首页", "新闻", "财经", "体育"]
    assert body(label, chrome + article + chrome) == ["body: start early", "body: end runs on"]
    assert body(label, article[1:2]) == ["body: start late", "body: end cut"]


def test_byline_and_disclaimer_misses(fresh: dict[str, ModuleType]) -> None:
    simple = fresh["misses"].simple_misses
    label = {"byline": "编辑：张三", "disclaimer": None}
    assert simple(label, _dump("", "")) == ["byline: missed"]
    assert simple(label, _dump("", "", byline="编辑：李四")) == ["byline: wrong"]
    assert simple({"byline": None, "disclaimer": "免责声明：……"}, _dump("", "", byline="张三")) == [
        "byline: extra", "disclaimer: missed"]  # fmt: skip


def test_heading_misses_read_the_scorers_own_messages(fresh: dict[str, ModuleType]) -> None:
    score = fresh["score"]
    label = {"title": "题", "headings": [{"text": "甲", "level": 1}, {"text": "乙", "level": 2}],
             "byline": None, "disclaimer": None, "body_first": "正文", "body_last": "正文"}  # fmt: skip
    got = _dump("题", "正文", sections=[{"title": "甲", "level": 1}, {"title": "丙", "level": 1}])
    wrong = score.score(label, got, score.Tally())
    assert fresh["misses"].heading_misses(wrong) == ["headings: missed", "headings: extra"]
    levels = _dump("题", "正文", sections=[{"title": "甲", "level": 1}, {"title": "乙", "level": 1}])
    assert fresh["misses"].heading_misses(score.score(label, levels, score.Tally())) == ["headings: levels"]


def test_fourth_set_keeps_one_side_of_a_saved_pages_merge_conflicts() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("freshset4_build", _BENCH / "freshset4" / "build.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    page = "\n".join([
        "<html><body>", "<<<<<<< HEAD", "<nav>首页 新闻</nav>", "=======", "<nav>首页 新闻 财经</nav>",
        ">>>>>>> upstream/main", "<p>河边新开了一家书店。</p>", "<pre>", "=======", "</pre>",
        "<<<<<<< HEAD", "=======", "<p>广告</p>", ">>>>>>> upstream/main", "</body></html>",
    ])  # fmt: skip
    assert builder.ours(page).split("\n") == [
        "<html><body>", "<nav>首页 新闻</nav>", "<p>河边新开了一家书店。</p>", "<pre>", "=======", "</pre>",
        "</body></html>",
    ]  # fmt: skip
    assert builder.ours("<p>一</p>\n<p>二</p>") == "<p>一</p>\n<p>二</p>"
