"""The top of a blog post (Hexo / Hugo / Jekyll themes): its menu, its meta lines and its headline.
Made-up pages in the themes' shapes."""

from __future__ import annotations

from reader.document.dump import dump_dict
from reader.document.scraped.menu_lines import is_menu_line
from tests.document.scraped.test_text_rules import PARA, doc

LEAD = "上个月终于把家里的旧电脑换掉了，折腾了整整一个周末，这里把过程和踩过的坑都记下来，给想动手的朋友参考。"
TITLE = "第一次自己动手组装电脑"
OTHERS = ("上一篇", "用树莓派搭一个家庭相册", "下一篇", "读一本讲地方财政的书")


def test_menu_lines() -> None:
    for line in ("归档", "Archives", "首页 归档 关于", "HomeArchivesCategoriesTagsAbout", "Home | Tags", "close"):
        assert is_menu_line(line), line
    for line in ("归档整理的一些心得", "About Time", "Homebrew 使用小记", TITLE, "2023"):
        assert not is_menu_line(line), line


def test_a_headline_under_its_date_line_under_the_menu() -> None:
    d = doc("HomeArchivesCategoriesTagsAbout", "2023-04-02发表2023-05-01更新生活10 分钟读完 (大约3200个字)",
            TITLE, LEAD, PARA, PARA, *OTHERS)
    assert d.title == TITLE
    assert d.dateline is not None and d.dateline.startswith("2023-04-02")


def test_a_headline_under_its_date_and_the_text_first_head() -> None:
    d = doc("小王的博客", "Home", "Archives", "2023-04-02", TITLE, "动手之前", LEAD, PARA, PARA, *OTHERS)
    assert d.title == TITLE
    assert d.dateline == "2023-04-02"


def test_a_headline_under_the_posts_reading_statistics() -> None:
    d = doc("某某笔记", "首页", "归档", "分类", "友链", "4.6k 字 39 分钟", "推荐系统是怎样猜中你的喜好的？", LEAD, PARA, PARA,
            "参考", "一本讲推荐系统实践的书")
    assert d.title == "推荐系统是怎样猜中你的喜好的？"


def test_the_texts_first_head_under_a_date_is_no_headline() -> None:
    d = doc("某某日报", "首页", TITLE, "分享到：", "2023-04-02 08:30 来源：某某日报", "一、为什么要自己装", LEAD, PARA,
            "二、配件怎么选", PARA, PARA)
    assert d.title == TITLE


def test_the_licence_box_names_the_headline() -> None:
    d = doc("Share and Create", "首页", "分类", "关于", "归档", "close", "2019",
            "发表于 2019-12-30 | 更新于 2020-02-10 | 分类于 总结 | 阅读次数", LEAD, PARA, PARA,
            "本文作者： 小王", "本文标题： 2019", "本文链接： http://example.club/2019/12/30/2019/")
    assert d.title == "2019"
    assert dump_dict(d)["dateline"]["published"] == "2019-12-30"


def test_a_numbered_head_under_the_date_is_the_texts() -> None:
    d = doc("小王的博客", "首页", "归档", "2023-04-02", "一、为什么要自己装", LEAD, PARA, "二、配件怎么选", PARA, PARA)
    assert d.title is None  # no headline on the page: neither the text's first head nor the menu's 归档
    assert [s.title for s in d.all_sections()] == ["一、为什么要自己装", "二、配件怎么选"]


def test_a_menus_word_alone_over_the_text_may_be_its_headline() -> None:
    d = doc("关于我", "2023-04-02", LEAD, PARA, PARA)  # an about page: no menu around the word
    assert d.title == "关于我"


def test_a_headline_under_its_date_and_category() -> None:
    d = doc("某某的博客", "Home Archives", "Search", "2023-04-02", "生活", TITLE, LEAD, PARA, PARA, *OTHERS)
    assert d.title == TITLE
    assert d.dateline == "2023-04-02"
    for category in ("随笔", "日志", "项目"):  # a menu's words too, but a category right under the date
        d = doc("某某的博客", "Home Archives", "Search", "2023-04-02", category, TITLE, LEAD, PARA, PARA, *OTHERS)
        assert d.title == TITLE, category


def test_a_contents_box_between_headline_and_text_holds_no_headline() -> None:
    d = doc("小王的博客", "文章", "标签", "分类", "关于", TITLE, "小王 收录于 生活", "2023-04-02 约 3200 字 预计阅读 7 分钟",
            "目录", "为什么要自己装", "配件怎么选", LEAD, PARA, "为什么要自己装", PARA, PARA, "配件怎么选", PARA, PARA)
    assert d.title == TITLE



def test_a_bare_year_over_its_posts_date_is_the_headline() -> None:
    d = doc("Share and Create", "首页", "分类", "关于", "close", "2023", "发表于 2024-01-03 | 分类于 总结", LEAD, PARA, PARA)
    assert d.title == "2023"
    d = doc("Share and Create", "首页", "2023", "发表于 2025-01-03 | 分类于 总结", LEAD, PARA, PARA)
    # two years before its date: a tag or an archive's year, not the headline (and no date line)
    assert d.title != "2023" and "2023" not in (d.dateline or "")


def test_a_headline_said_twice_over_the_text_a_sticky_headers_copy() -> None:
    d = doc("首页", "下载App", "登录", TITLE, "周小岸", "关注", "赞赏支持", TITLE, "周小岸", "关注", "0.417",
            "2022.11.03 08:12:45", "字数 1,204", "阅读 356", LEAD, PARA, PARA, *OTHERS)
    assert d.title == TITLE
    assert d.text.split("\n")[1] == LEAD
    assert dump_dict(d)["dateline"]["authors"] == ["周小岸"]


def test_a_writers_name_beside_the_date() -> None:
    d = doc("某某社区", "首页", "沸点", "登录", TITLE, "阿岸同学", "2022-11-03", "1,024", "阅读5分钟", LEAD, PARA, PARA)
    assert dump_dict(d)["dateline"]["authors"] == ["阿岸同学"]
    d = doc("某某小组", "首页", "我的小组", TITLE, "2022-11-03 08:12:45", "吴小九", "江苏", LEAD, PARA, PARA,
            "编辑于 2022-11-05 10:00", "装机")
    assert dump_dict(d)["dateline"]["authors"] == ["吴小九"]
    d = doc("某某专栏", "首页", TITLE, LEAD, PARA, PARA, "编辑于 2022-11-05 10:00・IP 属地江苏", "装机", "分享")
    dateline = dump_dict(d)["dateline"]  # under the text, a topic tag follows the date
    assert dateline is None or dateline["authors"] == []
    d = doc("某某小组", "首页", "我的小组", TITLE, "2022-11-03 08:12:45", "分享", "江苏", LEAD, PARA, PARA)
    assert dump_dict(d)["dateline"]["authors"] == []
    d = doc("某某小组", "首页", TITLE, "2022-11-03", "前言", LEAD, PARA, PARA)  # the text's head, last over it
    assert dump_dict(d)["dateline"]["authors"] == []


def test_a_headline_over_its_subtitle_and_its_writer() -> None:
    """A newsletter's post: headline / subtitle / writer / date."""
    d = doc("某某周刊", "Subscribe", "Home", "Archive", "第 12 期：旧电脑还能做些什么", "一份关于旧物、折腾与耐心的记录",
            "吴小九", "Nov 3, 2022", "12", "Share", LEAD, PARA, PARA)
    assert d.title == "第 12 期：旧电脑还能做些什么"
    assert dump_dict(d)["dateline"]["authors"] == ["吴小九"]
    assert dump_dict(d)["subtitle"] == "一份关于旧物、折腾与耐心的记录"


def test_a_headline_over_the_accounts_name_and_slogan() -> None:
    """A public account's post: headline / the account / its slogan / date."""
    d = doc("原创 吴小九 某某观察 2022-11-03 08:00 发表于江苏", "旧电脑还能做些什么：三个小实验", "某某观察",
            "专注数码产品与生活方式的分享", "2022年11月3日", "文 | 吴小九", "编辑 | 郑十", LEAD, PARA, PARA)
    assert d.title == "旧电脑还能做些什么：三个小实验"
    dateline = dump_dict(d)["dateline"]
    assert dateline["publisher"] == "某某观察"
    assert dateline["published"] == "2022-11-03T08:00"
