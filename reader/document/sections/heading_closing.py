"""An article's summing-up and its references named alone on a line (总结, 小结, 参考, References):
back matter at the top, like 结语 and 参考文献, whatever numbered or nested sections came before."""

from __future__ import annotations

import re

from reader.document import rx

# The whole line, a colon maybe after it: 总结一下，… or 参考某某的做法 goes on as a sentence.
_CLOSING_NAME = rx.compile(
    r"(?:总结|小结|结论|写在最后|总结(?:与|和|及)(?:展望|思考|反思|下一步(?:工作|计划)?)"
    r"|参考(?:链接|文档|资源|资料和链接)?|延伸阅读资料|References?|Summary"
    r"|(?:旅行|出行|旅游|实用|温馨)?小?贴士|温馨提示|Tips)\s*[：:]?",  # 旅行小贴士 after 第一站…第三站
    re.IGNORECASE,
)


def names_closing(line: str) -> bool:
    """Is the line the name of the article's summing-up or its references, and nothing else?"""
    return _CLOSING_NAME.fullmatch(line.strip()) is not None
