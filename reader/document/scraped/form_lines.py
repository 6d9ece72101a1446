"""The lines of an official notice's form and of a page's fields as they bear on the headline:
a gazette notice's title (内政部令：核释…, 外交部公告：公告…), however long, is one; its
document number (台内地字第1030175071号), a field (主旨：…, 本文作者：…, 索引号：…) or a box of
quotes (上证指数 3,888.89 13.63) is none. Lines are read as probes (simplified script)."""

from __future__ import annotations

from reader.document import rx

# 外交部公告：…, 行政院农业委员会公告：…, 内政部令：…: the issuer, the notice's kind, a colon,
# then what it orders — the notice's title, set on one line however long it runs.
_NOTICE_TITLE = rx.compile(
    r"^[\w（）()、]{2,24}?(?:(?:部|会|院|局|署|府|委|厅|行|席)令|公告|通告|布告|公示|函|通知|通报|批复)[：:]\s*\S"
)
NOTICE_TITLE_MAX = 200

# 台内地字第1030175071号, 金管证券字第1030020595号: a notice's number (发文字号), set under or
# beside its title, never the title itself.
_DOCUMENT_NUMBER = rx.compile(r"\w字第\s*[\d○〇零一二三四五六七八九]{4,}\s*[A-Za-z]?\s*号")

# 国发〔2024〕7号, 某政办发[2023]12号, 台内地字第1030175071号: a line holding the number alone,
# under the title of the document it numbers (its citation key: the subtitle, never a heading).
_NUMBER_LINE = rx.compile(
    r"^[^\W\d_]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号$"
    r"|^[^\W\d_]{1,12}字第\s*[\d○〇零一二三四五六七八九]{4,}\s*[A-Za-z]?\s*号$"
)

# 发文字号：国发〔2024〕7号 in a portal's table of the document's data: its citation, kept with its date.
_NUMBER_FIELD = rx.compile(r"^(?:发文字号|文\s*号)\s*[:：\t ]\s*\S.{0,30}号$")  # a table's cells: a colon or a tab


def is_number_field(line: str) -> bool:
    return line[:1] in "发文" and _NUMBER_FIELD.match(line) is not None


# Fields of a notice's form or a page's header: 主旨：…, 依据：…, 本文作者：…, 题图来自：…,
# 索引号：…, 发文机关：… Each names a field and then its value: what the value says is not the headline.
_FIELD_LEAD = rx.compile(
    r"^(?:主\s*旨|依\s*据|说\s*明|公告事项|附\s*件|本文作者|原文作者|作者|题图|头图|封面|图片来源|图片|"
    r"索引号|主题分类|发文机关|发文字号|文号|档号|成文日期|发布机构|发布日期|主题词|类别|"
    r"字号|标签|关键词|关键字|导读|摘要)\s*(?:来自|来源)?\s*[:：]"
)

# 上证指数 3,888.89 13.63, 恒生指数 25858.89 -87.04 (-0.34%): a name and its figures, a box of quotes.
_QUOTE = rx.compile(r"^\S{2,12}(?:\s+[-+]?[\d,]+(?:\.\d+)?%?|\s+[（(][-+]?[\d.]+%[)）]){2,}$")


# A government portal's table of the document's data above its headline: 索引号：… | 主题分类：…
# | 发文机关：…, 成文日期：… 发布日期：… — rows of the table, however long, never its text.
_TABLE_KEY = (
    r"(?:索\s*引\s*号|主题分类|主\s*题\s*词|发文机关|发文字号|发布机构|文\s*号|成文日期|发布日期|生效日期|"
    r"公文种类|体裁分类|组配分类|服务对象|有\s*效\s*性|所属机构|信息名称|信息类别|信息来源|公开方式|公开范围)"
)
_TABLE_ROW = rx.compile(rf"^{_TABLE_KEY}\s*[:：]")
_TABLE_FIELD = rx.compile(rf"(?:^|[\s|｜]){_TABLE_KEY}\s*[:：]")
_TABLE_ROW_FIELDS = 2
_TABLE_FIRST = frozenset("索主发文成生公体组服有所信")  # the keys' first characters: most lines are spared the match


def is_table_row(line: str) -> bool:
    """A row of a portal's table of the document's data: two of its fields or more, no sentence."""
    if line[:1] not in _TABLE_FIRST or _TABLE_ROW.match(line) is None or "。" in line:
        return False
    return len(_TABLE_FIELD.findall(line)) >= _TABLE_ROW_FIELDS


def is_notice_title(line: str) -> bool:
    """内政部令：核释「…」…: an official notice's title, its issuer and kind before the colon."""
    return _NOTICE_TITLE.match(line) is not None and not line.endswith("。")


def is_document_number(line: str) -> bool:
    """国发〔2024〕7号 alone on its line (read as a probe: 號 is 号)."""
    return _NUMBER_LINE.match(line.strip()) is not None


def is_form_line(line: str) -> bool:
    """A notice's number, a field of its form or of the page's header, or a quote: no headline."""
    return bool(_DOCUMENT_NUMBER.search(line) or _FIELD_LEAD.match(line) or _QUOTE.match(line))
