"""A headline split from its subtitle at a dash (made-up lines), not at a label's dash."""

from __future__ import annotations

from reader.document.headlines.headline_shape import split_title


def test_a_label_before_the_dash_is_not_the_headline_split_from_its_subtitle() -> None:
    assert split_title("党旗领航奋进路 乘风破浪开新局──党的十八大以来某地党建工作综述") == (
        "党旗领航奋进路 乘风破浪开新局", "党的十八大以来某地党建工作综述")
    assert split_title("专访──某某大学校长谈高校招生改革") == ("专访──某某大学校长谈高校招生改革", None)
    assert split_title("视频——春运首日各地车站见闻") == ("视频——春运首日各地车站见闻", None)


def test_a_long_dash_run_is_cut_whole() -> None:
    """主题————副题 (four dashes): the subtitle starts after the run, not inside it."""
    assert split_title("便宜的东西，便宜的感受————从某款音箱说到某个牌子") == (
        "便宜的东西，便宜的感受", "从某款音箱说到某个牌子")
