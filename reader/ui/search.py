"""Searching the library as the reader types: the box, the filters, the worker, the hits.

Library.search runs on a thread of its own with its own library connection, so typing never
waits for the database; a search overtaken by newer typing is interrupted, and only the
answer to the newest query is ever shown.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.library import Hit, Library, LibraryError
from reader.render import is_chinese, page_label
from reader.ui import scroll_bars
from reader.ui.core_messages import translated
from reader.ui.signals import LibrarySignals

log = logging.getLogger(__name__)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
# Short: a stale search is interrupted, so searching between keystrokes costs little, and
# keystroke to hits stays under 100 ms on a library of 10,000 issues.
DEBOUNCE_MS = 40
WORKER_DELAY_MS = 1500
# The date edits show "any date" at this value: no limit on that side.
NO_DATE = QDate(1800, 1, 1)
_HIT_INDENT = 10  # px: hits sit under their issue's heading
_MARK_STYLE = "background-color: #ffe066; color: #000000;"


@dataclass(frozen=True)
class Request:
    """One search as the reader asked for it."""

    query: str
    paper: str | None = None
    since: str | None = None
    until: str | None = None


def snippet_html(snippet: str) -> str:
    """The snippet escaped, its \\x02 … \\x03 marks made highlighted spans."""
    text = escape(snippet)
    return text.replace("\x02", f'<span style="{_MARK_STYLE}">').replace("\x03", "</span>")


def group_hits(hits: list[Hit]) -> list[tuple[tuple[int, str | None], list[Hit]]]:
    """Hits grouped by issue and page, in the order the library ranked them."""
    groups: dict[tuple[int, str | None], list[Hit]] = {}
    for hit in hits:
        groups.setdefault((hit.issue_id, hit.page), []).append(hit)
    return list(groups.items())


class SearchWorker(QObject):
    """A thread that runs the newest waiting search; a newer one replaces one not yet begun
    and interrupts one under way."""

    found = Signal(int, object, object)  # generation, Request, list[Hit] or an error message

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._wake = threading.Condition()
        self._waiting: tuple[int, Request] | None = None
        self._library: Library | None = None  # set while a search runs
        self._stopped = False
        self._thread = threading.Thread(target=self._work, name="search", daemon=True)

    def start(self) -> None:
        """Open the worker's library connection now, ahead of the first search."""
        if not self._thread.is_alive() and not self._stopped:
            self._thread.start()

    def submit(self, generation: int, request: Request) -> None:
        with self._wake:
            self._waiting = (generation, request)
            if self._library is not None:
                self._library.interrupt()
            self._wake.notify()
        self.start()

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            if self._library is not None:
                self._library.interrupt()
            self._wake.notify()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _work(self) -> None:
        # Opened before the first query when it can be: opening checks the file, which takes
        # a second on a library of 10,000 issues.
        try:
            library = Library.attach(self._home)  # the window opened (checked, restored) it
        except LibraryError as err:
            self.found.emit(-1, None, str(err))
            return
        try:
            while (job := self._next(library)) is not None:
                generation, request = job
                if library.replaced():  # restored from a backup: read the file in its place
                    library.close()
                    try:
                        library = self._attach_again()
                    except LibraryError as err:
                        self.found.emit(generation, request, str(err))
                        return
                found = _search(library, request)
                with self._wake:
                    self._library = None
                self.found.emit(generation, request, found)
        finally:
            library.close()

    def _attach_again(self) -> Library:
        library = Library.attach(self._home)
        with self._wake:
            self._library = library  # interrupted by a newer search from now on
        return library

    def _next(self, library: Library) -> tuple[int, Request] | None:
        with self._wake:
            while self._waiting is None and not self._stopped:
                self._wake.wait()
            job, self._waiting = self._waiting, None
            if self._stopped:
                return None
            self._library = library
            return job


def _search(library: Library, request: Request) -> list[Hit] | str:
    try:
        return library.search(request.query, request.paper, request.since, request.until)
    except LibraryError as err:
        return str(err)
    except Exception:  # a bug must not end the worker: every later search would wait forever
        log.exception("searching for %r failed", request.query)
        return QCoreApplication.translate(
            "SearchPanel", "The search failed; the log file in the library folder says why."
        )


class HitDelegate(QStyledItemDelegate):
    """Draws an item's HTML (the title, where, and the snippet with its match marked)."""

    _CACHED = 256  # laid-out hits kept: the size hint and the painting share one layout

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[tuple[str, int], QTextDocument] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        html = index.data(HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self._view)
        document = self._document(html, option)
        painter.save()
        painter.translate(option.rect.left() + _HIT_INDENT, option.rect.top())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        html = index.data(HTML_ROLE)
        if html is None:
            return super().sizeHint(option, index)
        document = self._document(html, option)
        return QSize(int(document.textWidth()), int(document.size().height()))

    def _document(self, html: str, option: QStyleOptionViewItem) -> QTextDocument:
        width = self._view.viewport().width() - _HIT_INDENT
        key = (html, width)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= self._CACHED:
                self._documents.clear()
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(4)
            document.setHtml(html)
            document.setTextWidth(max(width, 80))
            self._documents[key] = document
        return document


_Index = QModelIndex | QPersistentModelIndex


class SearchPanel(QWidget):
    """The Search tab: filters, a summary line and the hits grouped by issue and page."""

    open_requested = Signal(str)
    results_shown = Signal(str)  # the query whose hits are now listed

    def __init__(self, signals: LibrarySignals, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self._library = signals.library
        self._generation = 0  # of the newest search asked for
        self._shown_generation = 0  # of the search whose answer is listed
        self.query = ""  # the query of the hits listed
        self.worker = SearchWorker(home, self)
        self.worker.found.connect(self._show)
        # Not during start-up, where it would compete with the first paint for the CPU.
        QTimer.singleShot(WORKER_DELAY_MS, self.worker.start)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        self._pending = ""
        self._build()
        signals.issues_changed.connect(self.reload_papers)

    def _build(self) -> None:
        self.paper = QComboBox(self)
        self.paper.setObjectName("search_paper")
        self.since = self._date_edit("search_since")
        self.until = self._date_edit("search_until")
        self.reload_papers()
        for changed in (
            self.paper.currentIndexChanged,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            changed.connect(self._filters_changed)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From"), self))
        dates.addWidget(self.since, 1)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.until, 1)
        self.summary = QLabel(self.tr("Type words in the search box; hits appear here."), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the query
        self.summary.setWordWrap(True)
        self.hits = QTreeWidget(self)
        self.hits.setObjectName("search_hits")
        self.hits.setHeaderHidden(True)
        self.hits.setWordWrap(True)
        self.hits.setRootIsDecorated(False)
        self.hits.setItemDelegate(HitDelegate(self.hits))
        self._bold = self.hits.font()
        self._bold.setBold(True)
        self.hits.itemActivated.connect(self._activated)
        scroll_bars.flatten(self.hits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.paper)
        layout.addLayout(dates)
        layout.addWidget(self.summary)
        layout.addWidget(self.hits, 1)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    def reload_papers(self) -> None:
        """The paper filter lists every paper in the library (after an import)."""
        current = self.paper.currentData()
        self.paper.blockSignals(True)
        self.paper.clear()
        self.paper.addItem(self.tr("All papers"), None)
        for name in self._library.papers():
            self.paper.addItem(name, name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(current)))
        self.paper.blockSignals(False)

    # --- searching -------------------------------------------------------------------------

    def type(self, text: str) -> None:
        """The box changed: search once typing pauses for DEBOUNCE_MS."""
        self._pending = text
        self._timer.start()

    def run_now(self) -> None:
        """Search for the latest text at once (Enter, or the pause after typing)."""
        self._timer.stop()
        self._generation += 1
        query = self._pending.strip()
        if not query:
            self._clear()
            return
        self.worker.submit(self._generation, self.request(query))

    def request(self, query: str) -> Request:
        return Request(query, self.paper.currentData(), _iso(self.since), _iso(self.until))

    @property
    def busy(self) -> bool:
        """True while typing has not yet been answered."""
        return self._timer.isActive() or self._shown_generation != self._generation

    def _filters_changed(self) -> None:
        if self._pending.strip():
            self.type(self._pending)

    def _clear(self) -> None:
        self._shown_generation = self._generation
        self.query = ""
        self.hits.clear()
        self.summary.setText(self.tr("Type words in the search box; hits appear here."))
        self.results_shown.emit("")

    def _show(self, generation: int, request: Request | None, found: list[Hit] | str) -> None:
        if generation not in (-1, self._generation):
            return  # the reader has typed on since: this answer is stale
        self._shown_generation = self._generation
        self.hits.clear()
        if isinstance(found, str):
            self.query = ""
            self.summary.setText(translated(found))
            self.results_shown.emit("")
            return
        assert request is not None
        self.query = request.query
        self._fill(found)
        self.summary.setText(
            self.tr("%n stories found for “%1”.", "", len(found)).replace("%1", request.query)
            if found
            else self.tr("Nothing found for “%1”.").replace("%1", request.query)
        )
        self.results_shown.emit(request.query)

    def _fill(self, hits: list[Hit]) -> None:
        # One flat list of headers and hits handed to the view in one go: adding rows one
        # by one, or expanding groups, costs a layout each.
        rows = []
        for (_, page), group in group_hits(hits):
            first = group[0]
            chinese = is_chinese(first.paper or first.title)
            issue = " ".join(x for x in (first.paper, first.date) if x)
            where = " · ".join(x for x in (issue, page_label(page, None, chinese)) if x)
            header = QTreeWidgetItem([where])
            # Disabled, so that arrow keys go from hit to hit; drawn in the text colour.
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(0, self._bold)
            header.setForeground(0, self.hits.palette().text())
            rows.append(header)
            rows += [_hit_item(hit) for hit in group]
        self.hits.addTopLevelItems(rows)

    # --- opening hits ----------------------------------------------------------------------

    def hit_items(self) -> list[QTreeWidgetItem]:
        """The rows that are hits (the others head a group)."""
        return [row for row in self._rows() if row.data(0, KEY_ROLE)]

    def group_titles(self) -> list[str]:
        return [row.text(0) for row in self._rows() if not row.data(0, KEY_ROLE)]

    def _rows(self) -> list[QTreeWidgetItem]:
        root = self.hits.invisibleRootItem()
        return [row for n in range(root.childCount()) if (row := root.child(n)) is not None]

    def focus_hits(self) -> None:
        items = self.hit_items()
        if items and self.hits.currentItem() not in items:
            self.hits.setCurrentItem(items[0])
        self.hits.setFocus()

    def open_first(self) -> bool:
        items = self.hit_items()
        if items:
            self.hits.setCurrentItem(items[0])
            self._activated(items[0])
        return bool(items)

    def step(self, delta: int) -> bool:
        """Open the next (+1) or previous (-1) hit; False when there is none that way."""
        items = self.hit_items()
        current = self.hits.currentItem()
        row = items.index(current) if current in items else (-1 if delta > 0 else len(items))
        target = row + delta
        if not 0 <= target < len(items):
            return False
        self.hits.setCurrentItem(items[target])
        self._activated(items[target])
        return True

    def _activated(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.open_requested.emit(key)


def _hit_item(hit: Hit) -> QTreeWidgetItem:
    item = QTreeWidgetItem()
    item.setData(0, KEY_ROLE, hit.key)
    item.setData(0, HTML_ROLE, _hit_html(hit))
    return item


def _hit_html(hit: Hit) -> str:
    return f"<b>{escape(hit.title)}</b><br>{snippet_html(hit.snippet)}"


def _iso(edit: QDateEdit) -> str | None:
    return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")
