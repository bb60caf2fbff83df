"""The words both parsers read a newspaper by: dates, page codes, paper names, credit words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.cjk import HAN

__all__ = [
    "AGENCIES",
    "COMPOUND_SURNAMES",
    "CREDIT_LABELS",
    "DATE",
    "DRAWING_CREDITS",
    "EDITION_SUFFIX",
    "EDITOR_ROLES",
    "END_MARKS",
    "HAN",
    "NEWS_DESK",
    "OWN_DESKS",
    "PAGE",
    "PAPER_ENDING",
    "PAPER_NAME_ENDING",
    "PHOTO_CREDITS",
    "REPORTER_ROLES",
    "SALUTATIONS",
    "SURNAMES",
    "any_of",
    "iso_date",
    "match_date",
    "page_code",
    "page_order",
    "paper_name",
    "path_date",
]


def any_of(words: Iterable[str]) -> str:
    """A non-capturing group matching any of the words, the longest tried first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# --- dates -------------------------------------------------------------------------------------

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH = any_of(_MONTHS)
# `2026年3月12日`, `2025.12.22`, `2023-02-10`, `May 18, 2026`, `JANUARY 1. 1916`, `18 May 2026`
DATE = re.compile(
    r"(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|(?<!\d)(?P<y2>\d{4})[.\-/](?P<m2>\d{1,2})[.\-/](?P<d2>\d{1,2})(?!\d)"
    rf"|\b(?P<m3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}})[,.]?\s+(?P<y3>\d{{4}})\b"
    rf"|\b(?P<d4>\d{{1,2}})\s+(?P<m4>{_MONTH})\.?,?\s+(?P<y4>\d{{4}})\b",
    re.IGNORECASE,
)
# A date in a saved page's path: html/2023-02/10/, content/202302/11/, _20171016_
_PATH_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})[/_-]?(\d{2})(?!\d)")


def match_date(match: re.Match[str]) -> str | None:
    """A DATE match as an ISO date (2026-03-12), or None when it names no real day."""
    g = match.groupdict()
    for i in "1234":
        if g[f"y{i}"]:
            month = g[f"m{i}"]
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            return _iso(int(g[f"y{i}"]), number, int(g[f"d{i}"]))
    return None


def iso_date(text: str | None) -> str | None:
    """The first real date written in the text, as an ISO date."""
    for match in DATE.finditer(text or ""):
        date = match_date(match)
        if date:
            return date
    return None


def path_date(path: str) -> str | None:
    """A date in a saved page's path: html/2023-02/10/, content/202302/11/, _20171016_."""
    for match in _PATH_DATE.finditer(path):
        date = _iso(*(int(g) for g in match.groups()))
        if date:
            return date
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    if 1800 < year < 2200 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# --- page codes -------------------------------------------------------------------------------

# A page as printed: `3`, `03`, `A5`, `a01` (in `第3版`, `A5版`, `（转第2版）`).
PAGE = r"[A-Za-z]{0,2}\d{1,3}"
# A per-article corpus record's page line, 第3版(要闻), and its column label, 专栏：
RECORD_PAGE = rf"第\s*{PAGE}\s*版\s*[(（][^()（）\n]{{0,12}}[)）]"
COLUMN_LABEL = r"(?:专栏|專欄|栏目|欄目)\s*[:：]"
_PAGE_CODE = re.compile(r"^([A-Za-z]{0,2})0*(\d{1,3})$")
_SPACES = re.compile(r"\s+")


def page_code(text: str | None) -> str | None:
    """A page as the issue names it: `3` -> `03`, `a5` -> `A05`, `A 01` -> `A01`; None for
    anything that is not a page."""
    match = _PAGE_CODE.match(_SPACES.sub("", text or ""))
    if not match:
        return None
    letters, number = match.groups()
    return f"{letters.upper()}{int(number):02d}"


def page_order(code: str | None) -> tuple[int, str, int]:
    """Sort key: 01, 02 … before A01, A02, B01 …; unknown pages last."""
    match = _PAGE_CODE.match(code or "")
    if not match:
        return (2, "", 0)
    letters, number = match.groups()
    return (1 if letters else 0, letters.upper(), int(number))


# --- paper names ------------------------------------------------------------------------------

# How a paper's name ends (江城日报); PAPER_ENDING also allows a bare 报, for where the
# rest of the line shows it is a name.
_PAPER_WORDS = ("日报", "晚报", "早报", "晨报", "时报", "商报", "电讯")
_PAPER_WORDS_TRADITIONAL = ("日報", "晚報", "早報", "晨報", "時報", "商報", "電訊")
PAPER_NAME_ENDING = any_of((*_PAPER_WORDS, *_PAPER_WORDS_TRADITIONAL))
PAPER_ENDING = any_of((*_PAPER_WORDS, *_PAPER_WORDS_TRADITIONAL, "报", "報"))
# What an e-paper adds to the paper's name: 人民日报电子版, 江城日报社数字报,
# 江城日报多媒体数字报刊平台. It names the edition on a screen, not another paper.
_EDITION_WORDS = (
    "数字报", "数字报刊", "数字报纸", "电子报", "电子报刊", "电子报纸", "电子版", "数字版",
    "网络版", "手机版", "PDF版", "pdf版", "數字報", "數位報", "電子報", "電子版", "數字版",
)  # fmt: skip
EDITION_SUFFIX = f"(?:社)?(?:多媒体|多媒體)?{any_of(_EDITION_WORDS)}(?:平台|系统|系統)?"
_EDITION_AFTER_NAME = re.compile(
    rf"\s*[(（]?\s*[-–—·•|｜:：]?\s*{EDITION_SUFFIX}\s*[)）]?$"
    r"|\s*[-–—·•|｜:：]?\s*(?i:e-?edition|digital edition|online edition|electronic edition)$"
)
_NAME_QUOTES = re.compile(r"[《》〈〉「」『』“”\"]")
_PUBLISHER = re.compile(r"(?<=[报報])社$")
_NAME_SPACES = re.compile(r"\s+")
# What a name that needs work shows: an edition's word, quotes, a publisher, odd spacing.
_NAME_WORK = re.compile(r"[报報版刊社《》〈〉「」『』“”\"]|(?i:dition)|\s\s|[\t\n\r\u3000]")


def paper_name(text: str | None) -> str | None:
    """The one name of a paper, whatever edition or screen gave it: `江城日报多媒体数字报`,
    `《江城日报》数字报刊`, `江城日报社` and `江城日报 电子版` are all 江城日报."""
    if not text:
        return None
    if not _NAME_WORK.search(text):
        return text.strip() or None  # most names need nothing done
    name = _NAME_SPACES.sub(" ", _NAME_QUOTES.sub(" ", text)).strip()
    bare = _EDITION_AFTER_NAME.sub("", name)
    name = _PUBLISHER.sub("", bare or name)
    return name or None


# --- credits: who wrote, photographed and made the page -----------------------------------------

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

# --- datelines: who reports from where ------------------------------------------------------

AGENCIES = ("新华社", "新華社", "中新社", "中央社")
# `本市讯`: the paper's own local news desk
OWN_DESKS = ("本报", "本報", "本刊", "本台", "本网", "本網", "本市", "本省", "本县", "本縣")
# A paper, site or station reporting: 江城日报, 人民网, 湖北台
NEWS_DESK = rf"[{HAN}]{{2,8}}?(?:{PAPER_ENDING}|网|網|台)"
