"""The cues that tell a headline from page furniture (made-up lines)."""

from __future__ import annotations

from reader.document.headlines.headline_cues import (
    cue_features,
    has_inner_stop,
    in_link_run,
    is_caption,
    is_list_item,
    is_truncated,
)

PARA = "这是文章的第一段，讲述了城市更新的来龙去脉，内容较长，足以构成正文的一段文字。" * 2


def test_a_photo_caption_is_told_by_its_credit() -> None:
    assert is_caption("市民在公园里晨练，享受秋日阳光。（资料图片）")
    assert is_caption("工人们正在检修线路（新华社记者 王小五 摄）")
    assert is_caption("图为改造后的老街区")
    assert not is_caption("城市更新让老街区焕发新活力")
    assert not is_caption("老街区的故事（上）")


def test_a_line_cut_off_with_an_ellipsis_is_truncated() -> None:
    assert is_truncated("某市出台新规，明确三类行为将被...")
    assert is_truncated("老街区改造后，居民们纷纷表示…")
    assert not is_truncated("城市更新让老街区焕发新活力")


def test_a_numbered_link_is_a_list_item() -> None:
    assert is_list_item("1·某市出台新规")
    assert is_list_item("3、老街区焕发新活力")
    assert is_list_item("② 城市更新的五个关键")
    assert not is_list_item("5G网络覆盖全市主要街道")
    assert is_list_item("• 澳大利亚买房子步骤指南")
    assert not is_list_item("·")
    assert not is_list_item("2024年城市更新工作会议召开")


def test_sentences_inside_a_line_are_not_a_headline() -> None:
    assert has_inner_stop("教育局表示学校明天复课。家长可留意通知")
    assert not has_inner_stop("城市更新让老街区焕发新活力。")  # a stop at the end only
    assert not has_inner_stop("城市更新让老街区焕发新活力")


def test_a_line_among_like_lines_is_in_a_run_of_links() -> None:
    links = ["某市出台新规明确三类行为", "老街区改造后焕发新活力", "城市更新的五个关键问题"]
    assert in_link_run(links, 1) == 1.0
    alone = ["首页", "城市更新让老街区焕发新活力", "2024-05-01 10:00 来源：某某网", PARA]
    assert in_link_run(alone, 1) == 0.0


def test_the_cues_are_features_in_the_models_order() -> None:
    from reader.document.headlines.title_model import FEATURES

    lines = ["热门排行", "1·某市出台新规明确三类行为将被...", "2·老街区改造后焕发新活力"]
    values = dict(zip(FEATURES[-5:], cue_features(lines, 1), strict=True))
    assert values == {"caption": 0.0, "truncated": 1.0, "list_item": 1.0, "inner_stop": 0.0, "link_run": 0.5}
