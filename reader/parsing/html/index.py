"""Elements of a parsed page by tag, id and class, and the few selectors the parsers use."""

from __future__ import annotations

import re

from bs4 import Tag

_COMPOUND = re.compile(r"^([\w-]*)((?:[#.][\w-]+)*)(?:\[([\w-]+)=([\w-]+)\])?$")


class Index:
    """Elements of a page by tag, id and class, from one walk (soupsieve is slow on big pages).

    `select` understands what the parsers need: `tag`, `#id`, `.class`, `tag.class`,
    `tag[attr=value]` and a descendant of one of those (`.text_c h1`).
    """

    def __init__(self, root: Tag) -> None:
        self.root = root
        self._by: dict[str, list[Tag]] = {}
        for el in root.find_all(True):
            self._by.setdefault(el.name, []).append(el)
            ident = el.get("id")
            if ident:
                self._by.setdefault(f"#{ident}", []).append(el)
            for name in el.get("class") or ():
                self._by.setdefault(f".{name}", []).append(el)

    def select(self, selector: str, scope: Tag | None = None) -> list[Tag]:
        *outer, inner = (_compound(part) for part in selector.split())
        tag, rest, _, _ = inner
        first = re.match(r"[#.][\w-]+", rest)
        candidates = self._by.get(first.group(0) if first else tag, ())
        outer.reverse()
        root = scope or self.root
        return [el for el in candidates if _matches(el, inner) and _placed(el, root, outer)]

    def select_one(self, selector: str, scope: Tag | None = None) -> Tag | None:
        found = self.select(selector, scope)
        return found[0] if found else None


_Compound = tuple[str, str, str | None, str | None]


def _compound(text: str) -> _Compound:
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"unsupported selector: {text}")
    return match.group(1), match.group(2), match.group(3), match.group(4)


def _placed(el: Tag, scope: Tag, outer: list[_Compound]) -> bool:
    """Still inside `scope` (not cut out since the walk), within the outer selectors in turn."""
    wanted = list(outer)
    for parent in el.parents:
        if parent is scope:
            return not wanted
        if wanted and _matches(parent, wanted[0]):
            wanted.pop(0)
    return False


def _matches(el: Tag, compound: _Compound) -> bool:
    tag, rest, attr, value = compound
    if tag and el.name != tag:
        return False
    for kind, name in re.findall(r"([#.])([\w-]+)", rest):
        if kind == "#" and el.get("id") != name:
            return False
        if kind == "." and name not in (el.get("class") or ()):
            return False
    return not attr or el.get(attr) == value
