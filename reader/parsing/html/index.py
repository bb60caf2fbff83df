"""Elements of a parsed page by tag, id and class, and the few selectors the parsers use."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import Tag

_COMPOUND = re.compile(r"^([\w-]*)((?:[#.][\w-]+)*)(?:\[([\w-]+)=([\w-]+)\])?$")


class Index:
    """Elements of a page by tag, id and class, from one walk (soupsieve is slow on big pages).

    `select` understands what the parsers need: `tag`, `#id`, `.class`, `tag.class`,
    `tag[attr=value]` and a descendant of one of those (`.text_c h1`). A scoped select looks
    only at the scope's elements (from an index of the scope, made once), so selecting in
    each of a page's many articles costs no more than selecting in the page once.
    """

    def __init__(self, root: Tag) -> None:
        self.root = root
        self._scoped: dict[int, tuple[Tag, Index]] = {}
        self._by: dict[str, list[Tag]] = {}
        for el in root.find_all(True):
            self._by.setdefault(el.name, []).append(el)
            ident = el.get("id")
            if ident:
                self._by.setdefault(f"#{ident}", []).append(el)
            for name in el.get("class") or ():
                self._by.setdefault(f".{name}", []).append(el)

    def select(self, selector: str, scope: Tag | None = None) -> list[Tag]:
        return list(self._select(selector, scope))

    def select_one(self, selector: str, scope: Tag | None = None) -> Tag | None:
        return next(self._select(selector, scope), None)

    def _select(self, selector: str, scope: Tag | None) -> Iterator[Tag]:
        if scope is not None and scope is not self.root:
            yield from self._of(scope)._select(selector, None)
            return
        *outer, inner = (_compound(part) for part in selector.split())
        tag, rest, _, _ = inner
        first = re.match(r"[#.][\w-]+", rest)
        candidates = self._by.get(first.group(0) if first else tag, ())
        outer.reverse()
        placed = _Placement(self.root, outer)
        yield from (el for el in candidates if _matches(el, inner) and placed(el))

    def _of(self, scope: Tag) -> Index:
        """The index of a part of the page, made the first time it is asked for."""
        known = self._scoped.get(id(scope))
        if known is None or known[0] is not scope:
            known = self._scoped[id(scope)] = (scope, Index(scope))
        return known[1]


_Compound = tuple[str, str, str | None, str | None]


def _compound(text: str) -> _Compound:
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"unsupported selector: {text}")
    return match.group(1), match.group(2), match.group(3), match.group(4)


class _Placement:
    """Is an element still inside `scope` (not cut out since the walk), within the outer
    selectors in turn (the nearest first)? What is learnt of each ancestor on the way up is
    kept, so elements sharing ancestors cost one walk between them, not one each."""

    def __init__(self, scope: Tag, outer: list[_Compound]) -> None:
        self.scope = scope
        self.outer = outer
        self.known: dict[tuple[int, int], bool] = {}

    def __call__(self, el: Tag) -> bool:
        node, matched = el.parent, 0
        path: list[tuple[int, int]] = []
        answer = False
        while node is not None:
            key = (id(node), matched)
            if key in self.known:
                answer = self.known[key]
                break
            if node is self.scope:
                answer = matched == len(self.outer)
                break
            path.append(key)
            if matched < len(self.outer) and _matches(node, self.outer[matched]):
                matched += 1
            node = node.parent
        for key in path:
            self.known[key] = answer
        return answer


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
