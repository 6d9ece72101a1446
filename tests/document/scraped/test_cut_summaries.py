"""A box of other stories, each a headline over its summary cut off with "...", is the page's, not
the article's, however long the summaries (text_tail.cut_summaries)."""

from __future__ import annotations

from reader.document.scraped.text_tail import cut_summaries
from tests.document.scraped.test_text_rules import body_text, doc

ONLY = ("某某电影网讯 以光影之名，探寻城市的文化魅力。5月20日晚十点起，某栏目将推出系列访谈节目，五位电影人"
        "将讲述他们的成长故事和艺术生涯，用电影人的艺术探索记录这座城市的发展之路。一起期待吧！")
BOX = [
    "某部新片定档暑期 两位主演再度合作",
    "日前，某部新片发布定档海报和预告，影片讲述了一个小镇青年追寻梦想的故事，两位主演继上一部作品之后再度合作，"
    "导演表示这次的故事更加贴近生活，观众可以在片中看到许多熟悉的...",
    "某电影节公布入围名单 多部国产片在列",
    "近日，某电影节公布了今年的入围名单，多部国产影片入围主竞赛单元，其中包括两部新人导演的处女作，评审团主席"
    "将由一位资深导演担任，颁奖典礼将于下月在某地举行，届时将有…",
    "某经典老片修复版重映 观众排队购票",
    "某经典老片的修复版本日前在多个城市重映，不少观众排队购票，有的观众说这是第一次在大银幕上看到这部电影，"
    "影院方面表示将根据观众的反响增加场次，修复工作历时两年，由专业团队...",
]


def test_a_box_of_cut_summaries_does_not_outweigh_a_one_paragraph_article() -> None:
    player = ["秒会员跳过广告", "播放速度：2X", "00:00/00:00", "直播", "倍速", "2.0X", "1.5X", "1.0X", "高清", "标清",
              "循环播放", "跳过片头", "很抱歉，当前视频播放失败", "时长：01:45建议WIFI下打开"]
    related = [f"某某影片第{n}款海报发布 主演亮相2024-05-1{n}" for n in range(1, 9)]
    page = ["首页 新闻 电影 明星", "某栏目访谈节目下周起播出", "时间：2024.05.20 来源：某某电影网 分享到：", *player,
            ONLY, "标签： 访谈 电影人", "分享到：", "相关新闻", *related, "新闻首页", "明星新闻", *BOX, "更多"]
    d = doc(*page)
    assert body_text(d) == ONLY


def test_only_a_run_of_cut_summaries_is_a_box() -> None:
    lines = ["某部新片定档暑期", BOX[1], "某电影节公布入围名单", BOX[3]]
    assert cut_summaries(lines) == [1, 3]
    assert cut_summaries(lines[:2]) == []  # one: a chatty post's paragraph may trail off so...
    assert cut_summaries(["某事", "他说：这件事以后再说……", "某事", "她说：我们等着看吧……"]) == []  # an ellipsis


def test_a_posts_last_paragraphs_trailing_off_are_the_posts() -> None:
    """Three paragraphs that each trail off so... with no story's headline over them: a chatty
    post's last words, not a box of other stories."""
    trailing = [BOX[1], BOX[3].replace("届时将有…", "大家都在猜测结果会怎样..."), BOX[5]]
    assert cut_summaries(["某某的博客", *trailing]) == []
    d = doc("首页 文章 关于", "周末随笔：看电影", "2024-05-20", ONLY, *trailing, "评论（0）", "关于我们 | 联系我们")
    assert body_text(d).endswith(BOX[5])
