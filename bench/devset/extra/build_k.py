"""Part K: news, policy and finance articles of outlets new to the set (RSSHUB-PAGE archive) -> text + labels.

Source: Rock-Candy-Tea/RSSHUB-PAGE, as for build_j_media.py (each feed item's article HTML, as the outlet
published it, in a Hexo post). The repository is too large to mirror (4 GB), so each article's HTML was
copied from the stored version named below into src_k/NAME.html (text unchanged; <img> and <iframe>
elements, image attributes and inline styles left out: they give no rendered line).

Each article is set in a page shell of ours and rendered by ../render.py. Besides build_j_media.py's
portal ("biz"), tech-news ("tech") and blog shells, two new ones: a government portal ("gov": site banner,
breadcrumb 首页 > 政策 > 政策解读, 字号 大 中 小 | 打印本页 | 关闭窗口, an info line 发布时间：… 来源：…,
related-documents box, 主办单位 / 网站标识码 / ICP footer) and a newspaper's e-paper page ("epaper":
paper name and date, 第N版：要闻 with a page list, 上一版 / 下一版, the article, 上一篇 / 下一篇 and the
版面导航 of the other pages' headlines). Shells are spread over the outlets so none dominates.

Labels come from the markup as in build_j_media.py: the title is the post's title; headings are the article's
<h2>-<h6> and bold-only short paragraphs (not captions), levels lifted so the top is 1; the body runs from the
first to the last article paragraph, leaving out credit lines (原文链接, 作者：…, 本文由…发布) and the
outlet's copyright notice, which is the disclaimer; the byline is the author credit; the dateline is the
shell's date line (the post's date in Beijing time). HANDCHECK below fixes what a hand check found wrong.
Usage: python build_k.py            (writes pages/k_*.txt, labels/k_*.json, prints SOURCES rows)
       python build_k.py --show NAME (prints one page's numbered lines and its label)
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from build_h import keep_encodable, marked_render, nz  # noqa: E402
from build_j_media import beijing, heads_of, write_pages  # noqa: E402
from build_j_media import shell as j_shell  # noqa: E402

REPO = "Rock-Candy-Tea/RSSHUB-PAGE"
LICENCE = "none stated in repo; article text (c) the publisher"
P = "source/_posts/"

# name, site, outlet, shell, title, date (GMT), path, commit, encoding, epaper page ("" for other shells)
PAGES: list[tuple[str, str, str, str, str, str, str, str, str, str]] = [
    ("k_cls_1", "cls.cn", "财联社", "biz", "1-10月份全国房地产开发投资增长7.2%", "2021-11-15 02:21",
     P + "金融/财联社/深度/1-10月份全国房地产开发投资增长72%.md", "db4b610ed48f1a134e8533ac6fde50528fe98cc4",
     "utf-8", ""),
    ("k_cls_2", "cls.cn", "财联社", "gov", "109个字，政府工作报告定调2022年楼市！", "2022-03-07 01:13",
     P + "金融/财联社/深度/109个字，政府工作报告定调2022年楼市！.md", "a122ea965b04b29e5779a2b2aab1971012dd3744",
     "utf-8", ""),
    ("k_cls_3", "cls.cn", "财联社", "epaper", "1-2月份全国规模以上工业企业利润同比增长1.79倍", "2021-03-27 01:33",
     P + "金融/财联社/深度/1-2月份全国规模以上工业企业利润同比增长179倍.md",
     "d5bdecf47b7c51caf5542ab69f4cf0376502949b", "gbk", "第A02版：宏观"),
    ("k_niaoge_1", "niaogebiji.com", "鸟哥笔记", "tech", "28部门发文督促企业落实带薪年休假", "2021-03-25 23:46",
     P + "新媒体/鸟哥笔记/今日事/28部门发文督促企业落实带薪年休假.md", "0fe429505fb23bc252fada87d7648d2cb52f9509",
     "utf-8", ""),
    ("k_niaoge_2", "niaogebiji.com", "鸟哥笔记", "biz", "2060年实现碳中和共需投资约136万亿元", "2021-09-05 09:51",
     P + "新媒体/鸟哥笔记/今日事/2060年实现碳中和共需投资约136万亿元.md", "2629162c7861cbf435d60ecb422e6008daaa6ecd",
     "utf-8", ""),
    ("k_socialbeta_1", "socialbeta.com", "SocialBeta", "blog", "B 站为世界读书日上线新功能", "2021-04-26 02:00",
     P + "新媒体/SocialBeta/首页/B 站为世界读书日上线新功能.md", "bbcdf6bff7cf8669b568ab9fd16b0bf5dc709fda",
     "utf-8", ""),
    ("k_socialbeta_2", "socialbeta.com", "SocialBeta", "biz", "2022 年，要成为内容品牌", "2021-12-15 08:48",
     P + "新媒体/SocialBeta/首页/2022 年，要成为内容品牌.md", "ec1f497f32119e7bb5514ac3d2e9466cc6c5d729",
     "utf-8", ""),
    ("k_dtcj_1", "dtcj.com", "DT财经", "blog", "中美体育的差距可能就是一个数字化的NBA", "2019-01-08 09:10",
     P + "金融/DT 财经/数据侠专栏/中美体育的差距可能就是一个数字化的NBA.md",
     "00099febca40a7eef21606892847dea2d367c514", "utf-8", ""),
    ("k_dtcj_2", "dtcj.com", "DT财经", "gov", "AI戒毒：被机器监控的毒品“心瘾”", "2019-01-03 08:06",
     P + "金融/DT 财经/数据侠专栏/AI戒毒：被机器监控的毒品_心瘾_.md", "00099febca40a7eef21606892847dea2d367c514",
     "utf-8", ""),
    ("k_gelonghui_1", "gelonghui.com", "格隆汇", "tech", "13点之后，大金融为什么突然拉升？有什么利好？",
     "2022-03-18 00:00", P + "金融/格隆汇/主题文章/13点之后，大金融为什么突然拉升？有什么利好？.md",
     "4b0479728cbe6b673eebc0ade90056a459d2dea9", "utf-8", ""),
    ("k_stcn_1", "stcn.com", "证券时报网", "epaper", "10月1日起京津冀统一税务行政处罚裁量基准", "2021-09-30 16:33",
     P + "金融/证券时报网/快讯/10月1日起京津冀统一税务行政处罚裁量基准.md",
     "480c229968d32e0638e44c737581f8db43f8278e", "utf-8", "第A003版：要闻"),
    ("k_stcn_2", "stcn.com", "证券时报网", "epaper", "100个重大项目在京开工促进高质量发展", "2021-05-25 16:06",
     P + "金融/证券时报网/快讯/100个重大项目在京开工促进高质量发展.md", "bd89f5e42cffcb49f2729de1cbcd65362aee6a9d",
     "gbk", "第A002版：要闻"),
    ("k_zaker_1", "myzaker.com", "ZAKER", "gov", "10月新规公布！事关你的隐私、住房和出行", "2021-09-30 16:58",
     P + "新媒体/ZAKER/channel/10月新规公布！事关你的隐私、住房和出行.md", "1fcd9a89caf2e80cb4e2fd61ba5d5739e7e570f4",
     "utf-8", ""),
    ("k_zaker_2", "myzaker.com", "ZAKER", "tech", "12 月 31 日前，川渝两地将取消座机通话长途费", "2021-06-30 02:06",
     P + "新媒体/ZAKER/channel/12 月 31 日前，川渝两地将取消座机通话长途费.md",
     "4fb9dd52a07a13c7378fda57174a0dc854b74ecb", "utf-8", ""),
    ("k_cls_4", "cls.cn", "财联社", "epaper", "10家银行理财发起国民养老险公司 推动向养老资产转化", "2021-08-19 05:22",
     P + "金融/财联社/深度/10家银行理财发起国民养老险公司 推动向养老资产转化.md",
     "d88686de39213e179e6802314372a0619c9525ae", "utf-8", "第A05版：金融"),
    ("k_stcn_3", "stcn.com", "证券时报网", "biz", "1-4月浙江出口突破万亿元 外贸增速居东部沿海主要省市首位",
     "2022-05-11 15:06", P + "金融/证券时报网/快讯/1-4月浙江出口突破万亿元 外贸增速居东部沿海主要省市首位.md",
     "24228138c8851fd84c595ba9d99901f9f917a6f9", "utf-8", ""),
    ("k_guancha_1", "guancha.cn", "观察者网", "gov", "2030年前实现碳达峰，国务院印发行动方案", "2021-10-26 17:35",
     P + "新媒体/观察者网/头条/2030年前实现碳达峰，国务院印发行动方案.md", "a5e139eaac3b7b0c5ae091e5b4c754ef80c7a55a",
     "gbk", ""),
    ("k_guancha_2", "guancha.cn", "观察者网", "tech", "2021年我国财政收入突破20万亿元", "2022-01-25 15:32",
     P + "新媒体/观察者网/头条/2021年我国财政收入突破20万亿元.md", "6fc1ffd5f4f75db570ebe062769634a1a63fef81",
     "utf-8", ""),
    ("k_iplaysoft_1", "iplaysoft.com", "异次元软件世界", "blog", "27 年终落幕！微软宣布 IE 浏览器将正式退役！由 Edge 替代",
     "2022-05-24 09:23", P + "新媒体/异次元软件世界/首页/27 年终落幕！微软宣布 IE 浏览器将正式退役！由 Edge 替代.md",
     "3b87072c2e59902f418773d370819790b7b19291", "utf-8", ""),
    ("k_meituan_1", "tech.meituan.com", "美团技术团队", "blog",
     "美团技术年货：1200+页电子书，覆盖前后端、算法、数据、安全、测试、顶会论文", "2022-01-20 00:00",
     P + "博客/美团技术团队/最近更新/美团技术年货：1200+页电子书，覆盖前后端、算法、数据、安全、测试、顶会论文.md",
     "1f792567e91cbd0a6d953e675ffcf5d8e79ee896", "utf-8", ""),
]

# Corrections from the hand check (name -> fields replaced; "drop_heads": head texts that are not heads;
# "levels": head text -> level).
HANDCHECK: dict[str, dict[str, Any]] = {
    # a table's title above its images, bold like the heads: not a head
    "k_cls_2": {"drop_heads": ["表：2016年-2022年政府工作报告关于房地产内容表述"]},
    # the release's own headline, bold but over the 40 characters of the rule, heads its first half as the
    # statistician's reading heads the second; 一、/二、 sit under the reading
    "k_cls_3": {"add_heads": [("2021年1—2月份全国规模以上工业企业利润同比增长1.79倍 两年平均增长31.2%", 1)],
                "levels": {"一、多重因素推动工业利润较快增长": 2, "二、工业企业效益状况改善明显": 2}},
    # 【全国性新规】 / 【地方性新规】 group the bold heads of each rule
    "k_zaker_1": {"levels": {"【全国性新规】": 1, "【地方性新规】": 1}, "others_level": 2},
    # the plan's own title heads its text; its 一、/二、/三、 sit under it, and the （一）/（二） lines that stand
    # alone (plain text in the markup) are heads under those; run-in ones (（一）指导思想。以…) stay paragraphs
    "k_guancha_1": {"add_heads": [("（二）工作原则。", 3), ("（一）能源绿色低碳转型行动。", 3),
                                  ("（二）节能降碳增效行动。", 3)],
                    "levels": {"2030年前碳达峰行动方案": 1}, "others_level": 2},
    # the outlet's promotion links above the article and its two download buttons are not the article
    "k_iplaysoft_1": {"body_first": "近日，微软官方微博 @微软Ed"},
}
# Every page's label was read against its rendered text (title, date line, body edges, byline, disclaimer,
# each head and its level).
HAND_CHECKED = frozenset(spec[0] for spec in PAGES)

_CREDIT = re.compile(r"^(?:原文链接[：:]?|本文作者[：:]|作者[：:]|本文由\s*@|题图来自)")
_AUTHOR = re.compile(r"^(?:本文)?作者[：:]\s*\S+")
_NOTICE = re.compile(r"^©|版权所有|著作权归")
_END = re.compile(r"^(分享至：|分享到：|« 上一篇|【打印本页】|上一篇：)")


def gov_shell(outlet: str, title: str, stamp: str, article: str) -> tuple[str, str]:
    info = f"发布时间：{stamp}　来源：{outlet}"
    top = ("<div>政务服务门户</div><div>首页 | 政务公开 | 政策 | 政务服务 | 互动交流 | 数据</div>"
           "<div>字号：大 中 小 | 打印本页 | 关闭窗口</div><div>当前位置：首页 > 政策 > 政策解读</div>")
    tail = ("<div>【打印本页】【关闭窗口】</div><div><h3>相关文件</h3><ul><li>政策文件库</li>"
            "<li>政策解读专栏</li><li>图解政策</li></ul></div>"
            "<div>主办单位：政务服务门户编辑部 | 网站标识码 0000000001 | 京ICP备05070218号</div>")
    return f"<html><body>{top}<div class='main'><h1>{title}</h1><div class='info'>{info}</div>" \
           f"<div id='article'>{article}</div></div>{tail}</body></html>", info


def epaper_shell(outlet: str, title: str, when: dt.datetime, page: str, article: str) -> tuple[str, str]:
    date = f"{when.year}年{when.month:02d}月{when.day:02d}日"
    info = f"{outlet}　{date}　{page}"
    top = (f"<div>{outlet}数字报</div><div>{date} 星期{'一二三四五六日'[when.weekday()]}</div>"
           f"<div>{page} | 上一版 | 下一版 | 版面导航</div>"
           "<div><ul><li>第A001版：头版</li><li>第A002版：要闻</li><li>第A003版：要闻</li></ul></div>")
    tail = ("<div>上一篇：返回本版　下一篇：返回目录</div><div><h3>本版导航</h3><ul><li>本版其他文章</li>"
            "<li>往期回顾</li></ul></div><div>数字报刊平台 版权所有 | 报社简介 | 联系我们</div>")
    return f"<html><body>{top}<div class='main'><h1>{title}</h1><div class='info'>{info}</div>" \
           f"<div id='article'>{article}</div></div>{tail}</body></html>", info


def shell(spec: tuple[str, ...], article: str) -> tuple[str, str | None]:
    _name, _site, outlet, kind, title, gmt, _path, _commit, _enc, page = spec
    when = beijing(gmt)
    assert when is not None
    if kind == "gov":
        return gov_shell(outlet, title, when.strftime("%Y-%m-%d %H:%M"), article)
    if kind == "epaper":
        return epaper_shell(outlet, title, when, page, article)
    return j_shell(kind, outlet, title, when, article)


def label(spec: tuple[str, ...], lines: list[str], marks: dict[int, int], info: str | None) -> dict[str, Any]:
    name, site, outlet, _kind, title, gmt, path, commit, _enc, _page = spec
    ti = next(i for i, ln in enumerate(lines) if nz(ln) == nz(title))
    start = ti + (2 if info else 1)
    end = next(i for i in range(start, len(lines)) if _END.match(lines[i].strip()))
    body = [i for i in range(start, end) if lines[i].strip()]
    credits = [lines[i].strip() for i in body if _CREDIT.match(lines[i].strip())]
    notices = [lines[i].strip() for i in body if _NOTICE.search(lines[i].strip())]
    body = [i for i in body if not _CREDIT.match(lines[i].strip()) and not _NOTICE.search(lines[i].strip())]
    heads = heads_of(lines, marks, body)
    texts = [lines[i].strip() for i in body if i not in marks]
    authors = [c for c in credits if _AUTHOR.match(c)]
    when = beijing(gmt)
    assert when is not None
    return {
        "file": "", "site": site, "source": f"{REPO} {path} @{commit}", "title": title, "subtitle": None,
        "headings": heads, "byline": authors[0] if authors else None,
        "disclaimer": notices[0] if notices else None,
        "body_first": texts[0][:15], "body_last": texts[-1][:15],
        "dateline": {"text": info, "published": when.strftime("%Y-%m-%d"), "publisher": outlet, "authors": []},
        "confidence": "medium",
        "notes": "generated from the article's HTML markup by build_k.py (headings: h2-h6 and bold-only "
                 "short paragraphs); page shell of ours",
    }


def apply_fix(name: str, text: str, lab: dict[str, Any]) -> None:
    fix = dict(HANDCHECK.get(name, {}))
    drop = fix.pop("drop_heads", [])
    levels = fix.pop("levels", {})
    others = fix.pop("others_level", None)
    heads = [h for h in lab["headings"] if h["text"] not in drop]
    for h in heads:
        h["level"] = levels.get(h["text"], others or h["level"])
    added = [{"text": t, "level": lv, "sub": None} for t, lv in fix.pop("add_heads", [])]
    if added:  # in page order (the head texts added are unique lines of the page)
        order = {ln.strip(): i for i, ln in reversed(list(enumerate(text.splitlines())))}
        heads = sorted(heads + added, key=lambda h: order[h["text"]])
    lab["headings"] = heads
    lab.update(fix)
    if name in HAND_CHECKED:
        lab["confidence"] = "high"
        lab["notes"] += "; hand-checked against the rendered text"


def build_one(spec: tuple[str, ...]) -> tuple[str, str, dict[str, Any]]:
    name, enc = spec[0], spec[8]
    article = (HERE / "src_k" / f"{name[2:]}.html").read_text(encoding="utf-8")
    html, info = shell(spec, article)
    lines, marks = marked_render(html)
    text, dropped = keep_encodable("\n".join(lines) + "\n", enc)
    assert not dropped, (name, dropped)
    lab = label(spec, text.splitlines(), marks, info)
    apply_fix(name, text, lab)
    fname = name + ("_gbk" if enc == "gbk" else "") + ".txt"
    lab["file"] = fname
    return fname, text, lab


def main() -> int:
    return write_pages(PAGES, build_one)


if __name__ == "__main__":
    sys.exit(main())
