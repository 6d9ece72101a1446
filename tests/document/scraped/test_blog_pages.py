"""Rules for blog post pages (Hexo / Hugo themes): one rule per test, made-up text."""

from __future__ import annotations

from reader.document.scraped.box_heads import closes_article
from reader.document.scraped.code_lines import is_code_line
from reader.document.scraped.reading_stats import is_reading_stats
from reader.document.scraped.reference_list import is_reference_head
from tests.document.scraped.test_text_rules import PARA, doc, headings

LEAD = "我们经常说大数据比你还懂你，无论在刷短视频、听音乐还是购物时，都会看到一些我们很喜欢的东西。"
TEASER = "在最后的关头，人生有比幻想更好的方式吗？我躺在垫子上凝神静思，把自己想象成一个游泳者。"


def test_reading_statistics_are_not_a_head() -> None:
    d = doc("某某的小站", "首页", "归档", "纳米比亚志愿者手记 Vol.1", TEASER, "Aug 19, 2025",
            "9 minute read", "4203 words", LEAD, PARA, "我与我的拉锯战", PARA, PARA, "世界在我脚下", PARA, PARA)
    assert [title for _, title, _ in headings(d)] == ["我与我的拉锯战", "世界在我脚下"]


def test_reading_statistics_forms() -> None:
    for line in ("4.6k 字 39 分钟", "9 minute read", "字数统计: 3.4k | 阅读时长 ≈ 11",
                 "约 2719 字 预计阅读 6 分钟", "|字数总计:2.3k|阅读时长:6分钟|阅读量:"):
        assert is_reading_stats(line), line
    for line in ("2024", "5分钟读懂推荐系统", "我读了 5 本书", "阅读"):
        assert not is_reading_stats(line), line


def test_a_summary_between_headline_and_date_is_not_the_text() -> None:
    d = doc("某某的小站", "首页", "归档", "城市里的一次徒步", TEASER, "Mar 02, 2024", "7 minute read", LEAD, PARA,
            "出发之前", PARA, PARA, "回来以后", PARA, PARA)
    assert d.title == "城市里的一次徒步"
    assert d.dateline is not None and "Mar 02, 2024" in d.dateline
    assert d.text.split("\n")[1] == LEAD


def test_a_note_opening_the_post_is_not_its_disclaimer() -> None:
    d = doc("某某的博客", "首页", "一款智能音箱的使用体验", "发表于 2021-05-09", LEAD,
            "声明：我是这个品牌的老用户，下面的看法可能有所偏向，仅供参考。", *[PARA] * 4, "开箱", *[PARA] * 4,
            "总结", PARA, "版权声明：本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。转载请注明出处！")
    assert [title for _, title, _ in headings(d)] == ["开箱", "总结"]
    assert d.disclaimer is not None and d.disclaimer.title.startswith("版权声明")


def test_a_short_last_line_over_the_licence_box_is_the_posts() -> None:
    d = doc("某某的博客", "首页", "平板书写体验", "发表于 2021-03-01", LEAD, *[PARA] * 4,
            "文章还没写完，内容尚不全面", "本文作者： 某某", "本文链接： http://example.github.io/p/a.html",
            "版权声明： 本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。转载请注明出处！")
    assert d.text.split("\n")[-1] == "文章还没写完，内容尚不全面"


def test_a_short_last_line_over_the_licence_line_is_the_posts() -> None:
    d = doc("某某的小站", "首页", "城市里的一次徒步", "Mar 02, 2024", LEAD, *[PARA] * 4,
            "最后一个小插曲：下山的时候又迷路了/(ㄒoㄒ)/", "Licensed under CC BY-NC-SA 4.0", "Related content")
    assert d.text.split("\n")[-1] == "最后一个小插曲：下山的时候又迷路了/(ㄒoㄒ)/"


def test_a_parts_usual_name_heads_a_short_paragraph() -> None:
    d = doc("某某的博客", "冬至日", "发表于 2020-05-11", "前言", "好似当下的末日。", "摘抄", PARA, PARA, "词条", PARA, PARA)
    assert [title for _, title, _ in headings(d)] == ["前言", "摘抄", "词条"]


def test_a_diarys_day_heads_are_not_a_summarys_date() -> None:
    d = doc("某某的博客", "首页", "随想录", "写在前面的几句话。", "2017-01-01", PARA, "2017-01-02", PARA,
            "2017-01-03", PARA)
    assert [title for _, title, _ in headings(d)][-2:] == ["2017-01-02", "2017-01-03"]


def test_a_list_item_naming_likes_and_shares_ends_nothing() -> None:
    d = doc("某某的博客", "首页", "推荐系统是怎么工作的", "发表于 2025-04-08", LEAD, PARA, "这里涉及到两个概念：",
            "用户行为：用户在网站里的一切记录，都可以用来分析喜好。", "点赞、分享等一切正向行为：用户喜欢的表示",
            "点踩、举报等一切负向行为：用户不喜欢的表示", PARA, "协同过滤", PARA, PARA, "本文作者： 某某")
    assert "协同过滤" in d.text and d.text.rstrip().endswith(PARA)
    assert closes_article("觉得不错，请点个赞：")  # still the reader asked


LAST = "以上就是这次折腾的全部过程，希望对大家有所帮助。"


def test_a_posts_reference_list_is_its_last_part() -> None:
    d = doc("某某笔记", "首页", "归档", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA,
            LAST, "参考资料：", "某某论坛-静态博客如何实现全文搜索", "Building a search index for static sites",
            "https://example.com/docs/search", "技术", "#建站 #搜索", "如何给博客加上站内搜索",
            "上一篇 博客迁移记", "Copyright 2024 某某 | Powered by Hexo")
    assert d.text.rstrip().endswith("https://example.com/docs/search")
    assert "技术" not in d.text.split("\n")[-3:]


def test_a_reference_list_under_a_last_part_and_its_line() -> None:
    d = doc("某某笔记", "首页", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA, LAST,
            "另一种办法", "请看 给博客加上评论区", "References", "Static site search in practice", "# 技巧",
            "博客迁移记", "Copyright 2024 某某")
    assert d.text.rstrip().endswith("Static site search in practice")


def test_reference_heads() -> None:
    for line in ("参考", "参考：", "参考资料", "参考文档", "参考链接:", "参考资料&扩展阅读", "References", "Reference"):
        assert is_reference_head(line), line
    for line in ("参考消息", "参考一下别人的做法", "引用本页", "相关阅读"):
        assert not is_reference_head(line), line


LISTING = ["docker stop web && docker rm web", "docker run -d --name web \\", "-p 8080:80 \\",
           "-v /home/data/web:/data \\", "-e TZ=CST-8 \\", "nginx:1.25", "# 查看日志", "docker logs web",
           "if which podman >/dev/null 2>&1; then", "alias docker=podman", "fi"]


def test_a_long_listing_inside_a_post_does_not_end_it() -> None:
    d = doc("某某的博客", "首页", "用容器部署一套监控", "发表于 2024-05-09", LEAD, PARA, "一、部署网页服务",
            *LISTING * 3, "二、一键部署脚本", "暂未发现其必要性，待补充。", "标签： 容器技术", "好文要顶 关注我 收藏该文",
            "Copyright © 2024 某某")
    assert d.text.rstrip().endswith("暂未发现其必要性，待补充。")


def test_code_lines() -> None:
    for line in LISTING[:5] + ["fi"] + ["export http_proxy=http://127.0.0.1:7890", '"name": "web",', "if (a == b) {"]:
        assert is_code_line(line), line
    for line in ('print("删除成功");', 'msg = {"删除": "成功"}'):  # a statement's end, its strings in Chinese
        assert is_code_line(line), line
    for line in ("Home Archives Tags About", "Powered by Hexo", "Copyright © 2024 某某", "# 技巧", "#建站 #seo",
                 "粉丝 - 1 关注 - 0"):
        assert not is_code_line(line), line


def test_a_licence_boxs_long_link_line_ends_the_post() -> None:
    d = doc("某某的博客", "首页", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, *[PARA] * 4, LAST,
            "本文作者： 某某", "本文链接： https://example.github.io/2024/05/22/how-to-add-search/",
            "版权声明： 本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。转载请注明出处！")
    assert d.text.rstrip().endswith(LAST)


def test_a_licence_box_over_the_post_ends_nothing() -> None:
    d = doc("某某社区", "首页", "为什么这款工具不火了", "某某 于 2024-05-06 15:47:53 发布", "阅读量1.3w 收藏 98",
            "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
            "本文链接：https://example.com/someone/article/details/138497415", LEAD, *[PARA] * 4, LAST)
    assert d.text.rstrip().endswith(LAST)


FOOTER = ("首页", "归档", "分类", "标签", "关于", "友情链接", "© 2021 某某", "Powered by Hexo", "Theme NexT",
          "本站总访问量 1234 次", "回到顶部")


def test_a_reference_list_stops_at_the_sites_footer() -> None:
    d = doc("某某笔记", "首页", "归档", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA,
            LAST, "参考资料", "1. 某某论坛-静态博客如何实现全文搜索", "《静态网站的搜索》", *FOOTER)
    assert d.text.rstrip().endswith("《静态网站的搜索》")
    d = doc("某某笔记", "首页", "归档", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA,
            LAST, "参考资料", "https://example.com/docs/search", "张三. 静态网站的搜索. 某某出版社, 2020.", *FOOTER[1:])
    assert d.text.rstrip().endswith("某某出版社, 2020.")
    d = doc("某某笔记", "首页", "归档", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA,
            LAST, "参考资料", "静态博客如何实现全文搜索", "给博客加上评论区", *FOOTER)
    assert d.text.rstrip().endswith("给博客加上评论区")  # titles without their links


def test_a_reference_list_holds_what_reads_as_references() -> None:
    d = doc("某某笔记", "首页", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA, LAST,
            "参考资料", "Static site search in practice", "本站已运行 300 天", "访客数 1234", "欢迎常来")
    assert d.text.rstrip().endswith("Static site search in practice")
    d = doc("某某笔记", "首页", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA, LAST,
            "参考资料", "感谢阅读", "欢迎常来", *FOOTER)
    assert d.text.rstrip().endswith(LAST)
    d = doc("某某笔记", "首页", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA, LAST,
            "参考资料", "某某地图", "湖泊志")
    assert d.text.rstrip().endswith("湖泊志")  # the page's end under the list: nothing of the theme's
    d = doc("某某笔记", "首页", "如何给博客加上站内搜索", "发表于 2024-05-22", LEAD, PARA, "配置", PARA, PARA, LAST,
            "参考资料", "静态博客如何实现全文搜索", "给博客加上评论区", "网站", "#建站 #搜索", "上一篇 博客迁移记")
    assert d.text.rstrip().endswith("给博客加上评论区")  # bare titles over the post's own tags
