"""Page shells of the fresh set: the chrome around an article, modelled on kinds of real sites.

None of them is a shell of the development set (bench/devset/extra/build_h.py, build_i.py,
build_j_media.py, build_k.py): their navigation, info lines, boxes and footers are written anew, so
that the importer meets chrome it was not tuned on. Each shell takes the article's HTML and gives
the page's HTML and its date/source line (the dateline of the label). The article sits in
<div id="article">, which the label builder reads; the headlines of the related boxes are other
articles' titles of the same archive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Article:
    """What a shell needs: the headline, the outlet, the date and time, the body, other headlines."""

    title: str
    outlet: str
    date: str  # YYYY-MM-DD
    time: str  # HH:MM
    body_html: str
    others: tuple[str, ...]


def _items(titles: tuple[str, ...], n: int, fmt: str = "{t}") -> str:
    return "".join(f"<li>{fmt.format(i=i + 1, t=escape(t))}</li>" for i, t in enumerate(titles[:n]))


def wechat(a: Article) -> tuple[str, str]:
    """A WeChat official-account article: the account line above, reading counts and comments below."""
    info = f"原创 {a.outlet} {a.date} {a.time}"
    html = (
        "<html><body><div id='page'>"
        f"<h1 class='rich_media_title'>{escape(a.title)}</h1>"
        f"<div class='meta'>{info}</div>"
        f"<div class='rich_media_content' id='article'>{a.body_html}</div>"
        "<div>预览时标签不可点</div>"
        "<div class='tools'><div>阅读原文</div><div>阅读 10万+</div><div>分享 收藏 赞 在看</div></div>"
        "<div class='comments'><div>写留言</div><div>留言</div>"
        "<ul><li>风起时 说得太好了，转给身边的朋友看看 赞 1024</li>"
        "<li>Lily 期待下一篇 赞 386</li><li>作者 谢谢大家的关注 赞 97</li></ul></div>"
        f"<div class='qr'>微信扫一扫<br>关注该公众号</div><div>继续滑动看下一个</div>"
        f"<div>{a.outlet}</div><div>向上滑动看下一个</div>"
        "</div></body></html>"
    )
    return html, info


def citypaper(a: Article) -> tuple[str, str]:
    """A city newspaper's portal: weather bar, channels, a font-size row, 上一篇/下一篇, hot lists."""
    info = f"{a.date} {a.time}　来源：{a.outlet}"
    html = (
        "<html><body>"
        f"<div class='topbar'>{a.date}　晴 18℃～26℃　设为首页 | 加入收藏 | 手机版 | 数字报</div>"
        f"<div class='logo'>{a.outlet} 负责任的报道</div>"
        "<div class='nav'><a>首页</a> <a>时政</a> <a>社会</a> <a>财经</a> <a>文化</a> <a>评论</a>"
        " <a>图片</a> <a>视频</a></div>"
        "<div class='crumb'>您现在的位置： 首页 &gt; 新闻 &gt; 正文</div>"
        f"<div class='main'><h1>{escape(a.title)}</h1><div class='info'>{info}</div>"
        "<div class='tools'>字号：大 中 小　　打印　　纠错</div>"
        f"<div class='content' id='article'>{a.body_html}</div>"
        "<div class='share'>分享到：微信 微博 QQ空间</div>"
        f"<div class='pn'><p>上一篇：{escape(a.others[0])}</p><p>下一篇：{escape(a.others[1])}</p></div></div>"
        f"<div class='hot'><h3>热点推荐</h3><ul>{_items(a.others[2:], 5)}</ul></div>"
        f"<div class='rank'><h3>24小时排行</h3><ol>{_items(a.others[5:], 5, '{i} {t}')}</ol></div>"
        f"<div class='foot'>违法和不良信息举报电话：010-12345678　举报邮箱：jubao@example.cn<br>"
        f"{a.outlet} 版权所有</div>"
        "</body></html>"
    )
    return html, info


def finance(a: Article) -> tuple[str, str]:
    """A finance portal: market quotes over the page, a summary box, related stories and disclaimers."""
    info = f"{a.date} {a.time}　{a.outlet}"
    html = (
        "<html><body>"
        "<div class='nav'>首页 | 经济 | 金融 | 公司 | 政经 | 观点 | 数据 | 专题</div>"
        "<div class='quotes'><span>上证指数 3021.98 +0.35%</span> <span>深证成指 9512.41 -0.12%</span>"
        " <span>创业板指 1874.06 +0.58%</span> <span>恒生指数 17892.33 +1.02%</span></div>"
        f"<div class='slogan'>{a.outlet}　专业 · 独立 · 深度</div>"
        f"<div class='main'><div class='crumb'>{a.outlet} &gt; 经济 &gt; 正文</div>"
        f"<h1>{escape(a.title)}</h1><div class='info'>{info}</div>"
        "<div class='tool'>字体 A+ A-　分享　收藏</div>"
        f"<div id='article'>{a.body_html}</div>"
        "<div class='notice'>免责声明：本文仅代表作者个人观点，与本网无关，不构成任何投资建议。</div>"
        "<div class='tags'>关键词：经济 观察</div></div>"
        f"<div class='rel'><h3>相关报道</h3><ul>{_items(a.others, 4)}</ul></div>"
        f"<div class='most'><h3>最新文章</h3><ul>{_items(a.others[4:], 4)}</ul></div>"
        "<div class='foot'>关于我们 | 加入我们 | 广告服务 | 联系我们 | 网站地图<br>"
        f"本网站所刊载信息，不代表本网观点。 © {a.outlet}</div>"
        "</body></html>"
    )
    return html, info


def magazine(a: Article) -> tuple[str, str]:
    """A news magazine's site: a channel bar, the issue's columns, a byline-free info line, a tag row."""
    info = f"发布时间：{a.date} {a.time}　{a.outlet}"
    html = (
        "<html><body>"
        f"<header><div>{a.outlet}</div><nav>首页　封面故事　国内　国际　社会　文化　专栏　订阅</nav>"
        "<div>登录 | 注册</div></header>"
        "<main><article>"
        f"<div class='column'>封面故事</div><h1>{escape(a.title)}</h1><div class='info'>{info}</div>"
        f"<div id='article'>{a.body_html}</div>"
        "<div class='like'>点赞 收藏 分享</div></article>"
        f"<aside><h3>本期目录</h3><ul>{_items(a.others, 4)}</ul>"
        f"<h3>编辑推荐</h3><ul>{_items(a.others[4:], 3)}</ul></aside></main>"
        f"<footer>订阅{a.outlet} | 投稿邮箱 | 联系我们<br>Copyright © {a.outlet} 版权所有</footer>"
        "</body></html>"
    )
    return html, info


def gov(a: Article) -> tuple[str, str]:
    """A ministry's portal: the document's data table above the headline, print and close links below."""
    info = f"发布日期：{a.date}　来源：{a.outlet}　浏览次数：1286"
    html = (
        "<html><body>"
        f"<div class='banner'>{a.outlet}</div>"
        "<div class='nav'>首页 机构职能 新闻动态 政务公开 办事服务 互动交流 专题专栏</div>"
        "<div class='crumb'>首页 &gt; 政务公开 &gt; 法规规章</div>"
        "<table class='meta'><tr><td>索引号：</td><td>000014349/2020-00012</td>"
        "<td>主题分类：</td><td>法规规章</td></tr>"
        f"<tr><td>发文机关：</td><td>{a.outlet}</td><td>成文日期：</td><td>{a.date}</td></tr></table>"
        f"<div class='main'><h1>{escape(a.title)}</h1><div class='info'>{info}</div>"
        f"<div id='article'>{a.body_html}</div>"
        "<div class='tools'>【打印本页】　【关闭窗口】</div></div>"
        f"<div class='rel'><div>相关文件</div><ul>{_items(a.others, 3)}</ul></div>"
        "<div class='qr'>扫一扫在手机打开当前页</div>"
        f"<div class='foot'>主办：{a.outlet}　　政府网站标识码 0000000001<br>"
        "京ICP备00000001号-1　　京公网安备 11010200000001号</div>"
        "</body></html>"
    )
    return html, info


def court_tw(a: Article) -> tuple[str, str]:
    """A Taiwanese court's site, in traditional characters: the judgment's data above it, a menu."""
    info = f"判決日期：{a.date}"
    html = (
        "<html><body>"
        "<div class='top'>跳到主要內容區塊　:::　網站導覽　English　RSS</div>"
        f"<div class='logo'>{a.outlet}</div>"
        "<div class='menu'>關於本庭　憲法法庭裁判　大法官解釋　案件進度　新聞稿　常見問答</div>"
        "<div class='crumb'>首頁 &gt; 憲法法庭裁判 &gt; 判決</div>"
        f"<div class='main'><h1>{escape(a.title)}</h1><div class='info'>{info}</div>"
        f"<div id='article'>{a.body_html}</div>"
        "<div class='tools'>列印　回上頁　字級 小 中 大</div></div>"
        f"<div class='rel'><div>相關判決</div><ul>{_items(a.others, 3)}</ul></div>"
        f"<div class='foot'>地址：臺北市中正區重慶南路一段124號　總機：(02)2361-8577<br>"
        "瀏覽人次：1234567　更新日期：2023/01/01</div>"
        "</body></html>"
    )
    return html, info


def lawdb_tw(a: Article) -> tuple[str, str]:
    """Taiwan's law database, in traditional characters: the law's data table, its articles, tools."""
    info = f"修正日期：{a.date}"
    html = (
        "<html><body>"
        "<div class='top'>:::　網站導覽　常見問答　English　手機版</div>"
        f"<div class='logo'>{escape(a.outlet)}</div>"
        "<div class='menu'>最新訊息　法規查詢　法規體系　司法判解　條約協定　兩岸協議</div>"
        "<div class='crumb'>首頁 &gt; 法規查詢 &gt; 所有條文</div>"
        "<div class='tabs'>所有條文　條號查詢　條文檢索　沿革　立法歷程</div>"
        f"<div class='main'><h1>{escape(a.title)}</h1><div class='info'>{info}</div>"
        "<table><tr><td>法規類別：</td><td>行政 ＞ 組織目</td></tr></table>"
        f"<div id='article'>{a.body_html}</div>"
        "<div class='tools'>列印　下載　分享　回頁首</div></div>"
        f"<div class='rel'><div>相關法規</div><ul>{_items(a.others, 3)}</ul></div>"
        "<div class='foot'>本網站由法務部建置維護　最佳瀏覽解析度 1024 x 768</div>"
        "</body></html>"
    )
    return html, info


SHELLS: dict[str, Callable[[Article], tuple[str, str]]] = {
    "wechat": wechat, "citypaper": citypaper, "finance": finance, "magazine": magazine, "gov": gov,
    "court_tw": court_tw, "lawdb_tw": lawdb_tw,
}  # fmt: skip
