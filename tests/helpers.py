"""Helpers shared by the tests: made-up issues and the real window started as a reader would."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader import model
from reader.ui import app
from reader.ui.window import MainWindow

# --- made-up issues ------------------------------------------------------------------------


def article(title: str, *paragraphs: str, page: str = "01", **fields: object) -> model.Article:
    key = model.make_key("江城日报", "2026-03-12", title, paragraphs)
    return model.Article(
        key=key, title=title, paragraphs=paragraphs, page=page, pages=(page,), **fields
    )


def make_issue(
    paper: str = "江城日报",
    day: str = "2026-03-12",
    articles: tuple[model.Article, ...] | None = None,
    source: str = "/papers/jiangcheng.txt",
) -> model.Issue:
    if articles is None:
        articles = (
            article(
                "春耕备耕忙",
                "本报讯 连日来，无锡各地农民抢抓农时，田间地头一派繁忙景象。",
                "现场农技人员指导村民科学施肥。",
                byline="高美梅",
                kicker="要闻快览",
            ),
            article(
                "国家统计局发布数据",
                "国家统计局今天发布二月份经济数据，ＧＤＰ稳步增长，物价总体平稳。",
            ),
            article(
                "江城新区建设提速",
                "新区十个重点项目集中开工，总投资超过百亿元。",
                page="02",
                subtitle="——十个重点项目集中开工",
            ),
        )
    # Keys as a parser makes them: another paper or day has other keys.
    articles = tuple(
        replace(a, key=model.make_key(paper, day, a.title, a.paragraphs)) for a in articles
    )
    return model.Issue(
        paper=paper,
        date=day,
        source=source,
        format="text",
        pages=(model.Page("01", "要闻"), model.Page("02", "综合")),
        articles=articles,
    )


def english_issue() -> model.Issue:
    def en(title: str, *paragraphs: str) -> model.Article:
        key = model.make_key("River Times", "2026-03-10", title, paragraphs)
        return model.Article(key=key, title=title, paragraphs=paragraphs, page="A1")

    return model.Issue(
        paper="River Times",
        date="2026-03-10",
        source="/papers/river.txt",
        format="text",
        articles=(
            en("Council Approves Budget", "The city council approved the economic plan on Monday."),
            en("Harbour Festival Returns", "Boats and music filled the harbour at the weekend."),
        ),
    )


# --- many issues on disk -------------------------------------------------------------------

ARTICLES = 30


def issue_text(n: int) -> str:
    """Issue number n of a made-up daily: its own date, ARTICLES stories, the word qNx in each."""
    year, month, day = 2000 + n // 336, 1 + n // 28 % 12, 1 + n % 28
    lines = [f"测试日报 {year}年{month}月{day}日 星期四 第1版 要闻", "责任编辑：陈晨", ""]
    for a in range(ARTICLES):
        lines += [f"第{n}期第{a}条新闻标题", ""]
        for p in range(4):
            sentence = (
                f"本报讯 期号q{n}x 这是第{a}条新闻的第{p}段，城北湿地公园春季开园，"
                "园内新增观鸟步道三公里，首日接待游客两万人次。"
            )
            lines += ["　　" + sentence * 3, ""]
    return "\n".join(lines)


def write_issues(folder: Path, first: int, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(first, first + count):
        path = folder / f"issue-{n}.txt"
        path.write_text(issue_text(n), encoding="utf-8")
        paths.append(path)
    return paths


# --- the window ----------------------------------------------------------------------------

UI_FIXTURES = Path(__file__).parent / "fixtures" / "ui"
EVENING_PAPER = UI_FIXTURES / "新城晚报-2026-04-02.txt"
BROKEN = UI_FIXTURES / "broken-page.txt"

Start = Callable[..., MainWindow]


@contextmanager
def window_starter(qtbot, tmp_path: Path) -> Iterator[Start]:
    """Starts the real window on a private library, as `paper-reader --library DIR PATH…`
    would, and closes every window started when the test is over."""
    windows: list[MainWindow] = []

    def _start(*paths: Path, home: Path = tmp_path / "home") -> MainWindow:
        window = app.start(app.parse_args(["--library", str(home), *map(str, paths)]))
        assert isinstance(window, MainWindow)
        windows.append(window)
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    try:
        yield _start
    finally:
        for window in windows:
            close_window(window)


def close_window(window: MainWindow) -> None:
    if not shiboken6.isValid(window):
        return
    window.close()
    window.library.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def type_chinese(widget: QWidget, text: str) -> None:
    """What an input method sends when a phrase is chosen (QTest types Latin-1 only)."""
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def issue_indexes(model: QAbstractItemModel) -> list[QModelIndex]:
    """Every issue row of the sidebar's tree, in its order, opening the shelves (paper, year,
    month) above them."""
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        if model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(SHELF_KIND_ROLE) == "issue":
                found.append(index)
            else:
                walk(index)

    walk(QModelIndex())
    return found


SHELF_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # sidebar.Role.KIND


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of one table, as a bad disk sector would: the file still
    opens, only reading that table or checking the file finds it. What waits in the WAL is
    written into the file first, so that the damage is not covered by it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xde\xad\xbe\xef" * (page_size // 4))
