"""A Markdown file's furniture, which is no text of the article: a header image run into the
first paragraph (set apart), a language switcher or a row of links above the first section, and
the previous / next navigation or the author's credits under the last section. What is taken out
is returned as left-out lines (role chrome or byline): nothing in the file is lost."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reader.document import rx
from reader.document.bylines.credit_fields import credit_alone
from reader.document.bylines.credits import is_person_credit, standalone_credit
from reader.document.markdown.html_blocks import HtmlBlock
from reader.document.model import BlockKind

_IMAGES = rx.compile(r"(?:\s*(?:\[Image(?::[^\]\n]*)?\]|［图片(?:：[^］\n]*)?］))+\s*")  # placeholders only
_TAG = rx.compile(r"<[^>]*>")
_LINK = rx.compile(r"<a\b[^>]*>(.*?)</a>", flags=re.DOTALL)
# What may stand between the links of a switcher or a bar: separators, emoji, flags, a lead-in.
_BETWEEN = rx.compile(
    r"(?:[\s|｜/·•∙・,，、.。:：()（）\[\]*_\-—]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]"
    r"|read\s+this\s+in|other\s+languages?|languages?|语言|語言|切换|切換)*",
    flags=re.IGNORECASE,
)
_LANGUAGE = rx.compile(
    r"(?:\W*)(?:english(?:\s+version)?|中文(?:说明|說明|版|文档|文檔)?|简体中文|簡體中文|繁體中文|繁体中文|"
    r"英文(?:版|文档|文檔)?|日本語|日本语|日文|한국어|español|français|deutsch|русский|português|"
    r"italiano|tiếng việt|polski|türkçe|čeština|ελληνικά|العربية|bahasa(?: indonesia)?|"
    r"zh(?:-cn|-tw|-hans|-hant)?|en|ja|ko)(?:\W*)",
    flags=re.IGNORECASE,
)
# 回目录, 上一篇：…, 下一天：…, ← Previous, Next →: a step through a book's chapters.
_NAVIGATION = rx.compile(
    r"\W*(?:(?:回到?目[录錄]|返回(?:目[录錄]|首页|首頁|顶部|頂部)?|目[录錄]|"
    r"[上下前后後]一(?:篇|章|节|節|天|页|頁|讲|講|课|課))(?!\w)|"
    r"(?:previous|next|prev|back\s+to\s+\w+|home)(?:\s*[:：→»›>)]|\s+(?:chapter|page|section|lesson|post)\b|\s*$))",
    flags=re.IGNORECASE,
)  # 目录结构, Next.js, Homebrew: no step
_END_CREDIT = rx.compile(
    r"\W*(?:(?:github|项目|項目|原文|本文|博客|仓库|倉庫)?\s*(?:地址|链接|鏈接|出处|出處)|版权声明|版權聲明|"
    r"转载|轉載|首发于|首發於|本文(?:作者|来源|來源)|来源|來源|许可|許可|license)",
    flags=re.IGNORECASE,
)
# An image as html_blocks shows it, in a link: the author's (rel=…), or its own address (title=…).
_LINKED_IMAGE = rx.compile(r'<a href="([^"]*)"( title=)?[^>]*>\s*(?:\[Image|［图片)')
_PLACEHOLDER = rx.compile(r"\[Image|［图片")
_BADGE = rx.compile(r"shields\.io|badgen?\b|badge\.svg|/badges?/|travis-ci|codecov|circleci|coveralls", re.IGNORECASE)
# {% youtube x %}, {{< figure … >}}, {{% notice %}}: a site generator's tag, no text of the article.
_TEMPLATE_TAGS = rx.compile(r"(?:\s*(?:\{%.*?%\}|\{\{[<%].*?[%>]\}\}))+\s*")
# 目录, **Table of Contents**, 内容导引: the label over a list of the file's own headings.
_TOC_LABEL = rx.compile(r"\W*(?:目\s*[录錄次]|内容导引|內容導引|导航|導航|contents|table\s+of\s+contents|toc)\W*",
                        re.IGNORECASE)
_IN_PAGE_LINK = rx.compile(r'\W*<a href="#[^"]*"[^>]*>.*?</a>\W*', re.DOTALL)
# 欢迎关注我的公众号…, 扫码关注, 欢迎 Star: the author's call to follow, under the text.
_PROMO = rx.compile(r".{0,12}(?:关注|關注|订阅|訂閱|扫码|掃碼|二维码|二維碼|公众号|公眾號|\bstar\b)", re.IGNORECASE)
_CREDIT_MAX = 60  # characters: a longer closing line is text
# 版权声明：欢迎转载，请注明出处 / 免责声明：…: the rights statement, the file's disclaimer.
_RIGHTS = rx.compile(r"\W*(?:版权声明|版權聲明|免责声明|免責聲明)\s*[:：]")


@dataclass
class Furniture:
    """What the file's furniture leaves: lines left out (index, text, role) and a closing byline."""

    left_out: list[tuple[int, str, str]]
    byline: str | None = None
    rights: str | None = None  # a closing 版权声明：… line: the disclaimer


def split_lead_images(blocks: list[HtmlBlock]) -> None:
    """A paragraph that opens with an image on a line of its own (a header image, then the
    text on the next line): the image set apart as a block of its own, as a figure is."""
    out: list[HtmlBlock] = []
    for b in blocks:
        head, nl, rest = b.html.partition("\n") if b.image_chars and b.kind is BlockKind.PARAGRAPH else ("", "", "")
        if not nl or not rest.strip() or not _IMAGES.fullmatch(_TAG.sub("", head)):
            out.append(b)
            continue
        image = HtmlBlock(b.tag, b.kind, quote=b.quote, rule_before=b.rule_before)
        image.text = image.html = _TAG.sub("", head).strip()
        image.image_chars = len(image.text.replace(" ", ""))
        text = HtmlBlock(b.tag, b.kind, quote=b.quote)
        text.html, text.text = rest.strip(), " ".join(_TAG.sub("", rest).split())
        out += [image, text]
    blocks[:] = out


def _only_links(b: HtmlBlock) -> list[str]:
    """The link texts of a block made of links and separators alone (else none)."""
    links = [_TAG.sub("", m) for m in _LINK.findall(b.html)]
    rest = _TAG.sub("", _LINK.sub("", b.html))
    return links if links and _BETWEEN.fullmatch(rest) else []


def _is_switcher(b: HtmlBlock) -> bool:
    links = _only_links(b)
    return bool(links) and all(_LANGUAGE.fullmatch(t) for t in links)


def _is_badge_row(b: HtmlBlock) -> bool:
    """Two or more images, each a link or a badge service's picture (shields.io…): build, licence
    and version badges, furniture; a lone banner or a screenshot is kept."""
    linked = _LINKED_IMAGE.findall(b.html)
    count = len(_PLACEHOLDER.findall(b.html))
    return b.image_only and count >= 2 and len(linked) == count and all(  # noqa: PLR2004
        not own or _BADGE.search(address) for address, own in linked)


def _is_link_bar(b: HtmlBlock) -> bool:
    return len(_only_links(b)) >= 3  # noqa: PLR2004  # Blog • Repo • Twitter: a row, not a link


def lead_furniture(blocks: list[HtmlBlock]) -> list[tuple[int, str, str]]:
    """Language switchers, rows of links and badges above the first section heading, a site
    generator's tags, and a list of links to the file's own headings (the window has Contents)
    with its label: taken out."""
    out: list[tuple[int, str, str]] = []
    contents = _contents(blocks)
    top = True
    keep: list[HtmlBlock] = []
    for i, b in enumerate(blocks):
        top = top and b.kind is not BlockKind.HEADING
        lead = top and b.kind is BlockKind.PARAGRAPH and (_is_switcher(b) or _is_link_bar(b) or _is_badge_row(b))
        tag = b.kind is BlockKind.PARAGRAPH and b.text[:1] == "{" and bool(_TEMPLATE_TAGS.fullmatch(b.text))
        if lead or tag or i in contents:
            out.append((i, b.text, "chrome"))
        else:
            keep.append(b)
    blocks[:] = keep
    return out


def _contents(blocks: list[HtmlBlock]) -> set[int]:
    """The items of each list of two or more links to the file's own headings above the first
    section or under a 目录 label, and such a label when it is a paragraph (a heading stays)."""
    found: set[int] = set()
    top, i = True, 0
    while i < len(blocks):
        top = top and blocks[i].kind is not BlockKind.HEADING
        j = i
        while j < len(blocks) and blocks[j].kind is BlockKind.LIST_ITEM and _IN_PAGE_LINK.fullmatch(blocks[j].html):
            j += 1
        above = blocks[i - 1] if i else None
        labelled = above is not None and bool(_TOC_LABEL.fullmatch(above.text))
        if j - i >= 2 and (top or labelled):  # noqa: PLR2004
            found.update(range(i, j))
            if labelled and above is not None and above.kind is BlockKind.PARAGRAPH:
                found.add(i - 1)
        i = max(j, i + 1)
    return found


def end_furniture(blocks: list[HtmlBlock]) -> Furniture:
    """Under the last section: a previous / next navigation list, and short credit lines under
    a rule (作者：…, 原文地址：…, 版权声明：…): taken out, the author's credit as the byline."""
    found = Furniture([])
    end = len(blocks)
    while end and _is_navigation(blocks[end - 1]):
        end -= 1
    start = end
    while start and _is_end_credit(blocks[start - 1]):
        start -= 1
    if start == end or not blocks[start].rule_before or all(b.image_only for b in blocks[start:end]):
        start = end  # credits stand under a rule; without one (or with only images) they are the text's
    for i in range(start, len(blocks)):
        b = blocks[i]
        credit = standalone_credit(b.text.strip()) if i < end else None
        if credit is not None and found.byline is None and is_person_credit(credit_alone(credit)):
            found.byline = credit_alone(credit)
            found.left_out.append((i, b.text, "byline"))
        elif i < end and found.rights is None and _RIGHTS.match(b.text):
            found.rights = b.text.strip()
            found.left_out.append((i, b.text, "disclaimer"))
        else:
            found.left_out.append((i, b.text, "chrome"))
    del blocks[start:]
    return found


def _is_navigation(b: HtmlBlock) -> bool:
    links = _only_links(b)
    return len(links) == 1 and b.kind is BlockKind.LIST_ITEM and bool(_NAVIGATION.match(links[0]))


def _is_end_credit(b: HtmlBlock) -> bool:
    text = b.text.strip()
    if b.image_only or (b.kind is BlockKind.QUOTE and len(text) <= _CREDIT_MAX and _PROMO.match(text)):
        return True  # a QR code, a quoted call to follow: under a rule with the credits
    if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not text or len(text) > _CREDIT_MAX:
        return False
    credit = standalone_credit(text)
    return bool(_END_CREDIT.match(text) or _PROMO.match(text)) or (credit is not None and is_person_credit(credit_alone(credit)))


def repeated_title(blocks: list[HtmlBlock], title: str | None, words: Callable[[str], str]) -> list[tuple[int, str, str]]:
    """The title set again as the first heading (# 工具箱 then ## 工具箱): the title's, not a section."""
    first = next((i for i, b in enumerate(blocks) if not b.image_only), None)
    if title is None or first is None or blocks[first].kind is not BlockKind.HEADING:
        return []
    if words(blocks[first].text) != title:
        return []
    return [(first, blocks.pop(first).text, "chrome")]
