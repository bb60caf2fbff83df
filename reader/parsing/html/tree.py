"""Edits and walks of a parsed page that stay linear however wide or deep the page is.

bs4 finds an element's place among its siblings by scanning them, so extracting or wrapping
elements one at a time takes time in the square of a parent's children; these helpers edit
a parent's children in one pass instead, keeping bs4's links between elements as it does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from bs4 import PageElement, Tag

E = TypeVar("E", bound=PageElement)


def remove(nodes: Iterable[PageElement]) -> None:
    """Take the nodes (and what they hold) out of the page."""
    kept = outermost(nodes)
    by_parent: dict[int, tuple[Tag, set[int]]] = {}
    for node in kept:
        if node.parent is not None:
            by_parent.setdefault(id(node.parent), (node.parent, set()))[1].add(id(node))
    for parent, ids in by_parent.values():
        parent.contents[:] = [c for c in parent.contents if id(c) not in ids]
    for node in kept:
        # extract() relinks the elements before and after; its search for the node among
        # its parent's children is skipped, as the children are already filtered above.
        node.parent = None
        node.extract()


def wrap(parent: Tag, start: int, stop: int, wrapper: Tag) -> Tag:
    """Put `parent.contents[start:stop]` (not empty) inside `wrapper`, a new empty tag,
    which takes their place."""
    run = parent.contents[start:stop]
    first, last = run[0], run[-1]
    before, after = first.previous_sibling, last.next_sibling
    wrapper.previous_element = first.previous_element
    if first.previous_element is not None:
        first.previous_element.next_element = wrapper
    wrapper.next_element, first.previous_element = first, wrapper
    wrapper.parent, wrapper.previous_sibling, wrapper.next_sibling = parent, before, after
    if before is not None:
        before.next_sibling = wrapper
    if after is not None:
        after.previous_sibling = wrapper
    first.previous_sibling = last.next_sibling = None
    for node in run:
        node.parent = wrapper
    wrapper.contents = run
    parent.contents[start:stop] = [wrapper]
    return wrapper


def positions(parent: Tag) -> dict[int, int]:
    """Where each child is among its parent's children, by id."""
    return {id(child): n for n, child in enumerate(parent.contents)}


def outermost(nodes: Iterable[E]) -> list[E]:
    """The nodes that are not inside another of them, in their order."""
    nodes = list({id(n): n for n in nodes}.values())  # each once (strings compare by text)
    members = set(map(id, nodes))
    inside = _Inside(members)
    return [n for n in nodes if not inside(n.parent)]


def holding(nodes: Iterable[PageElement]) -> set[int]:
    """Ids of the elements that hold one of the nodes (their ancestors), found in time
    linear in the page: each walk up stops where an earlier walk went."""
    held: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None and id(parent) not in held:
            held.add(id(parent))
            parent = parent.parent
    return held


class _Inside:
    """Is an element one of `members` or inside one? Each element is looked at once."""

    def __init__(self, members: set[int]) -> None:
        self.members = members
        self.known: dict[int, bool] = {}

    def __call__(self, node: PageElement | None) -> bool:
        path: list[int] = []
        answer = False
        while node is not None:
            key = id(node)
            if key in self.known:
                answer = self.known[key]
                break
            if key in self.members:
                answer = True
                break
            path.append(key)
            node = node.parent
        for key in path:
            self.known[key] = answer
        return answer
