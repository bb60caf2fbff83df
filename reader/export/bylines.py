"""The people a byline names, in order: reporters and correspondents without their role words,
and without datelines or source notes, which name no author."""

from __future__ import annotations

import re

# A role word with what may qualify it (本报, 新华社, 特约, 见习…) stands before or after names:
# it separates names and is never one. Sorted longest first, so 摄影记者 is taken whole.
_ROLE_WORDS = sorted(
    (
        "记者",
        "通讯员",
        "实习生",
        "评论员",
        "撰稿人",
        "编辑",
        "责任编辑",
        "摄影",
        "摄影记者",
        "摄影报道",
        "报道",
        "整理",
        "编译",
        "文/图",
        "文／图",
        "图/文",
        "图／文",
        "文/摄",
        "文／摄",
    ),
    key=len,
    reverse=True,
)
_QUALIFIERS = (
    r"(?:本报|本刊|本台|新华社|中新社|人民日报|特约|见习|首席|实习|全媒体|融媒体|驻\w{1,6}?)*"
)
_ROLE = re.compile(
    _QUALIFIERS + "(?:" + "|".join(map(re.escape, _ROLE_WORDS)) + ")"
    # 文, 图 and 摄 are roles only where they stand apart ("文 李明", "周鹏 摄"): 文杰 is a name.
    r"|(?<!\w)[文图摄](?!\w)"
)
_SEPARATORS = re.compile(r"[、，,;；/／|:：()（）\[\]【】〔〕<>《》□■●]+|\s+and\s+|\s*&\s*", re.I)
# A chunk that says where a story came from, not who wrote it: 据新华社电, 本报讯, 新华社发.
_SOURCE_NOTE = re.compile(r"^据|[讯电]$|^来源|^新华社发$|^供图$|^图片来源")
_ENGLISH_ROLES = re.compile(
    r"^(?:by|staff|staff writer|staff reporter|reporter|correspondent|special correspondent"
    r"|contributor|editor|photographer|photo|photos|writer|associated press|reuters|afp)$",
    re.I,
)
_LATIN = re.compile(r"[A-Za-z]")


def authors(byline: str | None) -> list[str]:
    """Every person a byline names, in the order it names them.

    "记者杨宏斌、通讯员晏中明" -> ["杨宏斌", "晏中明"]
    "By Ann Lee and Bo Chan" -> ["Ann Lee", "Bo Chan"]
    """
    if not byline:
        return []
    names: list[str] = []
    for chunk in _SEPARATORS.split(_ROLE.sub("、", byline)):
        if _LATIN.search(chunk):
            names += _english_names(chunk)
        elif not _SOURCE_NOTE.search(chunk.strip()):
            names += _chinese_names(chunk.split())
    return list(dict.fromkeys(n for n in names if n))


def _english_names(chunk: str) -> list[str]:
    text = re.sub(r"^\s*by\s+", "", " ".join(chunk.split()), flags=re.I)
    return [] if _ENGLISH_ROLES.match(text) else [text]


def _chinese_names(parts: list[str]) -> list[str]:
    """Names split on spaces, single characters joined again: newspapers pad 张  娅."""
    names: list[str] = []
    for part in parts:
        if len(part) == 1 and names and len(names[-1]) == 1:
            names[-1] += part
        else:
            names.append(part)
    return names
