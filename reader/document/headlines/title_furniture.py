"""Lines shaped like a headline that never are one, whatever the model weighs: a photo's caption,
the reporters' credit, a share, listen or support button, a record's or an infobox's field, a
contents box's label, a post's collection line. Each is page furniture on any site."""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.dateline import REPORTERS, is_dateline_line, is_outlet_name
from reader.document.headlines.headline_shape import is_dash_line, title_like
from reader.document.headlines.title_gap import is_player
from reader.document.scraped.captions import is_photo_caption
from reader.document.scraped.font_switcher import is_font_switch
from reader.document.scraped.patterns import ends_sentence, numbered_style

# 用LINE傳送, 分享到微博, 轉寄給朋友, 支持我們, 成为会员: buttons (the player: title_gap.is_player).
_BUTTON = rx.compile(
    r"^(?:(?:用|以|透过|透過)?(?:LINE|Line|微信|微博|脸书|臉書|Facebook|WhatsApp|Telegram|QQ|电邮|電郵|Email)"
    r"\s*(?:分享|传送|傳送|转发|轉發|转寄|轉寄)"
    r"|(?:分享|传送|傳送|转发|轉發|转寄|轉寄)(?:到|至|给|給)[：:]?(?:朋友圈?|好友|微信|微博|脸书|臉書|Facebook|LINE|Line|QQ空间|QQ|Twitter)?$"
    r"|(?:支持|支援|赞助|贊助|捐助|捐款|订阅|訂閱|加入|成为|成為)(?:我们|我們|本站|本刊|本网|本網|会员|會員)(?:吧|一下|！|!)?$)"
)
_BUTTON_MAX = 16  # characters: 用LINE傳送, 支持我們 and no longer
# Facebook x.com 共享 LinkedIn 电子邮件: a share bar's networks, named on one line.
_SHARE_WORDS = frozenset({
    "facebook", "x", "x.com", "twitter", "linkedin", "line", "whatsapp", "telegram", "reddit", "threads",
    "plurk", "weibo", "wechat", "qq", "email", "e-mail", "电子邮件", "電子郵件", "邮件", "郵件", "电邮", "電郵",
    "微信", "微博", "新浪微博", "qq空间", "qq空間", "豆瓣", "脸书", "臉書", "共享", "分享", "打印", "列印",
    "复制链接", "複製連結", "复制", "複製", "链接", "連結", "朋友圈",
})
# 本文内容, 文章目录, 目錄: the label of a contents box over the text.
_CONTENTS_LABEL = rx.compile(r"^(?:本文内容|本文內容|本文目录|本文目錄|文章目录|文章目錄|目录|目錄|内容目录|內容目錄|In this article)$")
# 某某 收录于 阅读, 收录于合集: the collection a post is filed in.
_COLLECTION = rx.compile(r"(?:^|\s)(?:收录于|收錄於)(?:合集|话题|話題|\s*\S{1,12}$)")
# 發文機關 某部 / 類別 公告及送達 / 所属行政区 河北省: a short label, a space, its value.
_FIELD = rx.compile(r"^[\u4e00-\u9fff]{2,6}[ 　]+[^\s\-—–|｜:：A-Za-z][^\s]{0,38}$")
# 来源 某报, 作者 某某, 责任编辑 某某: a headline's credits, set as fields are.
_CREDIT_LABEL = rx.compile(r"^(?:来源|來源|稿源|出处|出處|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|发布|發布|时间|時間|日期)[ 　]")
# 译： 某某, 翻譯：Chen Bin: the translator's credit under a translated post's headline.
_TRANSLATOR = rx.compile(r"(?:译|譯|译者|譯者|翻译|翻譯|编译|編譯)\s*[:：]\s*\S.{0,20}")
# 前言, 写在前面, 开始之前, 开始前的碎碎念: the name of the text's opening part, over its first
# sentence; the post's headline stands higher.
_OPENING_HEAD = rx.compile(
    r"(?:前言|引言|序言|引子|楔子|题记|題記|开篇|開篇|写在前面|寫在前面|写在开头|寫在開頭|写在之前"
    r"|(?:在)?开始(?:之)?前\S{0,6}|(?:在)?開始(?:之)?前\S{0,6})[：:]?"
)
# Advertisements, 广告, 贊助內容: an advertisement slot's label.
_AD_LABEL = rx.compile(r"(?:Advertisements?|ADVERTISEMENT|Sponsored|广告|廣告|推广|推廣|赞助内容|贊助內容)")
_REPORTER_TAIL = ("报道", "報導", "报导", "采写", "採寫")


def not_a_title(lines: list[str], index: int) -> bool:
    """Is line `index` furniture that is never the headline?"""
    line = lines[index].strip()
    return (
        is_photo_caption(line)
        or _reporters(line)
        or _TRANSLATOR.fullmatch(line) is not None
        or _AD_LABEL.fullmatch(line) is not None
        or opens_the_text(lines, index)
        or len(line) <= _BUTTON_MAX and _BUTTON.match(line) is not None
        or is_player(line)  # 语音播报文章，释放双眼: the player reading it aloud
        or is_font_switch(line)  # 最小字型 預設 最大字型
        or _share_bar(line)
        or _CONTENTS_LABEL.match(line) is not None
        or _COLLECTION.search(line) is not None
        or _field_run(lines, index)
        or _opens_numbered_parts(lines, index)
        or is_dash_line(line)  # ——对某某的分析: the subtitle under the headline
        or _outlet_over_date(lines, index)
    )


def _share_bar(line: str) -> bool:
    """Facebook x.com 共享 LinkedIn 电子邮件: two or more share networks or buttons, nothing else."""
    words = line.replace("|", " ").replace("｜", " ").split()
    return len(words) >= 2 and all(w.lower() in _SHARE_WORDS for w in words)  # noqa: PLR2004


def opens_the_text(lines: list[str], index: int) -> bool:
    """前言 / 开始前的碎碎念 right over a sentence of the text: its opening part's head."""
    return (
        index + 1 < len(lines) and _OPENING_HEAD.fullmatch(lines[index].strip()) is not None
        and ends_sentence(lines[index + 1])
    )


def _reporters(line: str) -> bool:
    """本报实习生 某某 某某, 本报记者 某某 报道: the credit under the headline, names and nothing more."""
    bare = line
    for tail in _REPORTER_TAIL:
        bare = bare.removesuffix(tail)
    return REPORTERS.fullmatch(bare.strip()) is not None


def _field_run(lines: list[str], index: int) -> bool:
    """A field line (a record's or an infobox's label and value) beside another that is neither
    a date, a source nor a writer (标题 / 来源 某报 / 作者 某某 is a headline's top)."""
    return _is_field(lines[index]) and any(
        0 <= k < len(lines) and _is_field(lines[k]) and not is_dateline_line(lines[k])
        and _CREDIT_LABEL.match(lines[k].strip()) is None
        for k in (index - 1, index + 1)
    )


def _is_field(line: str) -> bool:
    line = line.strip()
    return _FIELD.match(line) is not None and not line.startswith(_NAVIGATION)


# 首页 国内, 当前位置 首页: a breadcrumb's words set apart, the site's path, never a record's field.
_NAVIGATION = ("首页", "首頁", "主页", "主頁", "当前位置", "當前位置", "您的位置", "你的位置", "现在位置", "位置")


_PARTS_REACH = 400  # lines under a numbered head where its siblings may stand
# 一、 1. （一） 第一章 01: the numeral one, after 第 or a bracket (page.py's first part).
_FIRST_NUMERAL = rx.compile(r"[第（(]?\s?(?:[0０]?[1１](?!\d)|一(?![一二三四五六七八九十百零〇]))")


def _opens_numbered_parts(lines: list[str], index: int) -> bool:
    """一、引言 with 二、… under it: the text's first part's head, not the article's headline. A
    headline-like line right over it is left to be found (page.py takes 工作方案 over （一）…)."""
    line = lines[index].strip()
    style = numbered_style(line)
    if style is None or not _FIRST_NUMERAL.match(line):
        return False
    over = lines[index - 1] if index else ""
    if title_like(over) and numbered_style(over) is None and not is_dash_line(over):
        return False
    return any(
        numbered_style(lines[k].strip()) == style for k in range(index + 1, min(len(lines), index + _PARTS_REACH))
    )


def _outlet_over_date(lines: list[str], index: int) -> bool:
    """有線新聞 / 2025年12月01日: the outlet's name alone over the date line it belongs to."""
    return index + 1 < len(lines) and is_outlet_name(lines[index].strip()) and is_dateline_line(lines[index + 1])

