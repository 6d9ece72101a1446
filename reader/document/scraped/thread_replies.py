"""A forum's or a Q&A site's thread: the post (or the answer) is the text, the replies under it
(用户名 #1 3 天前, 2楼, 更多回答) and the forum's 本帖由某某于…发表 are the page's."""

from __future__ import annotations

from reader.document import rx

# 更多回答, 查看全部 56 个回答, 全部回复, 12 条评论: the head of the other answers or of the replies;
# 某某 #1 1 月前, 某某 #2楼, 2楼, 沙发: a reply's head (not 技巧 #2, a tip's: a reply says when or 楼);
# 本贴由某某于2005年8月12日…发表: the post's foot.
_REPLIES = rx.compile(
    r"(?:更多回答|其他回答|全部回复|全部回帖|全部评论|\d+\s*(?:条|个)(?:回复|回帖|回答))$"
    r"|\S{1,30}\s+#\d{1,4}(?:楼|\s+(?:\d+\s*(?:秒|分钟|小时|天|周|个?月|年)前|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b.*))$"
    r"|#?\d{1,4}\s*楼$|(?:沙发|板凳)$"
    r"|本[贴帖]由\S{1,20}于.{1,40}发表"
)
_REPLY_MAX = 60  # characters: a reply's head or the post's foot, not a sentence of the text
_TEXT_BEFORE = 3  # lines of the post before such a head may stand


def is_reply_head(line: str) -> bool:
    """某某 #1 1 月前, 2楼, 更多回答, 本贴由某某于…发表: where the post ends and its replies begin."""
    return len(line) <= _REPLY_MAX and _REPLIES.match(line) is not None


def before_replies(lines: list[str], start: int, end: int) -> int:
    """The text ends above the first reply's head (or the other answers') under the post."""
    return next((i for i in range(start + _TEXT_BEFORE, end) if is_reply_head(lines[i])), end)
