"""The reading pane's two faces: the story as text, or the printed page it stands on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from reader.library import Library
from reader.model import Page
from reader.ui import settings
from reader.ui.article_view import ArticleView
from reader.ui.navigation import Navigator

if TYPE_CHECKING:
    from reader.ui.page_view import PageView


class PagePane(QObject):
    """Holds the article view and the page view in one place of the window; the page view
    follows the current story (its page shown, its area highlighted), and a click on an
    area opens that story as text. Which face shows is kept in the settings."""

    def __init__(
        self,
        library: Library,
        navigator: Navigator,
        article_view: ArticleView,
        config: settings.Settings,
        folder_of: Callable[[str], Path | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library, self._navigator, self._settings = library, navigator, config
        self._folder_of = folder_of
        self.article_view = article_view
        self._page_view: PageView | None = None  # made when first shown: not for the text
        self.stack = QStackedWidget(parent)
        self.stack.setObjectName("reading_pane")
        self.stack.addWidget(article_view)
        self._shown: tuple[int, str] | None = None  # (issue id, page code) in the page view
        if config.get(settings.PAGE_VIEW):
            self.stack.setCurrentWidget(self.page_view)
        navigator.current_article_changed.connect(self._follow)

    @property
    def page_view(self) -> PageView:
        if self._page_view is None:
            from reader.ui.page_view import PageView  # the printed page's drawing, when used

            self._page_view = PageView(parent=self.stack)
            self.stack.addWidget(self._page_view)
            self._page_view.article_chosen.connect(self._open_as_text)
        return self._page_view

    @property
    def showing_page(self) -> bool:
        return self._page_view is not None and self.stack.currentWidget() is self._page_view

    def toggle(self) -> None:
        """The printed page instead of the text, or back; remembered for the next start."""
        to_page = not self.showing_page
        self.stack.setCurrentWidget(self.page_view if to_page else self.article_view)
        self._settings.set(settings.PAGE_VIEW, to_page)
        if to_page and self._navigator.current:
            self._follow(self._navigator.current)
        self.focus()

    @property
    def face(self) -> QWidget:
        """The face shown: the story's text or its printed page."""
        return self.page_view if self.showing_page else self.article_view

    def focus(self) -> None:
        """The keyboard to the face shown."""
        self.face.setFocus()

    def close(self) -> None:
        if self._page_view is not None:
            self._page_view.renderer.close()

    def _follow(self, key: str) -> None:
        if not self.showing_page:
            self._shown = None  # drawn again when the page view comes back
            return
        where = self._navigator.locate(key)
        issue = self._library.issue_of(key)
        if where is None or issue is None:
            return
        issue_id, code = where
        if self._shown == (issue_id, code):
            self.page_view.set_current(key)
            return
        self._shown = (issue_id, code or "")
        folder = self._folder_of(issue.source)
        page = self._page(issue_id, code)
        titles = [(row.key, row.title) for row in self._library.articles(issue_id, code)]
        self.page_view.show_page(page, folder, titles, key)
        self.page_view.prefetch(self._next_pages(issue_id, code), folder)

    def _page(self, issue_id: int, code: str | None) -> Page:
        found = self._library.printed_page(issue_id, code) if code else None
        return found or Page(code or "")

    def _next_pages(self, issue_id: int, code: str | None) -> list[Page]:
        """The page after this one (L turns to it), to be drawn while this one is read."""
        codes = [p.code for p in self._library.pages(issue_id)]
        at = codes.index(code) if code in codes else -1
        following = codes[at + 1 : at + 2]
        return [self._page(issue_id, c) for c in following]

    def _open_as_text(self, key: str) -> None:
        self.stack.setCurrentWidget(self.article_view)
        self._settings.set(settings.PAGE_VIEW, False)
        self._shown = None
        self._navigator.show(key)
        self.article_view.setFocus()
