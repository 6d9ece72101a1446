"""A paragraph that reports what someone said or a rule laid down (条例明确：…, 负责人表示：…): its
words before the colon are a sentence's subject and verb, not a list's term."""

from __future__ import annotations

from reader.document import rx

# 条例明确, 通知要求, 某某负责人表示, 他说: who or what, then the verb that opens the report.
_REPORTING = rx.compile(
    r"(?:表示|指出|明确|强调|要求|规定|提出|认为|介绍|透露|坦言|称|说|写道|回应|提到|显示|发现|建议|呼吁|告诉记者|解释)$"
)
# 基本要求, 功能介绍, 相关规定, 名称, 简称, 小说: the verb ends a noun, a list's term, no report.
_NOUN_BEFORE = rx.compile(r"(?:基本|主要|具体|相关|有关|其他|其它|总体|特别|技术|功能|处理|工作|操作|使用|安全|[名简小俗别又统昵])$")
_REPORT_MIN = 40  # characters: a report runs on as a paragraph; 说明：… short is a list's item


def reports_speech(term: str, line: str) -> bool:
    """Does line, opening with term and its colon, report what was said (a paragraph of text)?"""
    verb = _REPORTING.search(term) if len(line) > _REPORT_MIN else None
    return verb is not None and verb.start() > 0 and _NOUN_BEFORE.search(term[: verb.start()]) is None
