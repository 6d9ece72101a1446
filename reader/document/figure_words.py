"""The words the key figures' subjects are read with: verbs and particles between a subject and
its figure, scope and time words before it, what a noun ends with, and so on (no dictionary of
the articles' own words: these are Chinese grammar's closed classes and a few common verbs)."""

from __future__ import annotations

import re

T2S = str.maketrans("約為達從會將與對於個這們後過還進實現長總計數點億萬較變無區縣鎮鄉國門將該離覺業時間來",
                     "约为达从会将与对于个这们后过还进实现长总计数点亿万较变无区县镇乡国门将该离觉业时间来")
# Verbs, adverbs and particles between a subject and its figure, peeled off the end.
TAIL_WORDS = (
    "实现", "达到", "达", "为", "是", "约为", "约", "大约", "约有", "共计", "共", "累计", "超过",
    "突破", "近", "高达", "总计", "合计", "有", "已有", "新增", "分别", "依次", "增长", "增加",
    "下降", "减少", "提高", "提升", "降低", "上涨", "下跌", "上升", "回落", "蒸发", "缩水", "跌",
    "涨", "同比", "环比", "比上年", "比去年", "同期", "较上年", "仅", "仅仅", "只有", "只要", "已",
    "已经", "了", "的", "在", "计", "占", "至", "到", "逾", "多达", "预计", "将", "可能", "目前",
    "剩下", "调整", "下调", "上调", "削减", "减为", "增至", "扩至", "由", "从", "不到", "不足",
    "不超过", "低于", "高于", "只", "就", "还", "也", "都", "再", "各", "均", "用", "完成", "投入",
    "长达", "以上", "超", "又", "更", "则", "全部", "变为", "变成", "暴升", "飙升", "激增", "猛增",
    "骤降", "暴跌", "升", "降", "迅速", "快速", "大幅", "稳步", "持续", "直接", "依然", "仍然", "仍",
    "顶多", "最多", "至少", "一共", "总共", "减", "增", "扩", "花了", "是", "估计", "全面", "积极",
    "大力", "进一步", "不断", "逐步", "有效", "显著", "明显", "一度", "涨到", "冲到",
)
TAIL_BY_LAST = {c: tuple(w for w in TAIL_WORDS if w[-1] == c) for c in {w[-1] for w in TAIL_WORDS}}
CHANGE = re.compile(r"增长|增加|下降|减少|提高|提升|降低|上涨|下跌|上升|回落|蒸发|缩水|调整(?![为至到])")
RISE_OR_FALL = re.compile(f"{CHANGE.pattern}|升|降|涨|跌|至|到")
CHANGE_END = re.compile(f"(?:{CHANGE.pattern})$")
MEASURE = re.compile(
    r"实现|达|为|是|有|计|超|突破|新增|增|减|降|升|涨|跌|占|逾|剩下|调整|下调|上调|削减|扩至|变|"
    r"不到|不足|低于|高于|投入|完成|损失|花了|只要|蒸发|缩水|提高|提升|回落"
)
# Scope and time words before a subject, and demonstratives: 去年全市|民营经济增加值.
LEAD = re.compile(
    r"(?:其中|目前|此外|同时|另外|去年|今年|前年|明年|上半年|下半年|全年|当年|近年来|近三年来|如今|"
    r"截至[^，]{0,12}?[底末]|\d{1,4}年(?:前|后|底|末|初)?|\d{1,2}月[初中底末份]?|\d{1,2}日|"
    r"全市|全省|全国|全区|全县|我市|我省|我国|本市|本省|共有|共|累计|连续|而|并|且|但|"
    r"这些|这个|那些|上述|尽管|虽然|即使|但是|因为|由于|后来|一个|一种|一项|一天|每天|每年|一年|光是|仅是|只是|"
    r"对(?!于|外|比)|在(?!建|校)|将(?!近)|为(?!了)|以及|及|和|与)+"
)
# Modal words inside a subject are dropped: 证金公司将增资 → 证金公司增资.
MODAL = re.compile(r"可能|预计|计划|已经|正在|将(?!近|军|来)|(?<![成造])就(?!业|是|医|读|诊|餐|近)|"
                    r"依然|仍然|(?<![归])还(?!款|贷)|(?<![首成])都(?!市|会)")
# A clause opens after these: the subject starts after the last one.
OPENER = re.compile(r"如果|把(?!握|关)|被(?!告|子)|(?<![转])让|使(?!用|命|馆)|了(?!解)")
# A prepositional phrase after a subject: the subject ends before it (上证指数|在短时间内…).
PREPOSITION = re.compile(r"(?<![存现所正实自内外好])在(?![校建])|对(?![于外比象手应话])|从(?![价业事而来小未中前])|由(?!于)|较|"
                          r"(?<![占对类])比(?![例重率较赛])|按照|依照|根据|(?<![以至属])于")
BAD_START = re.compile(r"(?:[快慢高低多少大小超优]于|增加|增长|减少|下降|提高|提升|降低|判|[的了在是为与和及并或对把被从到由以于也都就还又而向给让"
                        r"使比将来约共近有其该这那每此个多余距离已仅]|可能|实现|达到|超过)")
BAD_END = re.compile(r"(?:[的了在是为与和及并或对把被从到由以于也都就还又而向给让使将来约共近有至等里前"
                      r"用不各中仅已内这那后上下高低多少快慢]|(?<!占)比|可能|实现|达到|超过|分别|低于|高于)$")
PRONOUN = re.compile(r"[我你他她它们]")
SCOPE_ONLY = re.compile(r".?[国省市区县州镇乡村]|.{1,3}[国省市县州]")  # 全市, 广州市: where, not what
NOT_SUBJECT = re.compile(r"[0-9０-９%％.．…]")
# What a subject met without a verb (社会组织5994家, 规划岸线1600米) ends with: a noun's last character.
NOUN_END = frozenset("率值额量数费金款价资税润员人者户家企业司局厂商店校院所站港场馆区村镇乡街路线"
                      "长宽高深厚重距积度幅比例点位级类种项目品物车机船房屋楼宇地田林水电气油粮货能力模面"
                      "体部门构织会团队组党证卡票网台码格标准期龄命客民工生师众士兵城州岛湾河湖山园室库桥"
                      "道径盘板股指值位额率头口量次社委厅处院科系班队心主手农友童女男子孙儿族群具器械料材"
                      "药菜肉茶酒园带圈链屏券币息段届案例题源效果绩分层型式吧存")
AFTER_STOP = re.compile(
    r"实现|建立|成立|开展|进行|达到|共有|负责|用于|发挥|已|将|和|与|及|以及|是|到|在|为|被|等|都|也|就|"
    r"还|又|了|里|后|前|之|各|分别|从|由|向|给|让|使|把|对|于|占|全部|已经|可|不|没|未|能|会|要|需|"
    r"应|须|便|即|则|却|再|仍|曾|相继|发生|出现|开始|继续|决定|计划|估算|计算|统计|显示|表示|认为|"
    r"拿|来|去|加上|出国|提供|成为|进入|参加|参与|获得|完成|实施|实行|顺利|停办|撤销|办学|发展|享受|开设|"
    r"举办|举行|建设|创建|推进|推动|加强|取得|支持|带来|捧场|相对|相继|身份|被评|共同|全面|正式|"
    r"[A-Za-z0-9０-９]"
)
# …and a verb's or an adverb's, which no subject ends with (学校停办初中, 老城区实施).
VERB_END = frozenset("施利初相展受办销停行做进到现成立升降减增开关为是有在给让使要会可应得着过完去来看说认称指"
                      "显提放送带拿买卖改造推实举参获取支持捧守估计将已就还也都又再很最更较住掉出")
# …and an attribute's last character: such a subject wins over the noun after 的 (建筑面积约6万平方米的航站楼).
ATTRIBUTE_END = frozenset("率值额量数费金款价积长宽高深厚重度幅距径龄限力失损盈益资")
# Before a count these say "about", not "measures": 订阅超过3000家媒体.
APPROXIMATE = re.compile(r"超过|多达|将近|近|大约|约|逾|不到|不足|高达|仅|只有|了|已经|已|就|还|共")
PLACES = frozenset("地国省市区县")
# Nouns that say how a figure is put, not what it measures: 104%至108%的水平.
GENERIC = frozenset({"水平", "情况", "情况下", "高位", "低位", "标准", "程度", "时候", "地步", "局面",
                      "态势", "记录", "高点", "低点", "历史高点", "幅度", "速度", "比例", "数字"})
