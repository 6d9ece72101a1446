"""Short lines of a post's lists are not heads (heading_list_items.py): made-up posts."""

from __future__ import annotations

from reader.document import Document, load_bytes

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的博客", "首页", "几种平板贴膜的书写体验", "发表于 2023-03-01", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


def test_a_definition_lists_items_are_not_heads() -> None:
    d = doc(*TOP, "类纸膜", PARA, "优点：还原纸质书写体验", "缺点：" + LONG, "钢化膜", LONG, "令牌的组成", LONG,
            "头部：签名用的算法", "typ：令牌的类型", "alg：签名算法，如某某算法。", LONG)
    assert titles(d) == ["类纸膜", "钢化膜", "令牌的组成"]


def test_the_items_a_sentence_announces_are_not_heads() -> None:
    d = doc(*TOP, "单一职责", LONG, "为了方便讨论，我们把改变的原因缩小为下面这两点：", "重新设计界面的样子",
            "修改不需要变动界面的功能", LONG, "分离的好处", LONG, PARA)
    assert titles(d) == ["单一职责", "分离的好处"]


def test_a_head_under_a_sentence_ending_in_a_colon_is_one() -> None:
    d = doc(*TOP, "轻量旅行的由来", LONG, "下面我将分享如何实践轻量旅行的具体方法：", "轻量旅行实战分享", LONG, PARA,
            "核心原则", LONG)
    assert titles(d) == ["轻量旅行的由来", "轻量旅行实战分享", "核心原则"]


def test_a_refrain_under_each_item_is_no_head() -> None:
    items = [f"{n}.{thing}：{LONG}" for n, thing in enumerate(("折叠衣架", "速干毛巾", "充气颈枕"), 1)]
    d = doc(*TOP, "背包选择", LONG, "替代品清单", LONG, items[0], "搜索关键词【布 折叠衣架】", items[1],
            "搜索关键词【速干毛巾】", items[2], "搜索关键词【充气颈枕】", PARA, "写在最后", LONG)
    assert titles(d) == ["背包选择", "替代品清单", "写在最后"]


def test_a_head_over_an_interviews_speaker_is_one() -> None:
    asks = "某某日报：" + LONG
    says = "某局长：" + LONG
    d = doc("首页 | 教育 | 新闻", "教育改革的三步走", "2024-05-12 10:30 来源：某某日报", PARA, "教育热点：入学难的问题已经解决",
            asks, says, asks, says, "建设进度：新建学校什么时候开学", asks, says, asks, says)
    assert titles(d) == ["教育热点：入学难的问题已经解决", "建设进度：新建学校什么时候开学"]


def test_a_tutorials_step_heads_the_list_under_it() -> None:
    d = doc(*TOP, "为什么要这样做", LONG, "准备", "一台云服务器", "一个域名，我们要用它来做博客的跳转。", "操作",
            "注册并登录某某平台", "新建一个项目，关联到自己的博客仓库，然后等它构建完成", PARA, "验证", LONG, PARA)
    assert titles(d) == ["为什么要这样做", "准备", "操作", "验证"]


def test_short_lines_of_verse_under_a_paragraph_head_nothing() -> None:
    d = doc(*TOP, "为什么要这样做", LONG, "春天", "花开了一地", "风吹过山岗", "鸟飞过河流", PARA, "验证", LONG, PARA)
    assert titles(d) == ["为什么要这样做", "验证"]


def test_a_place_led_head_under_a_reported_rule_is_one() -> None:
    rule = "办法明确：" + LONG
    said = "有关负责人表示：" + LONG
    d = doc("首页 | 新闻 | 政策", "十月起施行的地方新规", "2024-10-01 08:00 来源：某某网", PARA,
            "甲省：新建住宅须配建充电设施", PARA, rule, "乙市：物业服务须按清单公示", LONG,
            "丙县：农村公路养护纳入考核", said, PARA)
    assert titles(d) == ["甲省：新建住宅须配建充电设施", "乙市：物业服务须按清单公示", "丙县：农村公路养护纳入考核"]


def test_a_term_ending_in_a_reporting_verb_is_still_a_term() -> None:
    """基本要求：…, 功能介绍：…, 名称：… run long: a definition list's terms, the verb ending a noun."""
    from reader.document.sections.reported_speech import reports_speech

    text = "这一项写得比较长，说明了要做到哪些事情、由谁负责、在什么时间之前完成，以及完成以后怎样检查。"
    for term in ("基本要求", "功能介绍", "处理建议", "相关规定", "名称", "简称", "要求"):
        assert not reports_speech(term, f"{term}：{text}")
    for term in ("条例明确", "负责人表示", "通知要求", "他说"):
        assert reports_speech(term, f"{term}：{text}")
