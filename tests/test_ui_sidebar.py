"""The sidebar tree: papers, years and months, issues newest first, pages, stories; lazy, and
a well-behaved Qt model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.library import Library
from reader.model import Article, Issue, Page, make_key
from reader.ui.sidebar import LibraryTreeModel, Role
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


def _month(model: LibraryTreeModel, paper: int = 0, year: int = 0, month: int = 0) -> QModelIndex:
    """The month shelf (by row numbers), opened."""
    index = QModelIndex()
    for row in (paper, year, month):
        _labels(model, index)
        index = model.index(row, 0, index)
    _labels(model, index)
    return index


def test_model_passes_qtmodeltester(qtmodeltester, library):
    model = LibraryTreeModel(LibrarySignals(library))

    qtmodeltester.check(model, force_py=True)


def test_papers_years_months_then_issues_newest_first_then_pages_then_stories(library):
    library.import_issue(_issue(2, month=1))
    model = LibraryTreeModel(LibrarySignals(library))

    assert _labels(model) == ["江城日报"]
    paper = model.index(0, 0)
    assert _labels(model, paper) == ["2026"]
    year = model.index(0, 0, paper)
    assert _labels(model, year) == ["3月", "1月"]
    month = model.index(0, 0, year)
    assert _labels(model, month) == [
        "江城日报 2026-03-12",
        "江城日报 2026-03-11",
        "江城日报 2026-03-10",
    ]
    assert [model.index(r, 0, paper).data(Role.KIND) for r in range(1)] == ["year"]
    assert (paper.data(Role.KIND), month.data(Role.KIND)) == ("paper", "month")
    issue = model.index(0, 0, month)
    assert _labels(model, issue) == ["第1版 要闻", "第2版 综合"]
    page = model.index(0, 0, issue)
    assert _labels(model, page) == ["2026-03-12 第01版 第1条", "2026-03-12 第01版 第2条"]
    story = model.index(1, 0, page)
    assert story.data(Role.KIND) == "article"
    assert story.parent() == page and page.parent() == issue and issue.parent() == month


def test_papers_apart_english_months_by_name_undated_issues_on_their_own_shelf(library):
    english = Issue(
        "The Town Crier",
        "2025-11-02",
        "/papers/crier.txt",
        "text",
        (),
        (
            Article(
                make_key("The Town Crier", "2025-11-02", "Rain", ("Wet.",)),
                "Rain",
                paragraphs=("Wet.",),
            ),
        ),
    )
    undated = Issue(
        "The Town Crier",
        None,
        "/papers/undated.txt",
        "text",
        (),
        (Article(make_key("The Town Crier", None, "Sun", ("Dry.",)), "Sun", paragraphs=("Dry.",)),),
    )
    library.import_issues([english, undated])
    model = LibraryTreeModel(LibrarySignals(library))

    assert _labels(model) == ["The Town Crier", "江城日报"]
    crier = model.index(0, 0)
    assert _labels(model, crier) == ["2025", "Without a date"]
    assert _labels(model, model.index(0, 0, crier)) == ["November"]
    assert _labels(model, model.index(1, 0, crier)) == [undated.title]


def test_unread_stories_are_bold_and_bookmarked_ones_carry_a_star(library):
    signals = LibrarySignals(library)
    model = LibraryTreeModel(signals)
    issue = model.index(0, 0, _month(model))
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
    assert len(_labels(model, _month(model))) == 3

    library.import_issue(_issue(13))
    signals.issues_stored()
    assert len(_labels(model, _month(model))) == 4

    signals.remove_issue(library.issues()[0].id)
    assert len(_labels(model, _month(model))) == 3


def test_each_level_is_read_only_when_opened_never_every_issue(tmp_path, monkeypatch):
    with Library.open(tmp_path / "big") as library:
        library.import_issues(_issue(1 + n % 28, 1, month=1 + n // 28) for n in range(12 * 28))
        asked: list[str] = []
        for name in ("issues", "shelf_issues", "articles", "pages"):
            real = getattr(library, name)
            monkeypatch.setattr(library, name, lambda *a, n=name, r=real: asked.append(n) or r(*a))
        model = LibraryTreeModel(LibrarySignals(library))

        assert model.rowCount() == 1 and not model.canFetchMore(QModelIndex())  # one paper
        _labels(model, model.index(0, 0))
        year = model.index(0, 0, model.index(0, 0))
        assert len(_labels(model, year)) == 12 and asked == []  # counted, not listed
        month = model.index(0, 0, year)
        assert model.hasChildren(month) and model.rowCount(month) == 0
        assert len(_labels(model, month)) == 28
        assert asked == ["shelf_issues"]
        assert model.hasChildren(model.index(0, 0, month))


def test_finding_a_story_opens_its_issue_and_page(library):
    model = LibraryTreeModel(LibrarySignals(library))
    oldest = library.issues()[-1]
    row = library.articles(oldest.id)[-1]

    index = model.index_of_article(row.key, oldest.id, row.page)

    assert index.data() == row.title
    assert index.parent().data() == "第2版 综合"
    assert index.parent().parent().data() == "江城日报 2026-03-10"
    assert index.parent().parent().parent().data() == "3月"


def test_finding_a_story_reads_only_the_shelves_on_its_way(tmp_path, monkeypatch):
    with Library.open(tmp_path / "big") as library:
        library.import_issues(_issue(1 + n % 28, 1, month=1 + n // 28) for n in range(12 * 28))
        target = library.issues(100, 1)[0]
        row = library.articles(target.id)[-1]
        listed: list[int] = []
        real = library.shelf_issues
        monkeypatch.setattr(
            library,
            "shelf_issues",
            lambda shelf: listed.append(len(real(shelf))) or real(shelf),
        )
        model = LibraryTreeModel(LibrarySignals(library))

        index = model.index_of_article(row.key, target.id, row.page)

        assert index.data() == row.title
        assert listed == [28]  # one month of issues, not the 336 of the library


def test_issues_and_pages_count_their_unread_stories(library):
    signals = LibrarySignals(library)
    model = LibraryTreeModel(signals)
    issue = model.index(0, 0, _month(model))
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
