"""The words the key figures' subjects are read with: verbs and particles between a subject and
its figure, scope and time words before it, what a noun ends with, and so on (no dictionary of
the articles' own words: these are Chinese grammar's closed classes and a few common verbs)."""

from __future__ import annotations

from reader.document import rx

# Traditional characters read as simplified, one for one (offsets unchanged), so that a Taiwan or
# Hong Kong page's subjects (給付金額, 硬幣) are read by the same rules: the words below and the
# last characters of nouns; not 係 (the Cantonese copula, 是, not 系).
T2S = str.maketrans("內約為達從會將與對於個這們後過還進實現長總計數點億萬較變無區縣鎮鄉國門該離覺業時間來別並當"
                    "裡戶員師機電車軍產價錢設備劃預經濟資統況說話讓應閱讀評論關開東樂農參網負責執織職權類級處輛動務傭"
                    "額幣積給淨債銷貨稅費潤館廠場線寬種質樓氣糧麵體構團隊組黨證臺碼標準齡眾島灣園庫橋盤頭廳兒號節單書圖劇詞語環塊葉樹魚蝦櫃燈"
                    "牆磚熱風週鐘歲銀鈔廈鋪礦婦侶貼壽損險虧匯營領運輸醫學專優購買賣貸儲徵繳兌換轉際舉補獎勵罰餘條裝減漲錄發佔項傳報導莊廣蘭歐"
                    "亞紐倫韓飛艦衛護藥療檢測驗狀貿穩漁鹽畝噸編鎊圓",
                    "内约为达从会将与对于个这们后过还进实现长总计数点亿万较变无区县镇乡国门该离觉业时间来别并当"
                    "里户员师机电车军产价钱设备划预经济资统况说话让应阅读评论关开东乐农参网负责执织职权类级处辆动务佣"
                    "额币积给净债销货税费润馆厂场线宽种质楼气粮面体构团队组党证台码标准龄众岛湾园库桥盘头厅儿号节单书图剧词语环块叶树鱼虾柜灯"
                    "墙砖热风周钟岁银钞厦铺矿妇侣贴寿损险亏汇营领运输医学专优购买卖贷储征缴兑换转际举补奖励罚余条装减涨录发占项传报导庄广兰欧"
                    "亚纽伦韩飞舰卫护药疗检测验状贸稳渔盐亩吨编镑圆")
# Verbs, adverbs and particles between a subject and its figure, peeled off the end.
TAIL_WORDS = (
    "实现", "达到", "达", "为", "是", "约为", "约", "大约", "约有", "共计", "共", "累计", "超过",
    "突破", "近", "高达", "总计", "合计", "有", "已有", "新增", "分别", "依次", "增长", "增加",
    "下降", "减少", "提高", "提升", "降低", "上涨", "下跌", "上升", "回落", "蒸发", "缩水", "跌",
    "涨", "同比", "环比", "比上年", "比去年", "同期", "较上年", "仅", "仅仅", "只有", "只要", "已",
    "已经", "了", "的", "在", "占", "至", "到", "逾", "多达", "预计", "将", "可能", "目前",
    "剩下", "调整", "下调", "上调", "削减", "减为", "增至", "扩至", "由", "从", "不到", "不足",
    "不超过", "低于", "高于", "只", "就", "还", "也", "都", "再", "各", "均", "用", "完成", "投入",
    "长达", "以上", "超", "又", "更", "则", "全部", "变为", "变成", "暴升", "飙升", "激增", "猛增",
    "骤降", "暴跌", "升", "降", "迅速", "快速", "大幅", "稳步", "持续", "直接", "依然", "仍然", "仍",
    "顶多", "最多", "至少", "一共", "总共", "减", "增", "扩", "花了", "花", "是", "估计", "全面", "积极",
    "大力", "进一步", "不断", "逐步", "有效", "显著", "明显", "一度", "涨到", "冲到", "不高于",
    "不低于", "不少于", "不多于", "接近", "不得低于", "不得高于", "不得少于", "不得多于",
    "不得超过", "不应低于", "不宜低于", "少于", "多于", "稳定在", "保持在", "控制在", "维持在",
    "一直", "始终", "长期", "可", "花费", "扩大到", "扩大", "跃升", "攀升", "回升",
    "下滑", "下探", "走高", "走低", "隔夜", "动员", "派出", "调派", "出动", "动用", "选派",
    "预估", "折合", "人民币", "折合人民币", "不超", "每年", "每月", "平均每年", "平均每月", "年均", "平均",
    "平均年", "年增", "年降", "递增", "递减", "大跌", "大涨", "暴涨", "猛涨", "暴增",
    "以", "正在", "一般", "通常", "往往", "原本", "原来", "本来", "基本", "几乎", "普遍", "应该", "应当", "将会",
    "或将", "首次", "再次", "首度", "再度", "一举",
    # …and the adverbs a change is said with (实际增长, 名义增长, 小幅回落) and Taiwan's 成長, 衰退
    "实际", "名义", "小幅", "微幅", "略有", "较快", "温和", "成长", "衰退",
)
TAIL_BY_LAST = {c: tuple(w for w in TAIL_WORDS if w[-1] == c) for c in {w[-1] for w in TAIL_WORDS}}
# A change, with how often it is said to happen (平均每年递增 4.2%); 增至, 降到 say where it ends.
CHANGE = rx.compile(r"(?:(?:平均)?(?:每年|每月|年均|(?<![上去今前同当明])年)|平均)?(?:"
                    r"增长|增加|下降|减少|提高|提升|降低|上涨|下跌|上升|回落|蒸发|缩水|跃升|攀升|回升|下滑|成长|衰退|"
                    r"调整(?![为至到])|(?:[暴大猛激骤递]|(?<![新调核扣削缩追加增]))[增减降涨跌升](?![至到为加少低长]))")
RISE_OR_FALL = rx.compile(f"{CHANGE.pattern}|升|降|涨|跌|至|到")
CHANGE_END = rx.compile(f"(?:{CHANGE.pattern})$")
MEASURE = rx.compile(
    r"实现|达|为|是|以$|计|超|突破|新增|增|减|降|升|涨|跌|占|逾|剩下|调整|下调|上调|削减|扩至|变|"
    r"不到|不足|低于|高于|少于|多于|[定持制]在$|投入|完成|损失|花了|只要|蒸发|缩水|提高|提升|回落|接近|扩大|"
    r"成长|衰退"
)
# The time a change is measured from, before its verb: 比2019年1—7月|增长, 较上年同期|下降.
BASE = rx.compile(r"(?:同比|环比)?[比较](?:上年[末底]|去年[末底]|上一?年度?|去年度?|前一?年|上个?月|年初|"
                  r"上一?季度|上周|上期|"
                  r"\d{2,4}年(?:\d{1,2}(?:[—–\-－~～至到]\d{1,2})?月份?|[底末初])?)(?:同期)?")
BASE_END = rx.compile(f"(?:{BASE.pattern})$")
# Scope and time words before a subject, and demonstratives: 去年全市|民营经济增加值.
LEAD = rx.compile(
    r"(?:第[一二三四五六七八九十百零〇\d]{1,6}条 ?|近(?:几|[一二两三四五六七八九十]{1,2})年来?|其中|目前|此外|同时|另外|至此|去年|今年|前年|明年|上半年|下半年|全年|当年|近年来|近三年来|年来|如今|同样|(?:上年|去年)?同期|当时|那时|此时|届时|最近|原本|原来|本来|"
    r"截至[^，]{0,12}?[底末]|\d{1,4} ?年(?:前|后|底|末|初|时)?(?![期度])|\d{1,2} ?月(?:[初底末份]|中(?![国华央]))?|\d{1,2}日|"
    r"[一二两三四五六七八九十几]{1,3}(?:年|个月|天)(?:前|后|来|内|以来)?(?![期度])|"
    r"(?:在|于)?[一二两三四五六七八九十几\d]{1,3}(?:分钟|个?小时|周|个星期)(?:之?内|之?后|以来)|内计|第?[一二三四]季度|前[三两]季度|"
    r"以上|以下|以内|包括|包含|其它|其他|这[座家项所种批位名次条]|那[座家项所种批位名次条]|的|"
    r"毕竟|其实|显然|当然|据悉|据了解|而且|并且|然而|不过|因此|所以|每月|每周|每日|其(?![中他它实余])|"
    r"至今|迄今|我们|他们|你们|咱们|一[双个种项件台辆套间座家名位笔份批只条张]|即|也就是|亦即|"
    r"发放|给予|补助|安排|新增|调增|设立|另加|另外|"
    r"全[市省国区县](?!场)|我市|我省|我国|本市|本省|这里|那里|当地|共有|会有|共计|合计|总计|共(?![建享同产青和])|累计|连续|而|并(?![发购列存肩])|且|但|"
    r"这些|这个|那些|上述|尽管|虽然|即使|但是|因为|由于|后来|一个|一种|一项|一天|每天|每年|一年|光是|仅是|只是|"
    r"对(?!于|外|比)|在(?![建校岸册职岗读编线售营途库])|将(?!近)|以及|及|和|与|该(?![股厂校院所局部市县省区村镇行司馆团队店网])|此(?![前后外])|通常|一般(?!公共|性|纳税|贸易|工业|项目|意义|人)|往往|现在)+"
)
# Modal words inside a subject are dropped: 证金公司将增资 → 证金公司增资.
MODAL = rx.compile(r"(?:到|至|在|于)?\d{2,4}年(?:底|末|前|后)?(?![期度])|近(?:几|[一二两三四五六七八九十]{1,2})年来?|已经|正在|亦|原则上|将(?!近|军|来)|有望|可望|据(?:预测|测算|估计|估算|统计|了解)|(?<![模虚比])拟(?=.)(?![定任建])|(?<![成造])就(?!业|是|医|读|诊|餐|近)|"
                    r"依然|仍然|(?<![归])还(?!款|贷)|(?<![首成])都(?!市|会)")
# A clause opens after these: the subject starts after the last one.
OPENER = rx.compile(r"如果|折合(?!人民币)|可能|预计|号称|据称|宣称|声称|[得受]益于|带动|拉动|推动|促使|导致|完成(?![率额量值度])|实现(?![率额量值度的])|录得|发生(?![率额量])|计划(?![内外生投])|引进|引入|估计|把(?!握|关)|被(?!告|子)|(?<![转])让|使得|使(?!用|命|馆)|了(?!解)|"
                    r"(?<![但还就于总凡要可只都若])是")
# A comparison: the figure is a difference (超发电价低于计划内上网电价|0.1元), no subject.
COMPARE = rx.compile(r"(?<!不)[低高多少]于|距离|相隔|相距|间隔|相差")  # …and a distance between two
# A prepositional phrase after a subject: the subject ends before it (上证指数|在短时间内…).
PREPOSITION = rx.compile(
    r"对于|关于|(?<![存现所正实自内外好潜])在(?![建校岸册职岗读编线售营途库])|"
    r"(?<![方导走倾志意朝动面转流去定双单横纵指偏风趋])向(?![往导日])|对(?![于外比象手应话价])|"
    r"从(?![价业事而来小未中前])|由(?!于)|较|以(?![上下内外前后及来此])|(?<![占对类同环])比(?![例重率较赛达为是])|按照|依照|根据|"
    r"(?<![以至属对关由鉴基益])于"
)
# Verbs a clause opens with, so no subject does: 走访内地|9个县, 包括拾花工.
VERB_START = rx.compile(
    r"走访|涉及|带领|包括|出示|寻求|看到|听到|感到|认为|表示|指出|介绍|透露|据|称|覆盖|可以|能够|可(?![口乐比])|"
    r"买(?![家方主])|卖(?![家方主点])|"
    r"获(?![奖得者])|荣获|获得|力争|争取|"
    # Verbs a news clause goes on with (有8家|预告上半年净利…, 开发上线|143个): a clause, unless a
    # noun's suffix makes them a noun (发行价, 接待量, 收购方).
    r"(?:预告|预计|预测|持有|拥有|开发|上线|带动|拉动|推动|完成|得益|受益|继续|积累|发布|公布|披露|宣布|"
    r"收购|签署|显示|占据|形成|保持|成为|吸引|吸纳|举办|举行|开展|实施|推进|加快|加强|下调|上调|新建|建成|"
    r"推出|引进|接待|办理|受理|查处|查获|抓获|破获|发生|出生|开始|考虑|贡献|主要(?=[是由因为得靠])|合计持有|"
    # …and verbs of helping or building whose object a count counts (扶持创业|2400人, 惠及居民|4.8万户)
    r"培育|扶持|帮扶|资助|救助|安置|惠及|改造|改建|整治|招聘|招录|培训|解决|划分|设置|设立|组建|成立|"
    r"赔偿|赔付|偿还|退还|补偿|"
    # …and verbs of finding, claiming or taking over what the count counts (确认文物|263处,
    # 索要货款|4602万元, 接手了|4000起…)
    r"确认|认定|查明|核实|索要|索取|追讨|追回|追缴|接手|接管|收到|接到)(?![价量额率费数人方者期金款值])"
)
# …and inside one, a verb of holding or saying: 紫风投资合计持有天风期货|46%股权 is a clause.
VERB_INSIDE = rx.compile(r"持有|拥有|预告|预计|签署|宣布|披露|表示|认为|显示(?![器屏])|[送交卖付发借]给|"
                         # …or a verb of doing: 广东完成|规模以上工业增加值, 为国家挽回|经济损失,
                         # 以…排名|第一位: who did what, unless a noun's suffix makes it a noun
                         r"(?:引进|完成|积累|得益|受益|带动|拉动|推动|促进|挽回|立案|排名|位居|位列|名列|出现|位于|"
                         r"发生|取得|获得|达成|保持|继续|签约|落实|收购|出售|减持|增持|吸引|吸纳|具备|具有)"
                         r"(?![价量额率费数人方者期金款值区商度相类型])|(?<=.)共有(?!产权|制)")  # 小区共有|住户
BAD_START = rx.compile(r"(?:应当|应该|必须|务必|除(?![夕湿尘])|给(?![付水排养])|并(?![发购列存肩])|因(?![素子果数])|在(?![建校岸册职岗读编线售营途库押])|含(?![量税金水油铁糖])|包含|只(?!股)|像|再(?![生贷保融])|按(?![揭钮])|[快慢高低多少大小超优]于|增加|增长|减少|下降|提高|提升|降低|判|[的了是为与和及或对把被从到由以于也都就还又而向让"
                        r"使比将来约共近有其该这那此多余已仅]|个(?![人体案])|每(?![百千万十][元人户])|用(?![户地电水品途量工])|距离|距|离(?![岸婚子职])|可能|实现|达到|超过)")
BAD_END = rx.compile(r"(?:[的了在是为与和及并或对把被从到由以于也都就还又而向给让使将来约共近有至等里前"
                      r"不各中仅已内这那后上下高低多少快慢拟]|(?<![费使作信实家军民公商通适])用|(?<!占)比|可能|实现|达到|超过|"
                      r"分别|低于|高于|个|[里上下外]面|中间|之间|当中|之中|部分|或许|也许|[以之]外|"
                      r"[上下全]半?年|季度|今年|去年|前年|明年|同期|年[底末初]|月份|个月|"
                      r"开工|竣工|投产|完工|签约|落地|开业|"
                      r"(?<![动产功性效技智节储热核电体潜职才势机本光])能|(?<![事住好用长此各难益坏出去到深])处|(?<![委协学工社大年晚议机理总都教开例体商宴盛聚集约])会)$")
PRONOUN = rx.compile(r"[你她它们]|[我他](?![国省市区县方军乡])")  # 我国: a place, not a pronoun
SCOPE_ONLY = rx.compile(r".?[国省市区县州镇乡村]|.{1,3}[国省市县州]|(?:大|一)?部分|(?:大)?多数|少数|全部|"
                        r"所有|整体|现场|当地|本地|境[内外]|海外|全球|[场市区省县城]内")  # 现场|已动用…: where  # 全市, 广州市: where, not what; 大部分: how many, not what
NOT_SUBJECT = rx.compile(r"(?<![A-Za-z0-9０-９])[0-9０-９]+(?![0-9０-９A-Za-z])|[%％.．…]|[十百千万][余多]?[个台名家项篇部本支次座所条件位]|"  # 百余台: a count
                         r"[十百千][万亿]元?|(?:突破|超过|超|逾|近|达)[十百千万亿]")  # 营收超百亿元|企业: an amount in numerals
# What a subject met without a verb (社会组织5994家, 规划岸线1600米) ends with: a noun's last character.
NOUN_END = frozenset("率值额量数费金款价资税润员人者户家企业司局厂商店校院所站港场馆区村镇乡街路线"
                      "长宽高深厚重距积度幅比例点位级类种项目品物车机船房屋楼宇地田林水电气油粮货能力模面"
                      "体部门构织会团队组党证卡票网台码格标准期龄命客民工生师众士兵城州岛湾河湖山园室库桥"
                      "道径盘板股指值位额率头口量次社委厅处院科系班队心主手农友童女男子孙儿族群具器械料材"
                      "药菜肉茶酒园带圈链屏券币息段届案例题源效果绩分层型式吧存症病痛瘘素剂质号章节单表册书"
                     "图片影视剧歌文字词语姓面顶底角端环块根叶花果实籽苗株树木草竹米盐糖鱼虾蛋奶衣鞋帽袋箱柜"
                     "桌椅床灯窗墙砖石沙土泥火光热冷风雨雪冰日月星季周秒钟岁本银币钞债设备厦厅堂坊铺署矿官"
                     "妇姐妹兄弟父母伴侣酬薪辆告贴施程件利话")
AFTER_STOP = rx.compile(
    r"实现|建立|成立|开展|进行|达到|共有|负责(?!人)|用于|发挥|已|将|和|与|及|以及|是|到|在|为|被|等(?![级次])|都|也|就|"
    r"还|又|了|里|内|后|前|之|各|分别|从|由|向|给|让|使|把|对|于|占|全部|已经|可|不|没|未|能|(?<![委协学工社大年晚议机理总都教开例体商宴盛聚集约])会|要|需|"
    r"应|须|(?<![方顺随])便(?![利民捷宜])|跟(?![踪进随])|即|则|却|再|仍|曾|相继|发生|出现|开始|继续|决定|计划|估算|计算|统计|显示|表示|认为|"
    r"拿|来(?!自|源)|去|加上|出国|提供|成为|进入|参加|参与|获得|完成|实施|实行|顺利|停办|撤销|办学|发展|享受|开设|"
    r"排名|位居|位列|名列|居于|开工|竣工|投产|完工|签约|落地|举办|举行|建设|创建|推进|推动|加强|取得|支持|带来|捧场|相对|相继|身份|被评|共同|全面|正式|"
    r"入选|上榜|获评|荣获|无一例外|纷纷|一致|组成|构成|形成|"
    r"买入|卖出|购入|购买|出售|认购|增持|减持|转让|出台|印发|制定|启动|开通|上线|申报|获批|列入|纳入|"
    r"征收(?![率额量费])|缴纳(?![额])|计征|收取|减按|按照|依照|"
    r"[A-Za-z0-9０-９]"
)
# Measures a bare noun phrase before an amount may end with although their last character ends
# verbs too (全国一般公共预算收入|20.25万亿元, 销售费用|5.83亿元).
MEASURE_NOUNS = ("收入", "支出", "营收", "费用", "利润", "开支", "税收")
# …and a verb's or an adverb's, which no subject ends with (学校停办初中, 老城区实施).
VERB_END = frozenset("止发初相展受办销停行做进到现成立升降减增开关为是有在给让使要会可应得着过完去来看说认称指"
                      "显提放送带拿买卖改造推实举参获取持捧守估计将已就还也都又再很最更较住掉出")
# …except in these nouns (二氧化碳排放|比2020年下降18%).
VERB_END_NOUNS = ("排放",)
# …and an attribute's last character: such a subject wins over the noun after 的 (建筑面积约6万平方米的航站楼).
ATTRIBUTE_END = frozenset("率值额量数费金款价积长宽高深厚重度幅距径龄限力失损盈益资命期拔")
# After a count of times, a change: 利率7次|下调 counts the changes, not the rate.
TIMES_OF = rx.compile(f"上调|下调|调整|降息|加息|{CHANGE.pattern}")
# Before a count, verbs of doing: the noun after the count is what is counted, not the doer.
ACTION = rx.compile(r"新增|投入|动员|派出|调派|出动|动用|选派|建成|新建|推出|引进|培训|救助|发放|帮助|安置|吸纳|带动")
# Before a count these say "about", not "measures": 订阅超过3000家媒体.
APPROXIMATE = rx.compile(r"超过|多达|将近|近|大约|约|逾|不到|不足|高达|仅|只有|了|已经|已|就|还|共")
PLACES = frozenset("地国省市区县")
# Nouns that say how a figure is put, not what it measures: 104%至108%的水平.
GENERIC = frozenset({"美金", "人民币", "港币", "左右", "单位", "水平", "情况", "情况下", "高位", "低位", "标准", "程度", "时候", "地步", "局面",
                      "态势", "记录", "高点", "低点", "历史高点", "幅度", "速度", "比例", "数字", "点", "基点"})  # 5个点收益: points
# The time a figure is at, before it: 指数从|2004年的|109％ (the subject is before it).
AT_TIME = rx.compile(r"(?:从|由|在|到|至|为)?(?:\d{2,4}年(?:\d{1,2}月)?[底末初]?|\d{2,4}年代[初中末]?(?:期)?|第?[一二三四]季度|\d{1,2}月份?|"
                     r"去年|今年|上年|同期|今天|目前|现在)(?:同期)?的$")
# "Per" words after a subject: 拾花指导价为|每公斤|1.8元.
PER = rx.compile(r"每(?:[个只件人户家株粒台辆套吨斤亩元股份张]|公斤|千克|平方米|平米)[^\W\d]{0,4}$")
# What a person count's or an organisation count's noun ends with (2.5万名…学者, 3家…企业).
PERSON_END = frozenset("人者员生师工农民众士手友客女男子孩童妇姐妹兄弟父母长官性家属患年汉部警兵军医佣")
ORGANISATION_END = frozenset("业司构店厂院行体社所馆校园站台网局委会部团队组户区商")


# Tail words that are part of the word before them: 管理费用, 作用; 可以, 所以.
TAIL_BLOCKED = {"用": "费使作信家军民公商通适实", "以": "可所得足难加予给",
                "花": "棉鲜雪烟礼插浪火菜葱兰梅桃荷菊樱开"}
# Spending before an amount: who spends is not what it measures (用户花|399元), unless the verb
# names the measure (国家总计投入|20多亿元 → 国家投入).
SPENT = rx.compile("投入|耗资|出资|花费|花了|花|支付|付出")
SPENT_MEASURES = ("投入", "耗资", "出资", "花费")


def unchanged(subject: str) -> str:
    """subject without the change it ends with (出口總額成長 → 出口總額), in its own script."""
    change = CHANGE_END.search(subject.translate(T2S))
    return subject[: change.start()] if change else subject


def tail_start(clause: str) -> int:
    """Where the run of TAIL_WORDS that ends clause starts (len(clause) if none ends it):
    the leftmost i such that clause[i:] is a sequence of them, found from the end."""
    found = {len(clause)}
    todo = [len(clause)]
    while todo:
        end = todo.pop()
        for word in TAIL_BY_LAST.get(clause[end - 1], ()) if end else ():
            start = end - len(word)
            if start > 0 and clause[start - 1] in TAIL_BLOCKED.get(word, ""):
                continue  # 管理费用: a noun, not "using"; 可以: can, not "by"
            if start not in found and clause.endswith(word, 0, end):
                found.add(start)
                todo.append(start)
    return min(found)
