"""Made-up pages of headline shapes a site never seen may print, each read by hand once: the
headline the importer gives and the text's first line under it."""

from __future__ import annotations

import pytest

from reader.document import load_bytes

NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产"
T = "城市公交新线路开通 市民出行更便利"
DATE = "2024-03-05 10:20 来源：江城日报"
P1 = "市民对此表示欢迎，认为这项措施切实解决了出行难的问题，也让老城区的生活更加便利。据了解，今年以来全市共新建改建公交站点一百二十个。"
P2 = "市交通运输局有关负责人介绍，下一步将继续优化线网结构，推动公交与地铁的接驳，力争到年底实现中心城区公交站点全覆盖。"
P3 = "业内专家指出，城市公共交通的发展不仅要看线路数量，更要看服务质量和运行效率，只有不断提升乘客的获得感，才能吸引更多市民绿色出行。"
FOOT = "关于我们 | 联系我们 | 广告服务 | 网站地图"
TEXT = (P1, P2, P3)

PAGES = {  # name: (the page's lines above the text, the headline wanted)
    "the page's <title> with its channel and site, then the headline": (
        (f"{T}_新闻中心_江城网", NAV, T, DATE), T),
    "only the <title> form, channel and site glued": ((NAV, f"{T}_新闻中心_江城网", DATE), T),
    "only the <title> form, the site after a dash": ((NAV, f"{T}-江城网", "2024-03-05 10:20"), T),
    "the headline over its first section's head": (
        (NAV, "当前位置：首页 > 新闻 > 本地", "城市公交新线路开通", DATE, "一、新线路覆盖老城区"), "城市公交新线路开通"),
    "a headline in two lines under the breadcrumb": (
        (NAV, "当前位置：首页 > 新闻 > 本地", "党旗领航奋进路", "乘风破浪开新局", DATE), "党旗领航奋进路 乘风破浪开新局"),
    "a long breadcrumb and the page's fields": (
        (NAV, "您现在的位置：江城网首页 > 新闻中心 > 本地新闻 > 民生 > 交通出行 > 公交地铁 > 正文", T,
         "发布时间：2024-03-05 10:20 来源：江城日报 作者：王五", "字号：大 中 小"), T),
    "a column label in 【】 before the headline": ((NAV, "【聚焦两会】城市公交新线路开通", DATE), "【聚焦两会】城市公交新线路开通"),
    "a law's name in 《》": ((NAV, "《江城市公共交通条例》", DATE), "《江城市公共交通条例》"),
    "titles in 《》 inside the headline": (
        (NAV, "《求是》杂志发表重要文章《推动城市公共交通高质量发展》", "2024-03-05 10:20 来源：求是网"),
        "《求是》杂志发表重要文章《推动城市公共交通高质量发展》"),
    "a four-character headline": ((NAV, "回家过年", "2024-03-05 10:20 作者：王五"), "回家过年"),
    "a photo mark after the headline": ((NAV, "13岁女孩辍学后生下女婴（附图）", DATE), "13岁女孩辍学后生下女婴（附图）"),
    "a WeChat post under its account's name": (
        ("江城发布", "城市公交新线路开通，你坐过了吗？", "原创 王五 江城发布 2024-03-05 10:20 发表于湖北"),
        "城市公交新线路开通，你坐过了吗？"),
    "a Hong Kong paper's headline of two parts": (
        ("新聞 | 港聞 | 國際 | 財經 | 體育 | 娛樂", "宏福苑火災｜封窗與外隔絕 七旬翁獲妻提醒逃生", "2024年3月5日 星期二 10:20"),
        "宏福苑火災｜封窗與外隔絕 七旬翁獲妻提醒逃生"),
    "a product's Latin name": ((NAV, "iPhone 16 Pro 体验报告", "2024-03-05 10:20 作者：王五"), "iPhone 16 Pro 体验报告"),
    "a box of recommended stories right above": (
        (NAV, "热门推荐", "全市中小学开展春季研学活动", "城东湿地公园迎来首批候鸟", T, DATE), T),
    "a reporter's line and no date": ((NAV, T, "江城日报记者 王五"), T),
    "a topic label above, the government site's fields under": (
        (NAV, "专题：城市交通", T, "发布时间：2024年03月05日 浏览次数：1234", "【字体：大 中 小】"), T),
    "the headline printed again under its date": ((NAV, T, DATE, T), T),
    "the breadcrumb naming the headline": ((NAV, f"首页 > 新闻 > 本地 > {T}", T, DATE), T),
    "a notice under its form's fields": (
        (NAV, "索引号：11420100/2024-00123", "发布机构：江城市交通运输局", "发文日期：2024年03月05日",
         "江城市交通运输局关于开通城市公交新线路的通告"), "江城市交通运输局关于开通城市公交新线路的通告"),
    "a market report with figures": (
        (NAV, "财经频道", "A股三大指数集体收涨 沪指涨0.35%", "2024-03-05 15:05 来源：江城财经"), "A股三大指数集体收涨 沪指涨0.35%"),
    "a quoted phrase opening the headline": ((NAV, "“公交优先”让城市更宜居", DATE), "“公交优先”让城市更宜居"),
    "a clean text file": ((T,), T),
    "the site's web address alone over the menu": (("jcnews.net", NAV, T, DATE), T),
    "the site's name and web address under the headline": (
        (NAV, T, "江城市政府门户网站 www.jiangcheng.gov.cn", "2024-03-05 10:20"), T),
    "the web address under the headline, not its second half": (
        ("当前位置： 首页｜新闻｜本地", T, "www.jiangcheng.gov.cn", DATE), T),
    "an advertisement's label over the headline": ((NAV, "Advertisement", T, DATE), T),
    "the scraper's record of the page's address and title first": (
        (f"Source: https://www.jiangcheng.gov.cn/news/2024/0305.htm | Time: 1020 | Title: {T}",
         "跳至主要内容", "| 字型大小： | 网页指南", T), T),
    "the site's address printed under the headline": (
        (NAV, "汽车 >> 车坛动态 >> 业界新闻", "新闻排行榜", T, "http://www.jiangcheng.cn/", "2024-03-05 10:20:17"), T),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_and_the_texts_first_line(name: str) -> None:
    above, title = PAGES[name]
    d = load_bytes("\n".join((*above, *TEXT, FOOT)).encode("utf-8"), "a.txt", "text")
    assert " ".join(filter(None, (d.title, d.subtitle))) == title
    assert d.text.split("\n")[1] == P1


def test_a_dash_subtitle_under_the_headline() -> None:
    d = load_bytes("\n".join((NAV, "城市公交新线路开通", "——老城区居民出行更便利", DATE, *TEXT)).encode("utf-8"),
                   "a.txt", "text")
    assert (d.title, d.subtitle) == ("城市公交新线路开通", "老城区居民出行更便利")
