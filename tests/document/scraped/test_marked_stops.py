"""A related-stories box whose head is set between arrows or bullets (made-up pages) ends the
article as the bare head does; a paragraph opening with a bullet does not. A privacy-consent
prompt over the text (請同意…隱私權…) is page furniture, not the text's first line."""

from __future__ import annotations

import pytest

from reader.document import BlockKind, Document, load_bytes
from reader.document.scraped.marked_stops import is_marked_stop

P1 = "市議會昨天通過新年度預算案，其中交通建設經費比去年增加兩成，重點放在公車路網與自行車道。"
P2 = "議員在審議時要求市府加快工程進度，並在每季向議會報告預算執行情形，以免經費閒置。"
P3 = "市府回應，將在下月公布詳細的施工時程，並設置專屬網頁讓市民隨時查詢各項工程的最新進度。"
POLICY = "*本網站有權刪除任何含有人身攻擊、歧視、庸俗或詆毀內容的留言，留言者須為自己的言論負責，請大家理性討論。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def last_paragraph(d: Document) -> str:
    return [d.block_text(b) for b in d.blocks if b.kind is BlockKind.PARAGRAPH][-1]


@pytest.mark.parametrize("head", ["⬇⬇相关新闻⬇⬇", "▼延伸閱讀▼", "►相關新聞", "👉推荐阅读"])
def test_a_box_head_between_marks_ends_the_article(head: str) -> None:
    d = doc("新聞 財經 國際", "市議會通過新年度預算　交通建設經費增兩成", "2024年3月29日", P1, P2, P3,
            head, "高興", "驚訝", "憤怒", "悲傷", POLICY, "最熱新聞", "24小時")
    assert last_paragraph(d) == P3


@pytest.mark.parametrize(("line", "stop"), [
    ("⬇⬇相关新闻⬇⬇", True), ("▼延伸阅读▼", True), ("►相关新闻", True),
    ("相关新闻", False),  # bare: is_hard_stop's own
    ("►相关报道称，市府将加快工程进度。", False), ("★★★", False),
])
def test_a_marked_box_head(line: str, stop: bool) -> None:
    assert is_marked_stop(line) is stop


CONSENT = "請同意我們的隱私權規範，才能啟用聽新聞的功能。"


@pytest.mark.parametrize("prompt", [CONSENT, "请先接受本站的Cookie政策，以便继续阅读。"])
def test_a_privacy_consent_prompt_over_the_text_is_page_furniture(prompt: str) -> None:
    d = doc("首頁 / 政治", "市議會通過新年度預算　交通建設經費增兩成", "2024/3/29 21:20", prompt,
            "圖為議員在議場審議預算。記者某某攝", prompt, f"（某某社記者王小明台北29日電）{P1}", P2, P3, "#預算")
    assert [d.block_text(b) for b in d.blocks if b.kind is BlockKind.PARAGRAPH][0].startswith("（某某社")
