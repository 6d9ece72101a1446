"""A forum's or a Q&A site's thread: the post is the text, the replies under it are not. Made-up text."""

from __future__ import annotations

import pytest

from reader.document.scraped.thread_replies import is_reply_head
from tests.document.scraped.test_text_rules import PARA, doc

POST = "楼主的这个问题问得好，我来说说自己这几年用这门语言写脚本的体会，欢迎大家一起讨论交流。"
REPLY = "我同意楼上的看法，不过在日常工作里我现在只在刷题的时候才会用到它，平时写得越来越少了。"


def _last(*tail: str) -> str:
    return doc("某某社区", "首页", "话题", "脚本语言的体会", "某某 · 1 月前 · 1350 次阅读", POST, PARA, PARA, *tail).text.split("\n")[-1]


def test_the_first_reply_ends_the_post() -> None:
    assert _last("2 个赞", "网友甲 #1 1 月前", REPLY, "1 个赞", "网友乙 #2 19 天前", REPLY) == PARA


def test_the_other_answers_end_the_answer() -> None:
    assert _last("真诚赞赏，手留余香", "更多回答", "网友甲", "某大学 工学硕士", REPLY, REPLY, REPLY) == PARA


def test_the_forums_posted_by_line_ends_the_post() -> None:
    assert _last("本贴由某某于2005年8月12日16:12:21在〖心灵体操〗发表.", "郑 重 声 明",
                 "1. 任何言论纯属作者个人观点，与本论坛无关；", "2. 任何转载或转贴都应注明真实作者和真实出处；") == PARA


def test_reply_heads() -> None:
    for line in ("网友甲 #1 1 月前", "#2楼", "2楼", "沙发", "更多回答", "12 条回复", "全部回复"):
        assert is_reply_head(line), line
    for line in ("1楼大厅里挤满了等候的市民，工作人员正在维持秩序。", "第 #1 号选手", "他坐在沙发上"):
        assert not is_reply_head(line), line


@pytest.mark.parametrize("line", ["技巧 #2", "Tip #2", "方法 #3"])
def test_a_numbered_tip_is_no_reply(line: str) -> None:
    assert not is_reply_head(line)
