"""What the fresh set takes from each source (see build.py). No site here is in bench/devset.

Terminus2049 posts: for each outlet below (none in the development set), its posts in date order,
at most three, leaving out any post the development set uses; the shell follows the outlet's kind.
Markdown: the first three files (in path order) of one folder of each repository with at least
2000 bytes and three section heads. Judgments: the first four of 111年憲判.
"""

from __future__ import annotations

TERM = "Terminus2049/Terminus2049.github.io"
JUDICIAL = "kong0107/cons.judicial"
JUDICIAL_NUMBERS = (1, 2, 3, 4)
MOJ = "kong0107/mojLawSplitJSON"
# Laws of Taiwan's law database: the first two of index.json (in its order) that are laws (法律)
# amended since 2010, with three or more 編/章/節 heads and 2000-8000 characters of articles.
MOJ_LAWS = ("A0010036", "A0010055")
_P = "_posts/"

# name, path, site, outlet (as the post names it), shell
TERM_POSTS: list[tuple[str, str, str, str, str]] = [
    ("caixin_1", _P + "2018-05-25-zhang-kang-zhi.md", "caixin.com", "财新网", "finance"),
    ("caixin_2", _P + "2018-07-27-zhu-jun.md", "caixin.com", "财新网", "finance"),
    ("caixin_3", _P + "2018-08-02-jiang-xi-bin-zang-gai-ge.md", "caixin.com", "财新网", "finance"),
    ("bjnews_1", _P + "2018-08-15-MeToo-Zhu-Jun.md", "bjnews.com.cn", "新京报", "citypaper"),
    ("bjnews_2", _P + "2018-09-26-fortyyears-fortybooks.md", "bjnews.com.cn", "新京报", "citypaper"),
    ("bjnews_3", _P + "2019-04-12-lizhi-music-token-off.md", "bjnews.com.cn", "新京报", "citypaper"),
    ("zgqs_1", _P + "2018-12-10-2018-hard.md", "mp.weixin.qq.com/智谷趋势", "智谷趋势", "wechat"),
    ("zgqs_2", _P + "2019-02-22-30-years-ago-1989.md", "mp.weixin.qq.com/智谷趋势", "智谷趋势", "wechat"),
    ("zgqs_3", _P + "2020-02-07-li-wen-liang-as-an-ordinary.md", "mp.weixin.qq.com/智谷趋势", "智谷趋势",
     "wechat"),
    ("lifeweek_1", _P + "2018-07-04-Shanghai-shiwai.md", "lifeweek.com.cn", "三联生活周刊", "magazine"),
    ("lifeweek_2", _P + "2018-08-07-er-tong-xing-qin.md", "lifeweek.com.cn", "三联生活周刊", "magazine"),
    ("lifeweek_3", _P + "2018-09-20-Trump.md", "lifeweek.com.cn", "三联生活周刊", "magazine"),
    ("jiemian_1", _P + "2019-12-02-conversation-to-huawei-former-staff.md", "jiemian.com", "界面新闻",
     "magazine"),
    ("jiemian_2", _P + "2020-01-24-shortage.md", "jiemian.com", "界面新闻", "magazine"),
    ("sszhp_1", _P + "2020-01-23-wu-han.md", "mp.weixin.qq.com/事实杂货铺", "事实杂货铺", "wechat"),
    ("sszhp_2", _P + "2020-02-12-HuangJianJun-ItsNotTImeForSelfPraising.md", "mp.weixin.qq.com/事实杂货铺",
     "事实杂货铺", "wechat"),
    ("sszhp_3", _P + "2020-03-07-giving-gov.md", "mp.weixin.qq.com/事实杂货铺", "事实杂货铺", "wechat"),
    ("ngocn_1", _P + "2018-06-15-ngocn-media-as-mediators.md", "ngocn2.org", "NGOCN", "magazine"),
    ("ngocn_2", _P + "2018-06-22-mainland-women-voice-100days.md", "ngocn2.org", "NGOCN", "magazine"),
    ("ngocn_3", _P + "2018-08-10-yuetan.md", "ngocn2.org", "NGOCN", "magazine"),
    ("zsfz_1", _P + "2020-02-09-zhi-shi-fen-zi.md", "mp.weixin.qq.com/知识分子", "知识分子", "wechat"),
    ("zsfz_2", _P + "2020-02-19-zhi-shi-fen-zi.md", "mp.weixin.qq.com/知识分子", "知识分子", "wechat"),
    ("eeobook_1", _P + "2018-10-27-eeobook-xinxueji.md", "mp.weixin.qq.com/经济观察报书评", "经济观察报书评",
     "wechat"),
    ("eeobook_2", _P + "2019-06-20-japan-rename.md", "mp.weixin.qq.com/经济观察报书评", "经济观察报书评", "wechat"),
    ("eeobook_3", _P + "2019-11-20-social-structure.md", "mp.weixin.qq.com/经济观察报书评", "经济观察报书评",
     "wechat"),
    ("slp_1", _P + "2019-08-20-sun-li-ping.md", "mp.weixin.qq.com/孙立平社会观察", "孙立平社会观察", "wechat"),
    ("slp_2", _P + "2019-08-28-African-students-in-China.md", "mp.weixin.qq.com/孙立平社会观察", "孙立平社会观察",
     "wechat"),
    ("slp_3", _P + "2019-11-16-sun-li-ping.md", "mp.weixin.qq.com/孙立平社会观察", "孙立平社会观察", "wechat"),
    ("inewsweek_1", _P + "2020-02-09-regret-of-wuhan-how-china-missed-the-critical-window-for-controlling-"
     "the-2019ncov-outbreak.md", "inewsweek.cn", "中国新闻周刊", "magazine"),
    ("inewsweek_2", _P + "2020-02-14-wuhan-hosiptal.md", "inewsweek.cn", "中国新闻周刊", "magazine"),
    ("ohistory_1", _P + "2018-10-03-ohistory.md", "mp.weixin.qq.com/东方历史评论", "东方历史评论", "wechat"),
    ("ohistory_2", _P + "2019-06-03-ohistory.md", "mp.weixin.qq.com/东方历史评论", "东方历史评论", "wechat"),
    ("cnpolitics_1", _P + "2018-10-10-CNPolitics.md", "cnpolitics.org", "政见CNPolitics", "magazine"),
    ("cnpolitics_2", _P + "2019-02-11-cnpolitics-roderick-macfarquhar.md", "cnpolitics.org", "政见CNPolitics",
     "magazine"),
    ("houchuang_1", _P + "2018-06-13-foshan-rainstorm.md", "mp.weixin.qq.com/后窗工作室", "后窗工作室", "wechat"),
    ("houchuang_2", _P + "2018-08-27-shouguang-floods.md", "mp.weixin.qq.com/后窗工作室", "后窗工作室", "wechat"),
    ("houchuang_3", _P + "2018-11-13-C9-9th-day.md", "mp.weixin.qq.com/后窗工作室", "后窗工作室", "wechat"),
    ("eeo_1", _P + "2020-02-07-li-wenliang.md", "eeo.com.cn", "经济观察报", "finance"),
    ("eeo_2", _P + "2020-02-12-a-70-older-death.md", "eeo.com.cn", "经济观察网", "finance"),
    ("renwu_1", _P + "2019-06-24-finding-deng-shiping.md", "mp.weixin.qq.com/人物", "人物", "wechat"),
    ("renwu_2", _P + "2020-03-10-fa-shao-zi-de-ren.md", "mp.weixin.qq.com/人物", "人物", "wechat"),
    ("tmtpost_1", _P + "2019-05-12-ma-yun.md", "tmtpost.com", "钛媒体", "finance"),
    ("hxxw_1", _P + "2019-12-01-shanghai-jingyunli-No7.md", "chengdu.cn/红星新闻", "红星新闻", "citypaper"),
    ("nytcn_1", _P + "2018-07-12-unirule-institute-closed.md", "cn.nytimes.com", "纽约时报中文网", "magazine"),
    ("ftdlb_1", _P + "2019-04-05-dai.md", "mp.weixin.qq.com/饭统戴老板", "饭统戴老板", "wechat"),
    ("jmcj_1", _P + "2020-01-29-2019nCoV-influence-economy.md", "mp.weixin.qq.com/芥末财经", "芥末财经", "wechat"),
    ("wza_1", _P + "2019-02-02-yimiao-diaobao.md", "mp.weixin.qq.com/王志安", "王志安", "wechat"),
    ("hwmk_1", _P + "2019-06-13-da-tao-gang.md", "mp.weixin.qq.com/海外米筐", "海外米筐", "wechat"),
    ("xqsy_1", _P + "2019-01-08-yikao.md", "mp.weixin.qq.com/星球商业评论", "星球商业评论", "wechat"),
    ("mby_1", _P + "2019-06-21-wang-mang.md", "mp.weixin.qq.com/马伯庸", "马伯庸", "wechat"),
    ("czx_1", _P + "2019-06-15-chen-jie-ren.md", "mp.weixin.qq.com/褚朝新", "褚朝新", "wechat"),
]

# name, path, site, outlet
LAW: list[tuple[str, str, str, str]] = [
    ("gov_mss_1", "部门规章/国家安全部/公民举报危害国家安全行为奖励办法(2022-06-06).md", "国家安全部", "国家安全部"),
]

# name, repository, path
MARKDOWN: list[tuple[str, str, str]] = [
    ("md_csnotes_1", "CyC2018/CS-Notes", "notes/10.1 斐波那契数列.md"),
    ("md_csnotes_2", "CyC2018/CS-Notes", "notes/11. 旋转数组的最小数字.md"),
    ("md_csnotes_3", "CyC2018/CS-Notes", "notes/14. 剪绳子.md"),
    ("md_py100_1", "jackfrued/Python-100-Days", "番外篇/PEP8风格指南.md"),
    ("md_py100_2", "jackfrued/Python-100-Days", "番外篇/Python参考书籍.md"),
    ("md_py100_3", "jackfrued/Python-100-Days", "番外篇/Python容器使用小技巧.md"),
    ("md_labuladong_1", "labuladong/fucking-algorithm", "高频面试系列/LRU算法.md"),
    ("md_labuladong_2", "labuladong/fucking-algorithm", "高频面试系列/k个一组反转链表.md"),
    ("md_labuladong_3", "labuladong/fucking-algorithm", "高频面试系列/一行代码解决的智力题.md"),
    ("md_leetcode_1", "youngyangyang04/leetcode-master", "problems/前序/ACM模式如何构建二叉树.md"),
    ("md_leetcode_2", "youngyangyang04/leetcode-master", "problems/前序/BAT级别技术面试流程和注意事项都在这里了.md"),
    ("md_leetcode_3", "youngyangyang04/leetcode-master", "problems/前序/gitserver.md"),
]
