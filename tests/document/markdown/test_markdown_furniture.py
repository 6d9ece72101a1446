"""A Markdown file's furniture: switchers and link rows above the text, header images run into
the first paragraph, navigation and credits under the last section (made-up files)."""

from __future__ import annotations

from reader.document import Document, load_bytes

PARA = "这是文章的第一段，讲述了城市更新的来龙去脉，内容较长，足以构成正文的一段文字。"
LAST = "最后一段说明了后续的安排，街区改造将在明年春天全部完成。"


def md(source: str) -> Document:
    return load_bytes(source.encode("utf-8"), "a.md", "markdown")


def left_out(d: Document) -> list[tuple[str, str]]:
    return [(line.text, line.role) for line in d.left_out]


def test_a_header_image_on_its_own_line_is_set_apart_from_the_paragraph_under_it() -> None:
    d = md(f"# 社区周刊 第 12 期\n\n![封面](cover.png)\n{PARA}\n\n## 本期内容\n\n{LAST}\n")
    lines = d.text.split("\n")
    assert "封面" in lines[1] and PARA not in lines[1]
    assert lines[2] == PARA
    # an image inside the line, the text after it on the same line: one paragraph as before
    d = md(f"# 社区周刊\n\n![封面](cover.png) {PARA}\n\n## 本期内容\n\n{LAST}\n")
    assert d.text.split("\n")[1].endswith(PARA)


def test_a_language_switcher_and_a_row_of_links_above_the_first_section_are_furniture() -> None:
    d = md(
        "# 老街区改造手册\n\n[English](README_en.md) | [简体中文](README.md) | [繁體中文](README_tw.md)\n\n"
        "*Read this in [English](README_en.md).*\n\n"
        "[官网](https://a.example) • [文档](https://b.example) • [论坛](https://c.example)\n\n"
        f"{PARA}\n\n## 背景\n\n{LAST}\n\n[官网](https://a.example) | [文档](https://b.example) | [论坛](https://c.example)\n"
    )
    assert d.text.split("\n")[1] == PARA
    assert ("English | 简体中文 | 繁體中文", "chrome") in left_out(d)
    assert "论坛" in d.text  # a row of links inside a section is the section's


def test_one_link_or_a_sentence_with_links_above_the_first_section_stays() -> None:
    d = md(f"# 老街区改造手册\n\n[项目主页](https://a.example)\n\n详见[文档](https://b.example)和[论坛](https://c.example)，欢迎交流。\n\n{PARA}\n\n## 背景\n\n{LAST}\n")
    assert d.text.split("\n")[1:3] == ["项目主页", "详见文档和论坛，欢迎交流。"]


def test_the_previous_and_next_chapter_links_under_the_last_section_are_navigation() -> None:
    d = md(f"# 第 3 天：分支\n\n{PARA}\n\n## 今日小结\n\n{LAST}\n\n-------\n"
           "* [回目录](README.md)\n* [上一篇：提交](02.md)\n* [下一篇：合并](04.md)\n\n-------\n")
    assert d.text.split("\n")[-1] == LAST
    assert ("下一篇：合并", "chrome") in left_out(d)
    d = md(f"# 第 3 天：分支\n\n{PARA}\n\n## 参考\n\n* [上海市的街区规划](a.md)\n* [北京的胡同](b.md)\n")
    assert d.text.split("\n")[-1] == "北京的胡同"  # links to other pages: the text's own list


def test_credits_under_a_rule_at_the_end_are_taken_out_the_author_the_byline() -> None:
    d = md(f"# 机器学习基础\n\n{PARA}\n\n## 小结\n\n{LAST}\n\n* * *\n\n* **作者: [林小满](http://a.example)**\n"
           "* [GitHub地址](https://g.example): <https://g.example>\n* **版权声明: 欢迎转载，请注明出处**\n")
    assert d.text.split("\n")[-1] == LAST
    assert d.byline is not None and "林小满" in d.byline
    assert ("GitHub地址: https://g.example", "chrome") in left_out(d)
    d = md(f"# 机器学习基础\n\n{PARA}\n\n## 小结\n\n{LAST}\n\n原文地址：https://g.example\n")
    assert d.text.split("\n")[-1] == "原文地址：https://g.example"  # no rule above it: the text's


def test_the_only_heading_on_the_first_line_of_a_file_is_its_title() -> None:
    d = md(f"## 在 Compose 中使用环境变量\n\n{PARA}\n\n{LAST}\n")
    assert d.title == "在 Compose 中使用环境变量"
    assert d.sections == () or not d.sections
    d = md(f"{PARA}\n\n## 在 Compose 中使用环境变量\n\n{LAST}\n")
    assert d.title is None  # a heading below the text's opening is a section's


def test_a_closing_rights_line_under_the_credits_is_the_disclaimer() -> None:
    d = md(f"# 机器学习基础\n\n{PARA}\n\n## 小结\n\n{LAST}\n\n---\n\n* 作者：林小满\n"
           "* 版权声明：欢迎转载，请注明出处\n")
    assert d.disclaimer is not None and d.disclaimer.title == "版权声明：欢迎转载，请注明出处"
    assert "版权声明" not in d.text


def test_a_rights_or_disclaimer_section_with_a_mark_before_its_words_is_the_disclaimer() -> None:
    for head in ("⚠️ 免责声明", "版权声明", "免責聲明"):
        d = md(f"# 工具箱\n\n{PARA}\n\n## 安装\n\n{LAST}\n\n## {head}\n\n本项目仅供学习交流使用。\n")
        assert d.disclaimer is not None and d.disclaimer.title == head
    assert md(f"# 工具箱\n\n{PARA}\n\n## 声明一个变量\n\n{LAST}\n").disclaimer is None


def test_the_title_set_again_as_the_first_heading_is_no_section() -> None:
    d = md(f"# 工具箱\n\n## 工具箱\n\n{PARA}\n\n## 安装\n\n{LAST}\n")
    assert [s.title for s in d.sections] == ["安装"]
    assert ("工具箱", "chrome") in left_out(d)
    d = md(f"# 工具箱\n\n{PARA}\n\n## 工具箱\n\n{LAST}\n")  # further down: a section of that name
    assert [s.title for s in d.sections] == ["工具箱"]


def test_a_row_of_badges_under_the_title_is_furniture_a_banner_or_screenshots_are_not() -> None:
    d = md(
        "# 工具箱\n\n[![构建](https://img.shields.io/a.svg)](https://ci.example) [![版本](https://badgen.net/v)](https://npm.example)\n\n"
        '<p><img alt="license" src="https://img.shields.io/l.svg"> <img alt="stars" src="https://img.shields.io/s.svg"></p>\n\n'
        '<p align="center"><img src="./banner.png"/></p>\n\n![截图一](https://example.com/a.png) ![截图二](https://example.com/b.png)\n\n'
        f"{PARA}\n\n## 安装\n\n{LAST}\n"
    )
    lines = d.text.split("\n")
    assert "banner.png" in lines[1] and "截图一" in lines[2] and lines[3] == PARA
    assert len([line for line in d.left_out if line.role == "chrome"]) == 2


def test_a_list_of_links_to_the_files_own_headings_and_its_label_are_contents_not_text() -> None:
    toc = "**目录**\n\n1. [安装步骤](#安装)\n2. [配置方法](#配置)\n\n"
    d = md(f"# 工具箱\n\n{toc}{PARA}\n\n## 安装\n\n{LAST}\n\n## 配置\n\n{LAST}\n")
    assert d.text.split("\n")[1] == PARA
    assert ("安装步骤", "chrome") in left_out(d)
    d = md(f"# 工具箱\n\n{PARA}\n\n## 目录\n\n- [安装步骤](#安装)\n- [配置方法](#配置)\n\n## 安装\n\n{LAST}\n\n## 配置\n\n{LAST}\n")
    assert "安装步骤" not in d.text and [s.title for s in d.sections][0] == "目录"
    # links to the headings inside a section, unlabelled: the author's list
    d = md(f"# 工具箱\n\n{PARA}\n\n## 安装\n\n见下文：\n\n- [配置方法](#配置)\n- [常见问题](#问题)\n\n## 配置\n\n{LAST}\n")
    assert "配置方法" in d.text


def test_a_site_generators_tag_is_no_text() -> None:
    d = md(f"---\ntitle: 写作\n---\n\n{{% youtube AbCdEf123 %}}\n\n{PARA}\n\n## 布局\n\n{{{{< figure src=\"a.png\" >}}}}\n\n{LAST}\n")
    assert d.text.split("\n")[1:] == [PARA, "布局", LAST]


def test_a_call_to_follow_and_a_qr_code_under_a_closing_rule_are_no_text() -> None:
    d = md(f"# 周刊\n\n{PARA}\n\n## 文章\n\n{LAST}\n\n---\n\n欢迎关注我的公众号「城市笔记」，第一时间阅读。\n\n![二维码](qr.png)\n")
    assert d.text.split("\n")[-1] == LAST
    d = md(f"# 周刊\n\n{PARA}\n\n## 文章\n\n{LAST}\n\n---\n\n![街区全景](view.png)\n")
    assert "街区全景" in d.text.split("\n")[-1]  # a closing picture alone is the text's


def test_a_closing_link_that_only_begins_like_a_step_stays() -> None:
    for item in ("[Homebrew](https://brew.sh)", "[Next.js](https://nextjs.org)", "[目录结构说明](tree.md)"):
        d = md(f"# 工具\n\n{PARA}\n\n## 相关\n\n* [官网](https://a.example)\n* {item}\n")
        assert d.text.split("\n")[-1] == item[1:item.index("]")]
    d = md(f"# 工具\n\n{PARA}\n\n## 小结\n\n{LAST}\n\n* [← Previous](1.md)\n* [Next chapter](3.md)\n")
    assert d.text.split("\n")[-1] == LAST
