"""The words of credits and datelines: who wrote, photographed and made the page, and who
reports from where. Plain words, no patterns: the rendering of a byline reads them at the
first paint, before any parser (`vocabulary` gives them to the parsers with the rest)."""

from __future__ import annotations

REPORTER_ROLES = (
    "特约记者", "见习记者", "摄影记者", "全媒记者", "记者", "通讯员", "评论员", "特约评论员",
    "特约撰稿人", "撰稿人", "实习生", "記者", "通訊員", "評論員", "實習生",
)  # fmt: skip
# `文/图：刘洋`, `【摄影】王蕾`: what a credit names someone for
CREDIT_LABELS = (
    "文", "图", "文/图", "图/文", "文／图", "图／文", "作者", "撰文", "撰稿", "制图", "策划",
    "统筹", "摄影", "设计",
)  # fmt: skip
# `责任编辑：林晓`, `【校对】梁飞飞`: the page's makers, no byline
EDITOR_ROLES = (
    "责任编辑", "責任編輯", "责编", "本版责编", "本版编辑", "本版編輯", "版式设计", "版式", "美编",
    "美術編輯", "美术编辑", "校对", "校對", "组版", "图片编辑", "视觉设计", "本版统筹", "值班编辑",
    "编辑", "主编", "排版", "审核", "审校",
)  # fmt: skip
# `（新华社发）`, `（记者 周鹏 摄）`: who took or gave a picture
PHOTO_CREDITS = ("摄", "攝", "摄影", "攝影", "供图", "供圖", "发", "發")
DRAWING_CREDITS = ("制图", "製圖", "图", "圖")
# `（完）`: the end of a story, naming nobody
END_MARKS = frozenset(("完", "全文完", "本文完", "end", "ends"))
# `江城县委敬贺`: how a greeting or a letter is signed after the sender's name
SALUTATIONS = (
    "敬贺", "谨贺", "敬祝", "谨祝", "同贺", "同祝", "敬挽", "敬献", "敬赠",
    "谨启", "敬启", "敬上", "谨上",
)  # fmt: skip

# Family names, the commonest first: a line of one to four short names that open with one
# (`李明`, `张三 李四`) names the article's authors. Compound names are two characters.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶"
    "黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹"
    "申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管"
    "柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封"
    "谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴"
    "丰支卿狄计索宣晋相初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌裘亓修邰赫杭况宿鲜逯隆茹诸"
    "慕危亢嵇湛宾戎茅於揭尉冶束檀昝幸奉衡尧洪元"
    "張劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇魏呂盧鍾譚陸範賈韋鄒熊閻龔錢嚴莊聶顏關蘭俞寧紀"
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒",
    "夏侯", "宇文", "长孙", "轩辕", "端木", "申屠", "歐陽", "司馬", "諸葛", "長孫",
)  # fmt: skip

# --- datelines ---------------------------------------------------------------------------------

AGENCIES = ("新华社", "新華社", "中新社", "中央社")
# `本市讯`: the paper's own local news desk
OWN_DESKS = ("本报", "本報", "本刊", "本台", "本网", "本網", "本市", "本省", "本县", "本縣")
