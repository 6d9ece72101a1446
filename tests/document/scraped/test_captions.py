"""Photo captions known by their credit, in simplified and traditional script (made-up lines)."""

from __future__ import annotations

import pytest

from reader.document.scraped.captions import is_photo_caption
from reader.document.scraped.patterns import is_chrome


@pytest.mark.parametrize(
    "line",
    [
        "某公司董事長在發表會上介紹新產品，現場座無虛席。 圖／某某社",
        "市長出席活動時表示，城市發展應更重視居民需求。（取自某某臉書）",
        "颱風過後，沿海道路一片狼藉。（記者王小明／攝影）",
        "圖：志工在公園清理落葉",
        "學生在校園內參加活動。（圖／某校提供）",
        "這座老橋已有百年歷史。資料照片",
        "圖說：遊客在老街拍照留念",
        "某地举办运动会（新华社记者 王五 摄）",
        "村民在田间收割稻谷。图：某某",
        "展覽現場人潮眾多（圖片來源：某某博物館）",
        "新站的月台工程已大致完成。（某鐵圖片）",
        "市民在海濱長廊散步。（政府新聞處圖片）",
        "新站月台工程已大致完成。（某新社）",
        "某地咖啡豆價格已墜入空頭，但今年來仍累計大漲。路透",  # a wire agency after the last stop
        "兩名主角出席首映禮（右）。美聯社",
        "某院長上午赴議會備詢。記者王小明／攝影",  # the photographer after the last stop
    ],
)
def test_a_caption_is_told_by_its_credit(line: str) -> None:
    assert is_photo_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "昨天去金矿玩 (图)",  # a portal's marks that a story has pictures
        "某某：三大看点 (组图)",
        "一图读懂政府工作报告",
        "图/文 王五",  # the writer's credit
        "图说洛阳| 某学院剪窗花过新年",  # a column named 图说
        "市府公布新地圖：十大景點",
        "市政府提供 免费体检",
        "（圖／某）",  # a credit alone: too short to tell
        "記者引述路透報導，油價今天再跌。",  # the agency inside the sentence
        "路透",
    ],
)
def test_headlines_and_credits_are_no_captions(line: str) -> None:
    assert not is_photo_caption(line)


def test_a_share_network_alone_on_its_line_is_chrome() -> None:
    assert all(is_chrome(w) for w in ("facebook", "Facebook", "Twitter", "LINE", "Plurk"))
