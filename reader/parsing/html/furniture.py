"""Lines that news sites print in the article's column but that are no part of the article."""

from __future__ import annotations

import re

from reader.parsing.vocabulary import DATE, HAN

# Whole lines only: a sentence that merely contains these words is text.
_LINE = re.compile(
    r"^(?:"
    r"advertisement|advertising|sponsored(?: content)?|continue reading(?: the main story)?"
    r"|continue reading below|story continues below(?: advertisement)?|read more|read full story"
    r"|reuse this content|share|share on \w+|tweet|email|email this|text size"
    r"|(?:\[\+\] )?enlarge"
    r"|(?:read or )?share this (?:article|story|page)(?:\s*:\s*\S+)?|filed under"
    # a picture's credit left between the paragraphs: `(Credit: Jane Doe/Agency)`, `Courtesy Agency`
    r"|\((?:photo |image |picture )?credit:?\s[^()]{1,60}\)|courtesy(?: of)? \w[\w./&' -]{0,40}"
    r"|[\"“]?questions\?\s+comments\?.{0,60}"  # a blog's sign-off inviting mail
    r"|photo|image|video|media caption|image caption|image copyright|getty images"
    r"|(?:most (?:read|popular|viewed|shared)|related (?:stories|articles|content|coverage))"
    r"|(?:topics|tags|related topics|more on this story|more from \w+|you may also like)"
    r"|(?:sign up|subscribe)(?: (?:to|for) (?:our|the) [\w' -]{1,40}(?:newsletter|email|alerts)s?)?"
    r"|(?:sign up|subscribe|register) (?:now|today|here)|already a subscriber\?.*"
    r"|skip (?:to )?(?:advertisement|content|main content)|print|comments?(?: \[\d+\]| \(\d+\))?"
    r"|by|exclusive|(?:what do you think\? )?scroll down to comment(?: below)?"
    r"|\[(?:featured )?(?:image|photo|picture)s? (?:by|via|credit:?|courtesy)[^\]]{1,80}\]"
    r"|follow us|join the conversation|give now|donate(?: now| today)?|about the author"
    r"|about (?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})"  # `About Jane Doe`: the writer's note
    r"|home|related|like us on facebook|(?:twitter|instagram)\s*:?\s*@\w+|learn more"
    r"|(?:blog )?comments powered by \w+"
    r"|podcast: play in new window(?: \| download)?"
    # `Updated on September 19 at 3:15 p.m.`: a stamp without its year
    r"|(?:last )?(?:updated|posted|published)(?: on)? [a-z]{3,9}\.? \d{1,2}(?:, \d{4})?"
    r"(?: at \d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?(?: [a-z]{2,4})?)?"
    r"|follow [\w .@'-]{1,40} on (?:twitter|facebook|instagram)(?:[, ]+(?:and )?\w+)*"
    r"|转播到腾讯微博|分享到[:：]?|分享|点击进入专题|精彩视频推荐|相关(?:新闻|阅读|报道)"
    r"|推荐阅读|热点推荐|延伸阅读|猜你喜欢|图集|扫一扫|打印|关闭|收藏|纠错|【纠错】|返回顶部"
    r")[\s.:：!！>»›]*$",
    re.IGNORECASE,
)
# `Related: Rich are paying more in taxes`, `PHOTOS: The quake in pictures`: a labelled
# pointer to another story or a gallery; `Tags: film, review`: the page's list of topics
_POINTER = re.compile(
    r"^(?:related|read more|see also|also read|read also|more on this|recommended"
    r"|photos|pictures|gallery|videos?|watch|listen|tags|topics|related topics|categories"
    r"|on twitter|on facebook"
    r"|相关阅读|相关新闻|延伸阅读|推荐阅读)\s*[:：]\s*\S",
    re.IGNORECASE,
)
# `Jane Doe / Agency / Picture Desk`, `Jane Doe/Agency`, `(Jane Doe)`: a
# picture's credit on a line of its own, names and agencies parted by slashes or in brackets
_NAME = r"[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3}"
_PICTURE_CREDIT = re.compile(
    rf"^(?:{_NAME}(?: ?[/|] ?{_NAME}){{1,3}}|\({_NAME}(?: ?/ ?{_NAME})?\))$"
)
_CREDIT_LINE = 60
_POINTER_LINE = 150
# `Can't get enough? Sign up now for our newsletter, packed with…`: a pitch for the mailing list
_PITCH = re.compile(
    r"\b(?:sign up|subscribe)\b.*\b(?:newsletter|e-?mail)|\bregister\b.*\bnewsletter\b",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"(?:来源|來源|稿源|出处|出處|source)\s*[:：]", re.IGNORECASE)
_TIME = re.compile(
    r"\d{1,2}[:：.h]\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:[AP]M|GMT|UTC|[A-Z]{2,4}T|(?-i:[ECMP]T))\b", re.I
)
_RIGHTS = re.compile(
    r"不得转载|未经(?:书面)?授权|版权所有|版權所有|all rights reserved|^©|^\(c\)", re.I
)
_LETTER = re.compile(rf"[^\W\d_]|[{HAN}]")


def is_furniture_line(text: str) -> bool:
    """`Continue reading the main story`, `Reuse this content`, `图集`, a lone `+1` or `0`,
    a rights notice (`未经授权，不得转载`), `Related: …` pointing at another story."""
    if len(text) <= _POINTER_LINE and (_POINTER.match(text) or _PITCH.search(text)):
        return True
    if len(text) <= _CREDIT_LINE and _PICTURE_CREDIT.match(text.strip()):
        return True
    if len(text) > 80 and not (len(text) <= 120 and _RIGHTS.search(text)):
        return False
    if not _LETTER.search(text):
        return len(text) <= 6  # a like count, a page number, a separator
    return bool(_LINE.match(text.strip()) or _RIGHTS.search(text)) or _is_date_line(text)


def _is_date_line(text: str) -> bool:
    """`2026年04月02日08:18 来源：江城网`, `March 13, 2015 9:00PM`: when and whence, no text."""
    date = DATE.search(text)
    if date is None:
        return False
    if _SOURCE.search(text):
        return True
    rest = _TIME.sub("", text[: date.start()] + text[date.end() :])
    return not _LETTER.search(rest.replace("Updated", "").replace("Published", ""))
