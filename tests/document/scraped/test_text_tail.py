"""Where the article's text ends, on made-up pages (text_tail.py)."""

from __future__ import annotations

from reader.document.scraped.region import text_region

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐"
LONG = PARA * 3
REF = "^ 某某. 一篇被引用的文章的标题，还有它的副标题和出处. 某某出版社. [2020-10-04]. （原始内容存档于2020-10-05）."


def test_a_wiki_pages_references_are_not_its_text() -> None:
    lines = [NAV, LONG, LONG, LONG, "参考资料", REF, REF, REF, REF, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4
    looked_up = "某某. 一篇被引用的文章的标题，还有它的副标题和出处. 某某网站. [引用日期2020-10-04]"
    lines = [NAV, LONG, LONG, LONG, looked_up, looked_up, looked_up, looked_up]
    assert text_region(lines)[1] == 4


def test_a_short_reference_list_under_its_head_is_not_the_text() -> None:
    # 参考资料 over two numbered references, one looked up on a day, one dated by its outlet
    looked_up = "规划用地超900公顷 某省同意某新区设立省级开发区的批复．某某资讯 [引用日期2024-01-12]"
    dated = "某某新区的省级开发区今天正式揭牌启动运行，各项工作有序展开．某某新闻网．2024-05-09"
    lines = [NAV, LONG, LONG, LONG, "参考资料", "1", looked_up, "2", dated, "3", dated, "词条统计"]
    assert text_region(lines)[1] == 4


def test_a_caret_or_two_in_the_text_end_nothing() -> None:
    lines = [NAV, LONG, "^ 一个公式里的记号，后面还有很长的说明文字，说明这个记号的用法和它的含义，以及别的东西。", LONG, REF, LONG, LONG]
    assert text_region(lines)[1] == 7


def test_comments_of_several_lines_each_end_the_article() -> None:
    # a comment, the replies under it and their buttons: seven lines, its stamp the first
    comment = ["网友甲 @ 2024-05-01 12:30:00 (1)", LONG, "回复", LONG, "赞", LONG, "回复"]
    lines = [NAV, LONG, LONG, LONG, *comment * 3, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4


def test_a_timeline_stamped_with_times_is_the_articles_text() -> None:
    entries = [f"2024年5月{k}日 1{k}:30，消防员赶到现场，现场的情况是这样的，说了很长的一段话。" for k in range(1, 6)]
    lines = [NAV, LONG, LONG, LONG, *entries, LONG, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 10


def test_a_posts_sign_off_is_not_its_text() -> None:
    close = "好了，以上就是这篇文章的全部内容，希望你已经弄明白了缓存为什么能让程序跑得更快。"
    sign_off = ["如果觉得这篇文章对你有帮助，欢迎点赞、收藏。", "我是小明，一个写代码的普通人，关注即可第一时间看到新文章，别忘了三连。"]
    lines = [NAV, LONG, LONG, close, *sign_off, "« 上一篇 | 下一篇 »", "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4


def test_a_call_in_the_articles_own_words_stays() -> None:
    close = "市政府表示，欢迎社会各界关注和监督。"
    lines = [NAV, LONG, LONG, LONG, close, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 5


LINKS = ["某地推出新政策吸引人才", "高校毕业生就业形势分析 专家支招", "春招季来临 求职者注意这些"]


def test_a_related_box_under_the_first_paragraphs_of_a_long_text_ends_nothing() -> None:
    # 延伸阅读 over three links after two paragraphs, then the article's parts, far longer
    parts = [x for n in range(6) for x in (f"第{n + 1}个问题", LONG, PARA, PARA)]
    lines = [NAV, "某篇长文的标题", PARA, PARA, "延伸阅读：", *LINKS, *parts, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == len(lines) - 1


def test_a_related_box_under_most_of_the_text_ends_it() -> None:
    lines = [NAV, "某篇长文的标题", LONG, LONG, LONG, PARA, "延伸阅读：", *LINKS, LONG, PARA, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 6


def test_the_next_story_under_a_few_paragraphs_ends_the_text() -> None:
    parts = [x for n in range(6) for x in (f"第{n + 1}个问题", LONG, PARA, PARA)]
    lines = [NAV, "某篇短讯的标题", PARA, PARA, "下一篇：", *LINKS[:1], *parts, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4


def test_a_box_set_inside_the_text_is_chrome_and_the_head_under_it_stays() -> None:
    from reader.document import load_bytes

    parts = [x for n in range(6) for x in (f"第{n + 1}个问题", LONG, PARA, PARA)]
    lines = [NAV, "某篇长文的标题", "2024-03-01 来源：某报", PARA, PARA, "延伸阅读：", *LINKS, *parts, "关于我们 | 联系我们"]
    d = load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")
    assert [s.title for s in d.all_sections()] == [f"第{n + 1}个问题" for n in range(6)]
    assert all(link not in d.text for link in LINKS)
    assert set(LINKS) <= {e.text for e in d.left_out}


def test_a_box_of_dated_stories_opening_on_the_texts_last_line_ends_it() -> None:
    # the densest run takes in the first two stories (long enough to weigh as text), not the third
    story = "某某公园下月起开放 周边交通将作调整 市民可乘坐地铁前往游览观光 ({}日)"
    lines = [NAV, LONG, LONG, LONG, "本报新闻-相关报道：", story.format("2024-05-11"), story.format("2024-05-10"),
             "某某公园下月开放 (2024-05-09)", "上 / 下一篇新闻", "某某公园下月开放", "另一条新闻的标题在这里",
             "第三条新闻的标题", "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4


def test_a_blogs_list_of_its_other_posts_ends_the_text() -> None:
    posts = ["[2005-08-21] 为什么总要面对呢，可有谁知道我已经身心疲惫？", "[2005-08-17] 无序列表", "[2005-08-02] 无序",
             "[2005-07-13] 一篇更早的文章的题目"]
    lines = [NAV, LONG, LONG, LONG, *posts, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4
    diary = [f"[2005-08-2{k}] 今天去了公园。" for k in range(1, 5)]  # a diary's entries: sentences
    assert text_region([NAV, LONG, LONG, LONG, *diary, LONG, "关于我们 | 联系我们"])[1] == 9


def test_the_authors_thanks_in_parentheses_close_the_text() -> None:
    lines = [NAV, LONG, LONG, LONG, "（特别感谢 Alex、小王对本文的贡献）", "分享到： 微信 微博 QQ 复制链接"]
    assert text_region(lines)[1] == 5
    lines = [NAV, LONG, LONG, LONG, "（本文经某某新闻授权转载）", "分享到： 微信 微博 QQ 复制链接"]
    assert text_region(lines)[1] == 4


def test_a_label_over_links_ends_the_text_however_long_its_line() -> None:
    links = " ".join(f"某某体育用品网站{k}号" for k in range(8))
    for label in ("友情链接：", "猜你感兴趣："):
        lines = [NAV, LONG, LONG, LONG, label + links, "关于我们 | 联系我们"]
        assert text_region(lines)[1] == 4


def test_a_footers_long_licence_lines_are_not_text() -> None:
    footer = ["互联网新闻信息服务许可证10120170001 | 增值电信业务经营许可证B1-20060139 | 广播电视节目制作经营许可证（京）字第00001号 | 某某网络文化经营许可证",
              "某 某 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
              "京 ICP 证 000000 号 · 京 ICP 备 00000000 号 - 1 · 京公网安备 00000000000000 号 · 京网文[2022]0000-000 号，某某许可证"]
    lines = [NAV, "热门排行", LONG, "分享让更多人看到", *[f"{k}某某新闻的标题被截断在这里…" for k in range(1, 4)], *footer]
    assert text_region(lines)[:2] == (2, 3)


def test_a_sidebars_latest_stories_stamped_with_their_time_are_not_the_text() -> None:
    stories = [f"最新消息 某某市宣布新一轮消费券发放计划，首批覆盖全市{k}个区的居民与商户 2020-03-12 1{k}:00"
               for k in range(8)]
    title = "某某市发放消费券 首批覆盖六个区"
    lines = ["2020 / 03 / 12　星期四", "欢迎来信提供新闻 news@example.com ， 广告合作 ad@example.com 或是投书评论，有任何问题请来信",
             "facebookyoutuberss", NAV, *stories, "焦点", title, "分享", "某某快讯／王小五 2020年03月12日 20:19:00",
             LONG, LONG, "【热门点阅】"]
    start, end, _ = text_region(lines)
    assert (start, end) == (16, 18)
