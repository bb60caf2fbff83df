"""The sidebar tree: issues newest first, pages, stories; lazy, and a well-behaved Qt model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.library import Library
from reader.model import Article, Issue, Page, make_key
from reader.ui.sidebar import ISSUE_BATCH, LibraryTreeModel, Role
from reader.ui.signals import LibrarySignals


def _issue(day: int, stories_per_page: int = 2, month: int = 3) -> Issue:
    date = f"2026-{month:02d}-{day:02d}"
    pages = (Page("01", "要闻"), Page("02", "综合"))
    articles = []
    for page in pages:
        for n in range(stories_per_page):
            title = f"{date} 第{page.code}版 第{n + 1}条"
            paragraphs = (f"{title}的正文。",)
            key = make_key("江城日报", date, title, paragraphs)
            articles.append(Article(key, title, page=page.code, paragraphs=paragraphs))
    return Issue("江城日报", date, f"/papers/{date}.txt", "text", pages, tuple(articles))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "home") as library:
        for day in (10, 12, 11):
            library.import_issue(_issue(day))
        yield library


def _labels(model: LibraryTreeModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_qtmodeltester(qtmodeltester, library):
    model = LibraryTreeModel(LibrarySignals(library))

    qtmodeltester.check(model, force_py=True)


def test_issues_newest_first_then_pages_then_stories(library):
    model = LibraryTreeModel(LibrarySignals(library))

    assert _labels(model) == ["江城日报 2026-03-12", "江城日报 2026-03-11", "江城日报 2026-03-10"]
    issue = model.index(0, 0)
    assert _labels(model, issue) == ["第1版 要闻", "第2版 综合"]
    page = model.index(0, 0, issue)
    assert _labels(model, page) == ["2026-03-12 第01版 第1条", "2026-03-12 第01版 第2条"]
    story = model.index(1, 0, page)
    assert story.data(Role.KIND) == "article"
    assert story.parent() == page and page.parent() == issue


def test_unread_stories_are_bold_and_bookmarked_ones_carry_a_star(library):
    signals = LibrarySignals(library)
    model = LibraryTreeModel(signals)
    _labels(model)
    issue = model.index(0, 0)
    _labels(model, issue)
    page = model.index(0, 0, issue)
    _labels(model, page)
    story = model.index(0, 0, page)
    assert story.data(Qt.ItemDataRole.FontRole).bold()

    key = story.data(Role.ARTICLE_KEY)
    signals.visit(key)
    signals.add_bookmark(key)

    assert story.data(Qt.ItemDataRole.FontRole) is None
    assert story.data().startswith("★ ")
    assert story.data(Role.BOOKMARKED) is True
    signals.remove_bookmark(key)
    assert not story.data().startswith("★ ")


def test_the_tree_lists_issues_imported_or_removed_elsewhere(library):
    signals = LibrarySignals(library)
    model = LibraryTreeModel(signals)
    assert len(_labels(model)) == 3

    library.import_issue(_issue(13))
    signals.issues_stored()
    assert len(_labels(model)) == 4

    signals.remove_issue(library.issues()[0].id)
    assert len(_labels(model)) == 3


def test_children_are_loaded_only_when_asked_and_issues_in_batches(tmp_path):
    with Library.open(tmp_path / "big") as library:
        for n in range(ISSUE_BATCH + 5):
            library.import_issue(_issue(1 + n % 28, 1, month=1 + n // 28))
        model = LibraryTreeModel(LibrarySignals(library))

        assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
        assert model.rowCount() == ISSUE_BATCH
        issue = model.index(0, 0)
        assert model.hasChildren(issue) and model.rowCount(issue) == 0
        model.fetchMore(QModelIndex())
        assert model.rowCount() == ISSUE_BATCH + 5
        assert not model.canFetchMore(QModelIndex())


def test_finding_a_story_opens_its_issue_and_page(library):
    model = LibraryTreeModel(LibrarySignals(library))
    oldest = library.issues()[-1]
    row = library.articles(oldest.id)[-1]

    index = model.index_of_article(row.key, oldest.id, row.page)

    assert index.data() == row.title
    assert index.parent().data() == "第2版 综合"
    assert index.parent().parent().data() == "江城日报 2026-03-10"


def test_issues_and_pages_count_their_unread_stories(library):
    signals = LibrarySignals(library)
    model = LibraryTreeModel(signals)
    _labels(model)
    issue = model.index(0, 0)
    _labels(model, issue)
    page = model.index(0, 0, issue)
    assert issue.data(Role.UNREAD) == 4 and page.data(Role.UNREAD) == 2
    assert "4" in issue.data(Qt.ItemDataRole.ToolTipRole)

    signals.visit(library.articles(issue.data(Role.ISSUE_ID), "01")[0].key)
    assert issue.data(Role.UNREAD) == 3 and page.data(Role.UNREAD) == 1

    keys = [row.key for row in library.articles(issue.data(Role.ISSUE_ID))]
    signals.mark_read(issue.data(Role.ISSUE_ID), keys)
    assert issue.data(Role.UNREAD) == 0 and page.data(Role.UNREAD) == 0
    assert issue.data(Qt.ItemDataRole.ToolTipRole) is None
    signals.mark_read(issue.data(Role.ISSUE_ID), keys, read=False)
    assert issue.data(Role.UNREAD) == 4
