"""Named moves through the library (next story, next page, back…) and the current article."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from reader.ui.signals import LibrarySignals

MOVES = (
    "next_story",
    "prev_story",
    "next_unread",
    "next_page",
    "prev_page",
    "next_issue",
    "prev_issue",
    "back",
    "forward",
)

# (article key, page code) in reading order
_Story = tuple[str, str | None]


class Navigator(QObject):
    """Owns "which article is shown"; every change goes out as one current_article_changed."""

    current_article_changed = Signal(str)

    def __init__(self, signals: LibrarySignals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = signals.library
        self.current: str | None = None
        self._back: list[str] = []
        self._forward: list[str] = []
        self._stories: dict[int, list[_Story]] = {}
        signals.issues_changed.connect(self.invalidate)

    def invalidate(self) -> None:
        """Forget cached orders after issues were imported or removed."""
        self._stories.clear()

    def show(self, key: str) -> None:
        """Show an article the reader picked; the one before goes on the back list."""
        if key == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
        self._forward.clear()
        self._set(key)

    def move(self, where: str) -> bool:
        """Run a named move; False (and nothing emitted) when there is nowhere to go."""
        if where in ("back", "forward"):
            return self._step_history(where)
        target = self._MOVES[where](self)
        if target is None:
            return False
        self.show(target)
        return True

    def locate(self, key: str) -> tuple[int, str | None] | None:
        """(issue id, page code) of an article, None when it is not in the library."""
        issue = self._library.issue_of(key)
        if issue is None:
            return None
        page = next((p for k, p in self._stories_of(issue.id) if k == key), None)
        return issue.id, page

    def position(self, key: str) -> tuple[int, int]:
        """(number on its page counting from 1, stories on that page)."""
        where = self.locate(key)
        if where is None:
            return (0, 0)
        on_page = [k for k, p in self._stories_of(where[0]) if p == where[1]]
        return (on_page.index(key) + 1 if key in on_page else 0, len(on_page))

    def can_move(self, where: str) -> bool:
        if where == "back":
            return bool(self._back)
        if where == "forward":
            return bool(self._forward)
        return True

    def _set(self, key: str) -> None:
        self.current = key
        self.current_article_changed.emit(key)

    def _step_history(self, where: str) -> bool:
        source, dest = (
            (self._back, self._forward) if where == "back" else (self._forward, self._back)
        )
        if not source:
            return False
        if self.current is not None:
            dest.append(self.current)
        self._set(source.pop())
        return True

    # --- the moves -------------------------------------------------------------------------

    def _next_story(self) -> str | None:
        stories, i = self._here()
        if i is not None and i + 1 < len(stories):
            return stories[i + 1][0]
        return self._first_of_issue(+1)

    def _prev_story(self) -> str | None:
        stories, i = self._here()
        if i is not None and i > 0:
            return stories[i - 1][0]
        return self._first_of_issue(-1, last=True)

    def _next_unread(self) -> str | None:
        return self._library.next_unread(self.current)

    def _next_page(self) -> str | None:
        stories, i = self._here()
        if i is not None:
            page = stories[i][1]
            later = (k for k, p in stories[i + 1 :] if p != page)
            found = next(later, None)
            if found:
                return found
        return self._first_of_issue(+1)

    def _prev_page(self) -> str | None:
        stories, i = self._here()
        if i is None:
            return self._first_of_issue(-1)
        page = stories[i][1]
        earlier = [(k, p) for k, p in stories[:i] if p != page]
        if not earlier:
            return self._first_of_issue(-1)
        wanted = earlier[-1][1]
        return next(k for k, p in stories if p == wanted)

    def _next_issue(self) -> str | None:
        return self._first_of_issue(+1)

    def _prev_issue(self) -> str | None:
        return self._first_of_issue(-1)

    _MOVES: ClassVar[dict[str, Callable[[Navigator], str | None]]] = {
        "next_story": _next_story,
        "prev_story": _prev_story,
        "next_unread": _next_unread,
        "next_page": _next_page,
        "prev_page": _prev_page,
        "next_issue": _next_issue,
        "prev_issue": _prev_issue,
    }

    # --- reading order ---------------------------------------------------------------------

    def _here(self) -> tuple[list[_Story], int | None]:
        issue = self._library.issue_of(self.current) if self.current else None
        if issue is None:
            return [], None
        stories = self._stories_of(issue.id)
        index = next((n for n, (k, _) in enumerate(stories) if k == self.current), None)
        return stories, index

    def _first_of_issue(self, step: int, last: bool = False) -> str | None:
        """The first (or last) story of the nearest issue `step` places away that has stories.
        Issues are found one by one beside the current one, never all listed."""
        issue = self._library.issue_of(self.current) if self.current else None
        issue_id = self._library.issue_beside(issue.id if issue else None, step)
        while issue_id is not None:
            stories = self._stories_of(issue_id)
            if stories:
                return stories[-1 if last else 0][0]
            issue_id = self._library.issue_beside(issue_id, step)
        return None

    def _stories_of(self, issue_id: int) -> list[_Story]:
        if issue_id not in self._stories:
            rows = self._library.articles(issue_id)
            self._stories[issue_id] = [(row.key, row.page) for row in rows]
        return self._stories[issue_id]
