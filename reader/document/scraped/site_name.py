"""Whose page it is: the site's name, read from the breadcrumb, a name line, the copyright line."""

from __future__ import annotations

from reader.document import rx
from reader.document.headlines.headline_shape import SITE_NAME
from reader.document.scraped.patterns import CHROME_WORDS, breadcrumb_items, ends_sentence


def site_name(
    lines: list[str], shown: list[str], *, top: int, crumb: int | None, end: int, dateline: str | None
) -> str | None:
    """The site: the breadcrumb's root, a name line above the article, the copyright's owner,
    the dateline's 来源 — and only then a name that is one link of a menu (合作网站 over 某某纪念网:
    a link to another site, not this one's name)."""
    if crumb is not None:
        first = breadcrumb_items(lines[crumb])[:1]
        if first and SITE_NAME.match(first[0]) and not _CHANNEL.search(first[0]):
            return breadcrumb_items(shown[crumb])[0]  # 新闻频道 > 正文: a channel's, not the site's
    names = [i for i, line in enumerate(lines[:top]) if SITE_NAME.match(line) and line not in CHROME_WORDS]
    alone = next((i for i in names if not _in_menu(lines, i)), None)
    if alone is not None:
        return shown[alone]
    owner = copyright_owner(lines, shown, end)
    if owner or not names:
        return owner or _logo(lines, shown, top)
    # The story's 来源 may be another outlet's: it stands in only for a menu's link.
    if dateline:
        # Imported here: the date line's fields are read after the first paint (dump, library).
        from reader.document.bylines.dateline_fields import parse_dateline

        return parse_dateline(dateline).publisher or shown[names[0]]
    return shown[names[0]]


_CHANNEL = rx.compile(r"(?:频道|頻道|栏目|欄目)$")
# 某某网首页: the link home under the site's logo names the site.
_HOME_LINK = rx.compile(r"(?!返回|回到|设为|設為|进入|進入|网站|網站|本站)(?P<name>[^\W_][^\s，。：:|｜>＞]{1,11}?)\s*(?:首页|首頁)")
# The page's first links that are no site's name: its script, language and access switches.
_NOT_LOGO = frozenset(["无障碍", "無障礙", "简", "繁", "简体", "繁體", "简体版", "繁體版", "EN", "English", "手机版", "移动版",
                       "设为首页", "加入收藏", "网站导航", "导航", "菜单", "Menu", "欢迎您", "欢迎访问"])
_LOGO_MAX = 12  # characters: a site's name, not a line of text
_LOGO_REACH = 3  # lines: the logo and the link home open the page


def _logo(lines: list[str], shown: list[str], top: int) -> str | None:
    """The site's logo where nothing else names it: 某某网首页 (its link home) among the page's
    first lines, or the page's first line over the menu's 首页 (36氪 over 首页 over 快讯)."""
    for i in range(min(top, _LOGO_REACH)):
        home = _HOME_LINK.fullmatch(lines[i].strip())
        if home and _site_like(home.group("name"), lines):
            return shown[i].strip()[: home.end("name")]
    first = lines[0].strip() if lines else ""
    if top > 1 and lines[1].strip() in ("首页", "首頁") and _menu_item(first) and len(first) <= _LOGO_MAX:
        return shown[0].strip() if _site_like(first, lines) else None
    return None


def _site_like(name: str, lines: list[str]) -> bool:
    """A site's name: shaped as one (某某网, 某某日报), or of three letters or more and named again
    further down the page (36氪 … 关于36氪); never a switch, a tool or a word (我的, 微博, 北京, 晴 25℃)."""
    if name in CHROME_WORDS or name in _NOT_LOGO or len(name) < 2 or name.isdigit() or _TOOL_WORDS.search(name):
        return False
    if SITE_NAME.match(name):
        return True
    return len(name) >= _NAME_AGAIN_MIN and any(name in line for line in lines[_LOGO_REACH:])


_TOOL_WORDS = rx.compile(r"下载|關注|关注|登录|登錄|注册|註冊|订阅|訂閱|投稿|搜索|RSS|APP|App|℃|我的|个人|用户|频道")
_NAME_AGAIN_MIN = 3


_MENU_ITEM_MAX = 16  # characters: 教育, 领导留言板, a hot list's 某地发布新规 headlines
_CLAUSE = rx.compile(r"[，。！？；：,;!?:]")


def _in_menu(lines: list[str], i: int) -> bool:
    """A line between two menu items (short, no clause): one link of a column of links."""
    return 0 < i < len(lines) - 1 and all(_menu_item(lines[k]) for k in (i - 1, i + 1))


def _menu_item(line: str) -> bool:
    return len(line) <= _MENU_ITEM_MAX and not ends_sentence(line) and not _CLAUSE.search(line)


_OWNER = r"((?:[A-Za-z0-9]{1,20})?[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z·（）()]{1,24})"
_YEARS = r"(?:(?:19|20)\d{2}(?:\s*[-—–]\s*(?:19|20)\d{2})?)?"
# (版權所有 地址：台北市…: a field's label after it is no owner)
_OWNER_AFTER = rx.compile(rf"(?:版权所有|版權所有|©|[Cc]opy[Rr]ight)[\s:：©]*{_YEARS}\s*(?:by\s+)?{_OWNER}(?![:：])")
_OWNER_BEFORE = rx.compile(rf"{_OWNER}\s*(?:版权所有|版權所有)")
_NOT_OWNER = rx.compile(r"ICP|备案|備案|许可证|許可證|未经|未經|授权|授權|转载|轉載|不得|禁止|必究|著作权|著作權|版权|版權|作者|本文|本网|本站|非本|所有")
_OWNER_LEAD = rx.compile(r"^.*?(?:由|为|為|归|歸)")  # 本网站由某某网版权所有: the owner is after 由
_OWNER_TAIL = rx.compile(r"(?:[Cc]opy[Rr]ight|[Aa]ll\s*[Rr]ights).*$|(?:股份)?有限(?:责任|責任)?公司$")
_OWNER_MAX = 16
_LINE_MAX = 300  # characters: a copyright line is short; a longer one is a paragraph, not read


def copyright_owner(lines: list[str], shown: list[str], end: int) -> str | None:
    """版权所有：某某网, © 2021 某某, 某某有限公司版权所有 under the article: who owns the site
    (the legal form cut: 某某有限公司 → 某某)."""
    for i in range(end, len(lines)):
        line = lines[i]
        if len(line) > _LINE_MAX:
            continue
        if "版" not in line and "©" not in line and "opyright" not in line.casefold():
            continue  # most lines
        for pattern in (_OWNER_AFTER, _OWNER_BEFORE):  # each mark: 版權所有 翻印必究 Copyright 2024 某某網
            for match in pattern.finditer(line):
                if name := _owner(match.group(1), shown[i][match.start(1) : match.end(1)]):
                    return name
    return None


def _owner(read: str, shown: str) -> str | None:
    lead = _OWNER_LEAD.match(read)
    cut = lead.end() if lead else 0
    read, shown = read[cut:], shown[cut:]
    tail = _OWNER_TAIL.search(read)
    if tail:
        read, shown = read[: tail.start()], shown[: tail.start()]
    if not 2 <= len(read) <= _OWNER_MAX or _NOT_OWNER.search(read):
        return None
    return shown.strip(" ·")
