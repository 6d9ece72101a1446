"""A Taiwanese or Hong Kong paper's headline over its share bar and date line (made-up pages):
the buttons between (分享 / 留言 / 列印 / A- A+, 讚 2) and a desk's line naming its writer
(某某快訊／王小明 2024年…) do not hide the headline."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.headlines.headline_shape import headline_part
from reader.document.headlines.title_gap import is_button, is_player, over_buttons
from reader.document.scraped.patterns import is_chrome

TITLE = "北市公車新路線下月上路　通勤族省時十分鐘"
NAV = ["要聞", "社會", "地方", "兩岸", "國際", "財經", "運動", "娛樂", "生活", "健康"]
LATEST = [
    "最新消息 颱風外圍環流影響　北部山區午後防大雨",
    "最新消息 國道五號連假車流量大　高公局建議避開尖峰",
    f"最新消息 {TITLE}",
    "最新消息 夜市攤商聯合推出集點活動　吸引觀光客",
]
P1 = "臺北市交通局今天宣布，新闢的公車路線將於下月一日起正式營運，串連城東住宅區與捷運轉運站。"
P2 = "交通局表示，新路線平日尖峰時段每十分鐘一班，預估可為通勤族節省十分鐘以上的轉乘時間。"
P3 = "市府也將同步調整周邊站牌位置，並在轉運站增設候車座椅與即時到站資訊看板，方便民眾搭乘。"
CAPTION = "交通局長今天在記者會上說明新路線規劃。（記者王小明攝）"
P4 = "交通局提醒，營運首月搭乘新路線可享半價優惠，歡迎市民多加利用。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


@pytest.mark.parametrize(("buttons", "dateline"), [
    (("分享", "分享", "留言", "列印", "A- A+"), "2024-05-10 15:05 某某報 記者王小明／台北即時報導"),
    (("讚 2", "分享"), "即時快訊／王小明 2024年05月10日 20:19:00"),
])
def test_the_headline_over_a_share_bar_and_its_date_line(buttons: tuple[str, ...], dateline: str) -> None:
    d = doc(*NAV, *LATEST, "焦點", TITLE, *buttons, dateline, CAPTION, P1, P2, P3, P4, "相關新聞", *LATEST[:2])
    assert d.title == TITLE


@pytest.mark.parametrize(("line", "button"), [
    ("列印", True), ("讚 2", True), ("分享", True), ("A- A+", True), ("留言 15", True),
    ("推薦閱讀", False), (TITLE, False), ("台北", False),
])
def test_a_line_of_buttons(line: str, button: bool) -> None:
    assert is_button(line) is button


def test_the_buttons_under_a_headline_do_not_count_toward_its_reach() -> None:
    lines = ["要聞", TITLE, "分享", "留言", "列印", "A- A+", "2024-05-10 15:05"]
    assert over_buttons(lines, 6, 2) == [1, 0]


def test_a_desks_line_naming_its_writer_keeps_its_date() -> None:
    line = "即時快訊／王小明 2024年05月10日 20:19:00"
    assert headline_part(line) == line
    assert headline_part(f"{TITLE} 2024-05-10 15:05") == TITLE


SERIES_TITLE = "城東大火 | 分析住戶資料 屋苑居民老化 長者比例高 年輕家庭較少"


@pytest.mark.parametrize("crumb", ["主頁 最新 城東大火 | 分析住戶資料...", "首頁 > 新聞 > 城東大火 | 分析住戶…"])
def test_a_breadcrumb_ending_in_the_headline_cut_short_names_it(crumb: str) -> None:
    d = doc("最新", "香港", "中國", "國際", "支持我們", "搜索", crumb, SERIES_TITLE, "2025年12月02日", P1, P2, P3, P4)
    assert d.title == SERIES_TITLE


def test_a_line_cut_short_with_no_breadcrumb_before_it_names_nothing() -> None:
    d = doc("最新", "香港", "支持我們", "城東大火 | 分析住戶資料...", "相關新聞", TITLE, "2025年12月02日", P1, P2, P3, P4)
    assert d.title == TITLE


@pytest.mark.parametrize("label", ["Advertisements", "ADVERTISEMENT"])
def test_ad_labels_between_the_paragraphs_are_neither_headline_nor_text(label: str) -> None:
    assert is_chrome(label)
    d = doc(*NAV[:6], TITLE, "小美", "2024-03-24", P1, label, "圖片來源：某某新聞", P2, label, P3, P4, label,
            "編輯精選推薦 More +", *[line.split(" ", 1)[1] for line in LATEST])
    assert d.title == TITLE
    assert d.text.split("\n")[1] == P1


@pytest.mark.parametrize("player", [("播報文章", "語音播報文章，釋放雙眼"), ("聽新聞",), ("收聽本文 00:00",)])
def test_the_player_reading_the_article_aloud_is_no_headline(player: tuple[str, ...]) -> None:
    d = doc(*NAV, "微信", "QQ", "微博", TITLE, *player, "王小明", "關注", "2024-05-08 23:23", "來自台北", P1, P2, P3, P4)
    assert d.title == TITLE


@pytest.mark.parametrize("line", ["朗读者第三季开播", "收听率创下新高", "我们听新闻的习惯变了"])
def test_a_headline_that_names_listening_is_no_player(line: str) -> None:
    assert not is_player(line)
