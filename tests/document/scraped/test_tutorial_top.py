"""A tutorial post's top: a licence notice over the post and a copied contents list (tutorial_top.py)."""

from __future__ import annotations

from reader.document.scraped.contents_list import contents_lines
from reader.document.scraped.tutorial_top import contents_over
from tests.document.scraped.test_text_rules import body_text, doc, headings

NOTICE = "版权声明：本文为作者原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"
ONE = "搭建一个小型的家庭服务器并不难，本文记录我从挑选硬件到装好系统的整个过程，供有同样想法的朋友参考。"
TWO = "硬件方面我选了一台二手的迷你主机，四核处理器加十六GB内存，功耗很低，放在书架上几乎听不到声音。"
THREE = "系统装好以后，先把远程登录和自动备份配置好，再按需要装上文件同步、相册和下载工具，一台机器就够用了。"
FOUR = "回头来看，最费时间的是网络和权限的设置，硬件和系统反而很快，下一篇会专门讲讲这部分的细节和踩过的坑。"


def test_a_licence_notice_over_the_post_does_not_end_it() -> None:
    d = doc("站点首页", "家庭服务器搭建记录", "2024-03-02", NOTICE, ONE, "一、挑选硬件", TWO, "二、安装系统", THREE, FOUR,
            "关于我们 | 联系方式")
    text = body_text(d)
    assert ONE in text and THREE in text and FOUR in text
    assert NOTICE not in text
    assert d.disclaimer is not None and "CC 4.0" in d.disclaimer.title + "".join(d.disclaimer.paragraphs)
    assert [title for _, title, _ in headings(d)] == ["一、挑选硬件", "二、安装系统"]


def test_a_declaration_under_the_post_still_ends_it() -> None:
    closing = "免责声明：本文内容仅代表作者个人观点，与本站立场无关，如有侵权请联系删除。"
    d = doc("站点首页", "家庭服务器搭建记录", "2024-03-02", ONE, TWO, THREE, FOUR, closing, "相关推荐", "热门文章")
    assert FOUR in body_text(d) and closing not in body_text(d)


CONTENTS = ["文章目录", "写在前面", "一、挑选硬件", "二、安装系统", "结语"]


def test_a_copied_contents_list_is_the_pages_and_hides_no_head() -> None:
    sections = ["写在前面", ONE, "一、挑选硬件", TWO, "二、安装系统", THREE, "结语", FOUR]
    assert contents_lines([ONE, *CONTENTS, *sections]) == {1, 2, 3, 4, 5}
    d = doc("家庭服务器搭建记录", "2024-03-02", ONE, *CONTENTS, *sections, "关于我们 | 联系方式")
    assert "文章目录" not in body_text(d)
    titles = [title for _, title, _ in headings(d)]
    assert "一、挑选硬件" in titles and "二、安装系统" in titles and titles.count("结语") <= 1


def test_short_lines_under_a_contents_label_that_never_come_back_are_kept() -> None:
    assert contents_lines([ONE, "目录", "甲", "乙", "丙", TWO, THREE]) == set()


def test_the_text_starts_at_the_first_head_a_contents_list_names() -> None:
    lines = ["订阅专栏", "文章目录", "写在前面", "一、挑选硬件", "二、安装系统", "写在前面", ONE]
    assert contents_over(lines, 6) == 5
    assert contents_over(["订阅专栏", "硬件清单", ONE], 2) == 2
    assert contents_over(["订阅专栏", "写在前面", ONE], 2) == 1  # a preface's head over the text


def test_under_a_notice_and_a_column_box_the_post_opens_with_its_first_head() -> None:
    d = doc("首页 | 博客 | 下载", "家庭服务器搭建记录", "原创", "已于 2024-03-02 10:20:30 修改",
            "分类专栏： 家庭网络 文章标签： 服务器 硬件", NOTICE, "本文链接：https://blog.example.com/a/123", "版权",
            *CONTENTS, "写在前面", ONE, "一、挑选硬件", TWO, "二、安装系统", THREE, "结语", FOUR, "点赞", "收藏", "关于我们")
    text = body_text(d)
    assert ONE in text and FOUR in text and "本文链接" not in text and "分类专栏" not in text
    titles = [title for _, title, _ in headings(d)]
    assert titles[0] == "写在前面"


def test_a_column_and_tags_line_and_the_recommended_posts_date_are_the_pages() -> None:
    """分类专栏： X 文章标签： Y over the notice is a field of the page, not the text's first line;
    最新推荐文章于 … 发布 dates the site's recommended posts, not this one."""
    d = doc("首页 | 博客 | 下载", "家庭服务器搭建记录", "最新推荐文章于 2025-01-09 发布", "已于 2024-03-02 10:20:30 修改",
            "分类专栏： 家庭网络与存储方案 文章标签： server hardware linux", NOTICE, ONE, "一、挑选硬件", TWO,
            "二、安装系统", THREE, FOUR, "关于我们")
    text = body_text(d)
    assert "分类专栏" not in text and "最新推荐" not in (d.dateline or "") and ONE in text and FOUR in text
    assert d.dateline is not None and "2024-03-02" in d.dateline


def test_a_licence_notice_opening_the_region_does_not_open_the_text() -> None:
    d = doc("站点首页", "家庭服务器搭建记录", "2024-03-02", "分类专栏： 家庭网络 文章标签： 服务器", NOTICE, ONE,
            "一、挑选硬件", TWO, "二、安装系统", THREE, FOUR, "关于我们 | 联系方式")
    assert NOTICE not in body_text(d) and ONE in body_text(d) and d.disclaimer is not None


def test_an_unlabelled_copied_list_goes_when_its_heads_each_head_a_paragraph() -> None:
    sections = ["写在前面", ONE, "一、挑选硬件", TWO, "二、安装系统", THREE, "结语", FOUR]
    entries = ["写在前面", "一、挑选硬件", "二、安装系统", "结语"]
    assert contents_lines([ONE, *entries, *sections]) == {1, 2, 3, 4}
    refrain = ["风吹过山岗", "雨落在河面", "我还在路上"]  # a song's lines sung again: the text's own
    assert contents_lines([ONE, *refrain, *refrain, TWO]) == set()


def test_the_sites_learning_path_widget_under_the_post_is_not_its_text() -> None:
    from reader.document.scraped.patterns import is_chrome

    assert is_chrome("文章知识点与官方知识档案匹配，可进一步学习相关知识")
    assert is_chrome("Linux入门技能树系统管理进程12345 人正在系统学习中")
    assert not is_chrome("有 3 人正在系统学习中的课程很受欢迎，我们也来看看。")
    d = doc("站点首页", "家庭服务器搭建记录", "2024-03-02", ONE, TWO, THREE, FOUR, "交流群： abc123",
            "文章知识点与官方知识档案匹配，可进一步学习相关知识", "Linux入门技能树系统管理进程12345 人正在系统学习中",
            "点赞", "收藏", "关于我们")
    assert body_text(d).endswith(FOUR)


def test_a_numbered_contents_list_over_the_post_is_not_its_start() -> None:
    # The theme numbers the entries (1. …); the heads in the text have no numbers.
    heads = ("什么样的人需要整理笔记？", "第一步：收集信息，搭起笔记的雏形", "第二步：整理信息，建立有序的结构",
             "第三步：输出内容，推动笔记的迭代")
    toc = ("文章目录", *(f"{n}. {h}" for n, h in enumerate(heads, 1)))
    d = doc("某某的博客", "首页", "如何整理自己的笔记", "2021-05-29", *toc, ONE, heads[0], TWO,
            heads[1], THREE, heads[2], FOUR, heads[3], TWO)
    assert d.text.split("\n")[1] == ONE


def test_short_lines_under_a_numbered_contents_list_open_the_post() -> None:
    toc = ("文章目录", "1. 金字塔的结构", "2. 纵向", "3. 横向")
    opening = ("本书的中心是行文要讲逻辑：", "表达的逻辑", "思考的逻辑", "以金字塔为蓝本进行表达。")
    d = doc("某某的博客", "首页", "读书笔记", "2021-05-29", *toc, *opening, ONE, "金字塔的结构", TWO,
            "纵向", THREE, "横向", FOUR)
    assert opening[0] in d.text.split("\n")[:3]
