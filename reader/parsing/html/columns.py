"""Column tags closing the titles of a layout page's list: `标题（总书记的人民情怀）`."""

from __future__ import annotations

import re
from collections import Counter

# `标题（栏目名）`: a short bracketed name closing the title
_TAGGED = re.compile(r"^(?P<title>.*\S)\s*[（(](?P<tag>[^（）()]{3,12})[）)]$")
_SENTENCE = re.compile(r"[，。！？、：；“”\"《》,.!?:;0-9０-９]")
# `（本报评论员）`, `（记者 王明 摄）`, `（本报综合）`, `（转第二版）`: not a column
_CREDIT = re.compile(r"记者|评论员|通讯员|编辑|摄|撰稿|供稿|综合|整理|报道|广告|版")
# Names columns end in; a title's own bracketed words (`（上）`, `（图）`) never do.
_COLUMN_END = re.compile(
    r"(?:情怀|观察|时评|视点|调研行|万里行|走基层|纪行|手记|札记|快评|短评|新论|一线)$"
)
# `改革增动力 发展添活力`: a slogan of two matched halves names a series
_SLOGAN = re.compile(r"^(?P<a>[\u4e00-\u9fff]{4,7})\s+(?P<b>[\u4e00-\u9fff]{4,7})$")


def split_columns(titles: list[str]) -> list[tuple[str, str | None]]:
    """Each title without its column tag, and the tag: a known column's name or slogan, or
    a name closing several titles of the list. Anything else stays in the title."""
    found = [_TAGGED.match(t) for t in titles]
    tags = [_tag(m["tag"]) if m else None for m in found]
    repeated = Counter(t for t in tags if t)
    result: list[tuple[str, str | None]] = []
    for title, match, tag in zip(titles, found, tags, strict=True):
        if match and tag and (repeated[tag] > 1 or _column_shaped(tag)):
            result.append((match["title"], " ".join(tag.split())))
        else:
            result.append((title, None))
    return result


def _tag(text: str) -> str | None:
    text = text.strip()
    return None if _SENTENCE.search(text) or _CREDIT.search(text) else text


def _column_shaped(tag: str) -> bool:
    slogan = _SLOGAN.match(tag)
    return bool(_COLUMN_END.search(tag) or (slogan and len(slogan["a"]) == len(slogan["b"])))
