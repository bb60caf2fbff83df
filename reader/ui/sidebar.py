"""The sidebar: one lazy tree model over paper -> year -> month -> issue -> page -> article,
and its view."""

from __future__ import annotations

import contextlib
import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from reader.library import ArticleRow, IssueRow, LibraryError, PageRow, Shelf
from reader.render import BOOKMARK_MARK, is_chinese, page_label
from reader.ui.literal import literal
from reader.ui.signals import LibrarySignals

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "paper", "year", "month", "issue", "page", "article"
    ARTICLE_KEY = Qt.ItemDataRole.UserRole + 2
    ISSUE_ID = Qt.ItemDataRole.UserRole + 3
    PAGE_CODE = Qt.ItemDataRole.UserRole + 4
    READ = Qt.ItemDataRole.UserRole + 5
    BOOKMARKED = Qt.ItemDataRole.UserRole + 6
    UNREAD = Qt.ItemDataRole.UserRole + 7  # unread stories of an issue or a page


class _Node:
    """One row of the tree; children are None until fetched."""

    __slots__ = ("children", "number", "parent", "row")

    def __init__(self, row: Any, parent: _Node | None, number: int = 0) -> None:
        self.row = row
        self.parent = parent
        self.number = number  # its row under the parent: children are only ever appended
        self.children: list[_Node] | None = None

    @property
    def kind(self) -> str:
        row = self.row
        if isinstance(row, Shelf):
            assert self.parent is not None
            return _SHELF_BELOW[self.parent.kind]
        if isinstance(row, IssueRow):
            return "issue"
        if isinstance(row, PageRow):
            return "page"
        return "article" if isinstance(row, ArticleRow) else "root"


# The shelf under each: papers at the top, their years, the months of a year.
_SHELF_BELOW = {"root": "paper", "paper": "year", "year": "month"}


class LibraryTreeModel(QAbstractItemModel):
    """Papers, their years and months, newest first, each month's issues, their pages (版),
    their articles in reading order. Each level is read when it is opened, so that a library
    of 10,000 issues opens at once; it follows the library's changes itself."""

    def __init__(self, signals: LibrarySignals, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = signals.library
        self._root = _Node(None, None)
        self._articles: dict[str, _Node] = {}
        self._issues: dict[int, _Node] = {}
        self._unread: dict[int, dict[str | None, int]] = {}  # issue id -> page -> unread
        self.reload()
        signals.issues_changed.connect(self.reload)
        signals.read_changed.connect(self._story_read)
        signals.issue_read_changed.connect(self._issue_read)
        signals.bookmarks_changed.connect(self._follow_bookmarks)

    def reload(self) -> None:
        """Start again from the library (after an import or a removal)."""
        self.beginResetModel()
        self._root = _Node(None, None)
        self._articles.clear()
        self._issues.clear()
        self._unread.clear()
        # The papers, a few rows, are read at once: the view asks for them at once. On damage
        # the list stays empty until the library is restored (told where the story is read).
        with contextlib.suppress(LibraryError):
            self._root.children = [
                _Node(row, self._root, n) for n, row in enumerate(self._children_of(self._root))
            ]
        self.endResetModel()

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.number, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        children = self._node(parent).children
        return len(children) if children else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        if node.kind == "root":
            return node.children is None or bool(node.children)
        if node.kind == "article":
            return False
        if isinstance(node.row, Shelf):
            return True  # only shelves holding an issue are listed
        return node.row.article_count > 0

    def canFetchMore(self, parent: _Index) -> bool:
        node = self._node(parent)
        return node.kind != "article" and node.children is None

    def fetchMore(self, parent: _Index) -> None:
        node = self._node(parent)
        if node.kind == "article" or node.children is not None:
            return
        try:
            rows = self._children_of(node)
        except LibraryError:  # damage: told where the story is read; the level stays closed
            return
        node.children = []
        if not rows:
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        for number, row in enumerate(rows):
            child = _Node(row, node, number)
            node.children.append(child)
            if isinstance(row, ArticleRow):
                self._articles[row.key] = child
            elif isinstance(row, IssueRow):
                self._issues[row.id] = child
        self.endInsertRows()

    def _children_of(self, node: _Node) -> list[Any]:
        kind, row, library = node.kind, node.row, self._library
        if kind == "root":
            return library.paper_shelves()
        if kind == "paper":
            return library.year_shelves(row.paper)
        if kind == "year" and row.year is not None:
            return library.month_shelves(row.paper, row.year)
        if kind in ("year", "month"):
            return library.shelf_issues(row)
        if kind == "issue":
            return library.pages(row.id) or library.articles(row.id)
        return library.articles(row.issue_id, row.code)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({role: QByteArray(role.name.lower().encode()) for role in Role})
        return names

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return _label(node)
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "article":
            return literal(node.row.title)
        if role == Role.UNREAD and node.kind in ("issue", "page"):
            return self._unread_count(node)
        if role == Qt.ItemDataRole.ToolTipRole and node.kind in ("issue", "page"):
            unread = self._unread_count(node)
            return self.tr("%n unread stories", "", unread) if unread else None
        if role == Qt.ItemDataRole.FontRole and node.kind == "article" and not node.row.read:
            font = QFont()
            font.setBold(True)
            return font
        return self._role_data(node, role)

    # --- lookups for the window ------------------------------------------------------------

    def index_of_article(self, key: str, issue_id: int, page: str | None) -> QModelIndex:
        """The article's index, fetching its issue and page first if they were never opened."""
        if key not in self._articles:
            self._fetch_path_to(issue_id, page)
        node = self._articles.get(key)
        return QModelIndex() if node is None else self.createIndex(node.number, 0, node)

    def _set_state(self, key: str, **changes: bool) -> None:
        """Update read / bookmarked of a loaded row, e.g. _set_state(key, read=True)."""
        node = self._articles.get(key)
        if node is None:
            return
        node.row = dataclasses.replace(node.row, **changes)
        index = self.createIndex(node.number, 0, node)
        self.dataChanged.emit(index, index)

    def _unread_count(self, node: _Node) -> int:
        issue_id = node.row.id if node.kind == "issue" else node.row.issue_id
        if issue_id not in self._unread:
            try:
                self._unread[issue_id] = self._library.unread_by_page(issue_id)
            except LibraryError:  # damage: told where the story is read; not counted here
                return 0
        counts = self._unread[issue_id]
        return sum(counts.values()) if node.kind == "issue" else counts.get(node.row.code, 0)

    def _story_read(self, key: str) -> None:
        node = self._articles.get(key)
        self._set_state(key, read=True)
        issue = self._library.issue_of(key) if node is None else None
        issue_id = node.row.issue_id if node is not None else issue.id if issue else None
        if issue_id is not None:
            self._recount(issue_id)

    def _issue_read(self, issue_id: int) -> None:
        """Stories of the issue were marked read or unread together: read their marks again."""
        for row in self._library.articles(issue_id):
            if row.key in self._articles and self._articles[row.key].row.read != row.read:
                self._set_state(row.key, read=row.read)
        self._recount(issue_id)

    def _recount(self, issue_id: int) -> None:
        """Count the issue's unread stories again when its row and its pages are painted."""
        self._unread.pop(issue_id, None)
        node = self._issues.get(issue_id)
        if node is None:
            return
        issue_index = self.createIndex(node.number, 0, node)
        self.dataChanged.emit(issue_index, issue_index, [Role.UNREAD])
        pages = [child for child in node.children or () if child.kind == "page"]
        if pages:
            first = self.createIndex(pages[0].number, 0, pages[0])
            last = self.createIndex(pages[-1].number, 0, pages[-1])
            self.dataChanged.emit(first, last, [Role.UNREAD])

    def _follow_bookmarks(self) -> None:
        """Star exactly the loaded stories that are bookmarked now."""
        marked = {bookmark.key for bookmark in self._library.bookmarks()}
        for key, node in self._articles.items():
            if node.row.bookmarked != (key in marked):
                self._set_state(key, bookmarked=key in marked)

    def _fetch_path_to(self, issue_id: int, page: str | None) -> None:
        """Open the tree down to the issue's page: only the shelves on the way are read."""
        shelf = self._library.shelf_of(issue_id)
        if shelf is None:
            return
        steps = [
            lambda n: n.kind == "paper" and n.row.paper == shelf.paper,
            lambda n: n.kind == "year" and n.row.year == shelf.year,
        ]
        if shelf.year is not None:
            steps.append(lambda n: n.kind == "month" and n.row.month == shelf.month)
        steps.append(lambda n: n.kind == "issue" and n.row.id == issue_id)
        steps.append(lambda n: n.kind == "page" and n.row.code == page)
        index = QModelIndex()
        for step in steps:
            found = self._find_child(index, step)
            if not found.isValid():
                break
            index = found
            if self.canFetchMore(index):
                self.fetchMore(index)

    def _find_child(self, parent: QModelIndex, match: Any) -> QModelIndex:
        if self.canFetchMore(parent):
            self.fetchMore(parent)
        for row, child in enumerate(self._node(parent).children or ()):
            if match(child):
                return self.index(row, 0, parent)
        return QModelIndex()

    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    @staticmethod
    def _role_data(node: _Node, role: int) -> Any:
        row = node.row
        if role == Role.KIND:
            return node.kind
        if isinstance(row, Shelf):
            return None
        if role == Role.ARTICLE_KEY and node.kind == "article":
            return row.key
        if role == Role.ISSUE_ID:
            return row.id if node.kind == "issue" else row.issue_id
        if role == Role.PAGE_CODE and node.kind != "issue":
            return row.code if node.kind == "page" else row.page
        if role == Role.READ and node.kind == "article":
            return row.read
        if role == Role.BOOKMARKED and node.kind == "article":
            return row.bookmarked
        return None


def _label(node: _Node) -> str:
    row = node.row
    if isinstance(row, Shelf):
        return _shelf_label(node.kind, row)
    if node.kind == "issue":
        return row.title
    if node.kind == "page":
        assert node.parent is not None
        return page_label(row.code, row.name, is_chinese(node.parent.row.title))
    mark = f"{BOOKMARK_MARK} " if row.bookmarked else ""
    return mark + row.title


def _shelf_label(kind: str, shelf: Shelf) -> str:
    if kind == "paper":
        return shelf.paper or QCoreApplication.translate("LibraryTreeModel", "Without a paper name")
    if kind == "year":
        return shelf.year or QCoreApplication.translate("LibraryTreeModel", "Without a date")
    month = int(shelf.month or 0)
    if shelf.paper is not None and is_chinese(shelf.paper):
        return f"{month}月"
    return QLocale(QLocale.Language.English).monthName(month) if 1 <= month <= 12 else "?"


class SidebarView(QTreeView):
    """The issue tree: one column, no header, uniform rows for speed; the unread stories of
    each issue and page counted at the right; a context menu for the row under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(UnreadCountDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class UnreadCountDelegate(QStyledItemDelegate):
    """Draws an issue's or a page's count of unread stories at the right of its row, in the
    colour of secondary text; the label is elided before it rather than under it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        unread = index.data(Role.UNREAD)
        if not unread:
            super().paint(painter, option, index)
            return
        text = str(unread)
        room = option.fontMetrics.horizontalAdvance(text) + 2 * _COUNT_MARGIN
        label = QStyleOptionViewItem(option)
        label.rect = option.rect.adjusted(0, 0, -room, 0)
        super().paint(painter, label, index)
        # Asked of the view, not of option.state: that is a QStyle flag, and its Python type
        # (the style's, with long enums) would be built for the first paint.
        selected = self._view.selectionModel().isSelected(index)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        count = QRect(option.rect.right() - room, option.rect.top(), room, option.rect.height())
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.drawText(count, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


_COUNT_MARGIN = 6
