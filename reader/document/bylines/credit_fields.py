"""A credit line of fields (作者：王小五｜2025年4月2日｜阅读约12分钟, 文/王小五 · 2025年4月2日): the
writer's credit is its first field alone, the date dates the article, and the reading time
(阅读约12分钟, 3 分钟读完) is the page's estimate, in neither."""

from __future__ import annotations

from reader.document import rx

# 阅读约12分钟, 阅读 3 分钟, 预计阅读时间：5分钟, 约8分钟读完, after a field's separator or a space.
# 阅读全文约5分钟 too. Spaces are read possessively and a match starts where its run of spaces does
# (?<!\s), so a long run is read once, not once per space and per way of splitting it.
_READING_TIME = rx.compile(
    r"(?:(?<!\s)\s*+[｜|丨·•/／]\s*+|(?<!\s)\s++)(?:(?:预计|全文)?(?:阅读|閱讀)(?:时间|时长|時間|時長|全文)?\s*+[:：]?\s*+"
    r"(?:大约|约|約)?\s*+\d+(?:\.\d+)?\s*+(?:分钟|分鐘|min)|(?:大约|约|約)?\s*+\d+\s*+(?:分钟|分鐘)(?:读完|讀完|阅读|閱讀))\s*$"
)
# The separator before the credit's next field, when that field is a date or a reading time; the
# words between 阅读 and its figure bounded (阅读时长：约 12): \S*? read to the end of the line at each
# separator (72 s on 60k characters of |阅读).
_NEXT_FIELD = rx.compile(
    r"(?<!\s)\s*+[｜|丨·•]\s*+(?=(?:19|20)\d{2}\s*[-/.年]|\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|(?:预计|全文)?(?:阅读|閱讀)\S{0,6}?\s*+(?:约|約)?\s*+\d)"
)


def without_reading_time(line: str) -> str:
    """The line without the reading time closing it (…｜2025年4月2日｜阅读约12分钟 → …｜2025年4月2日)."""
    return _READING_TIME.sub("", line) if ("分" in line or "min" in line) else line


def credit_alone(credit: str) -> str:
    """The credit without the date or reading-time fields set after it (作者：王小五 | 2025-04-02 →
    作者：王小五); a credit of no such fields as it is."""
    found = _NEXT_FIELD.search(credit)
    return credit[: found.start()].strip() if found and found.start() > 0 else credit
