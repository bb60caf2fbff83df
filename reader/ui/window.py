"""MainWindow: builds widgets, installs actions, connects signals. No parsing, no SQL."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileIconProvider,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.library import Bookmark, ImportResult, Library, LibraryError
from reader.render import BOOKMARK_MARK, DEFAULT_TEXT_PX, FONTS, THEMES, is_chinese, page_label
from reader.ui import actions, scroll_bars, settings
from reader.ui.article_view import ArticleView, Look
from reader.ui.core_messages import translated
from reader.ui.daily import DailyPapers
from reader.ui.focus_frame import FocusFrame
from reader.ui.i18n import QT_TRANSLATE_NOOP
from reader.ui.issue_list import IssueListCommands
from reader.ui.literal import window_title
from reader.ui.navigation import Navigator
from reader.ui.page_pane import PagePane
from reader.ui.search_box import SearchBox
from reader.ui.sidebar import LibraryTreeModel, Role, SidebarView
from reader.ui.signals import LibrarySignals
from reader.ui.undo import UndoList

if TYPE_CHECKING:
    from reader.ui.bookmarks import BookmarksPanel
    from reader.ui.exports import Exports
    from reader.ui.importer import Batch, Importer
    from reader.ui.output import StoryOutput
    from reader.ui.search import SearchPanel
    from reader.ui.welcome import WelcomePane

log = logging.getLogger(__name__)

APP_NAME = "Paper Reader"
TEXT_STEP_PX = 2
# What the first paint does not show is made after it, or after this long if the story is
# not painted (an empty library, the printed page shown).
AFTER_FIRST_PAINT_MS = 1000
MESSAGE_MS = 4000
ISSUES_TAB, BOOKMARKS_TAB, SEARCH_TAB = 0, 1, 2


class MainWindow(QMainWindow):
    """The reader's window: sidebar (issues, bookmarks, search) beside the article.

    It builds the widgets, installs the actions and connects the signals; the views follow
    the library through `signals`, and nothing here reads files or speaks SQL.
    """

    closed = Signal()
    first_painted = Signal()  # the story is on screen, and the rest of the window made

    def __init__(self, library: Library, home: Path, config: settings.Settings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(app_name())
        self.setAcceptDrops(True)
        self.library, self._home, self._settings = library, home, config
        self._open_when_found = False  # Enter was pressed before the hits arrived
        self._reading_at = 0  # where in the story to go on reading, once the window shows
        self._hidden_for_reading: list[QWidget] = []  # what full-screen reading hid
        self.start_problem: str | None = None  # the library could not be read at the start
        self.signals = LibrarySignals(library, self)
        self.navigator = Navigator(self.signals, self)
        self.undo_list = UndoList(self)
        self._importer: Importer | None = None  # made for the first import
        self.daily = DailyPapers(home, config, self)
        self.message: QMessageBox | None = None  # the last import problem shown, if any
        self._build_widgets()
        self.qactions = actions.install(self, self, self.warn)
        self._build_menus_and_toolbar()
        self._connect_signals()
        self._restore()
        self._first_paint: FirstPaint | None = FirstPaint(self._after_first_paint, self)
        self.article_view.viewport().installEventFilter(self._first_paint)

    # --- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.tree_model = LibraryTreeModel(self.signals, self)
        self.sidebar = SidebarView(self)
        self.sidebar.setModel(self.tree_model)
        self.issue_list = IssueListCommands(
            self.signals, self.navigator, self.sidebar, self.undo_list, self.warn
        )
        # The bookmarks and the search hits are made when first shown or used (see
        # _after_first_paint): their tabs hold a place until then.
        self._bookmarks: BookmarksPanel | None = None
        self._search_panel: SearchPanel | None = None
        self.search_box = SearchBox(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sidebar_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sidebar, self.tr("Issues"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("Bookmarks"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("Search"))
        self.article_view = ArticleView(self)
        self.article_view.setAcceptDrops(False)
        self._output: StoryOutput | None = None  # printing, exports: made when first used
        self._exports: Exports | None = None
        self.page_pane = PagePane(
            self.library, self.navigator, self.article_view, self._settings, picture_folder, self
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.tabs)
        self.reading_area = QStackedWidget(self)  # the story, or the welcome of an empty library
        self.reading_area.setObjectName("reading_area")
        self.reading_area.addWidget(self.page_pane.stack)
        self._welcome: WelcomePane | None = None  # made when the library is first empty
        self.splitter.addWidget(self.reading_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        scroll_bars.flatten(self.sidebar, self.article_view)
        self.setCentralWidget(self.splitter)
        # Escape anywhere in the sidebar (a list, the hits, a note) goes back to the story.
        self.sidebar_escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.tabs)
        self.sidebar_escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_frame = FocusFrame([self.sidebar, self.article_view], self)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("position")
        self.position_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.position_label)

    def _build_menus_and_toolbar(self) -> None:
        menus = {name: self.menuBar().addMenu(actions.menu_title(name)) for name in actions.MENUS}
        toolbar = self.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in actions.ACTIONS:
            qaction = self.qactions[action.id]
            menus[action.menu].addAction(qaction)
            qaction.setToolTip(f"{action.text} ({', '.join(action.keys)})")
            if action.toolbar:
                toolbar.addAction(qaction)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_box)
        self.qactions["full_screen"].setCheckable(True)
        self.qactions["stop_import"].setEnabled(False)
        self.stop_button = QToolButton(self)
        self.stop_button.setObjectName("stop_import")
        self.stop_button.setDefaultAction(self.qactions["stop_import"])
        self.stop_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.stop_button.setAutoRaise(True)
        self.stop_button.hide()
        self.statusBar().addPermanentWidget(self.stop_button)
        self.qactions["leave_full_screen"].setEnabled(False)
        for action in actions.ACTIONS:
            if action.in_list:  # Delete deletes in a text field: here it acts on the list only
                qaction = self.qactions[action.id]
                qaction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.sidebar.addAction(qaction)

    def _connect_signals(self) -> None:
        """Every wire of the window. Slots that write to the library go through the same
        command funnel as the action table, so that a refusal is told, not raised."""
        command = self._command
        self.navigator.current_article_changed.connect(command(self._show_article))
        self.navigator.current_article_changed.connect(self._update_actions)
        self.signals.issues_changed.connect(self._issues_changed)
        self.signals.bookmarks_changed.connect(self._bookmarks_changed)
        self.sidebar.selectionModel().currentChanged.connect(self._sidebar_picked)
        self.sidebar.activated.connect(self._sidebar_activated)
        self.issue_list.said.connect(self._say)
        self.search_box.textChanged.connect(lambda text: self.search_panel.type(text))
        self.search_box.returnPressed.connect(self._search_entered)
        self.search_box.down_pressed.connect(self._search_down)
        self.search_box.escape_pressed.connect(self.page_pane.focus)
        self.sidebar_escape.activated.connect(self.page_pane.focus)
        self.daily.fetched.connect(lambda folder: self.import_paths([folder], show=False))
        self.daily.said.connect(self._say)
        self.undo_list.changed.connect(self._update_actions)

    @property
    def bookmarks(self) -> BookmarksPanel:
        """The bookmarks tab's list and note, made when first shown or used."""
        if self._bookmarks is None:
            from reader.ui.bookmarks import BookmarksPanel

            panel = BookmarksPanel(self.signals, self)
            command = self._command
            panel.open_requested.connect(self._open_from_list)
            panel.remove_requested.connect(command(self._remove_bookmark))
            panel.note_edited.connect(command(self.signals.set_bookmark_note))
            self._bookmarks = panel
            self._fill_tab(BOOKMARKS_TAB, panel, panel.view)
        return self._bookmarks

    @property
    def search_panel(self) -> SearchPanel:
        """The search tab's hits, made when first shown or used."""
        if self._search_panel is None:
            from reader.ui.search import SearchPanel

            panel = SearchPanel(self.signals, self._home, self)
            panel.open_requested.connect(self._open_hit)
            panel.results_shown.connect(self._results_shown)
            self._search_panel = panel
            self._fill_tab(SEARCH_TAB, panel, panel.hits)
        return self._search_panel

    def _fill_tab(self, number: int, panel: QWidget, pane: QWidget) -> None:
        """Put `panel` in the place its tab kept; `pane` gets the focus frame."""
        current, label = self.tabs.currentIndex(), self.tabs.tabText(number)
        place = self.tabs.widget(number)
        self.tabs.removeTab(number)
        self.tabs.insertTab(number, panel, label)
        self.tabs.setCurrentIndex(current)
        if place is not None:
            place.deleteLater()
        self.focus_frame.add(pane)

    def _after_first_paint(self) -> None:
        """What the first paint does not show, made once it is on screen."""
        if self._first_paint is None:
            return
        self._first_paint.deleteLater()
        self._first_paint = None
        self.bookmarks, self.search_panel  # noqa: B018  # made by asking for them
        self.first_painted.emit()

    @property
    def welcome(self) -> WelcomePane:
        """What an empty library shows in place of a story."""
        if self._welcome is None:
            from reader.ui.welcome import WelcomePane

            self._welcome = WelcomePane(self.qactions, self)
            self.reading_area.addWidget(self._welcome)
        return self._welcome

    @property
    def output(self) -> StoryOutput:
        """Copy, print and export of the story; print support loads when first used."""
        if self._output is None:
            from reader.ui.output import StoryOutput

            self._output = StoryOutput(self.library, self.article_view, self._settings, self)
            self._output.said.connect(self._say)
            self._output.failed.connect(self._show_problem)
        return self._output

    @property
    def exports(self) -> Exports:
        """Exports of issues and bookmarks (EPUB, PDF, RIS…), loaded when first used."""
        if self._exports is None:
            from reader.ui.exports import Exports

            self._exports = Exports(
                self.library, lambda: self.navigator.current, self._settings, self
            )
            self._exports.said.connect(self._say)
            self._exports.failed.connect(self._show_problem)
        return self._exports

    def _command(self, slot: Callable[..., object]) -> Callable[..., None]:
        return actions.guarded(slot, self.warn)

    # --- commands (the handlers named in actions.ACTIONS) ---------------------------------------

    def go(self, where: str) -> None:
        """Run a named move (navigation.MOVES); say so when there is nowhere to go."""
        if not self.navigator.move(where):
            nowhere = _NOWHERE.get(where, QT_TRANSLATE_NOOP("MainWindow", "Nothing more that way."))
            self.statusBar().showMessage(self.tr(nowhere), MESSAGE_MS)

    def read_on(self) -> None:
        if not self.article_view.page_down():
            self.go("next_story")

    def read_back(self) -> None:
        if not self.article_view.page_up():
            self.go("prev_story")

    def toggle_bookmark(self) -> None:
        key = self.navigator.current
        if key is None:
            return
        bookmark = next((b for b in self.library.bookmarks() if b.key == key), None)
        if bookmark is not None:
            self._remove_bookmark(bookmark)
            self._say(self.tr("Bookmark removed (Ctrl+Z brings it back)."))
        else:
            self.signals.add_bookmark(key)
            self._say(self.tr("★ Bookmarked. Ctrl+B lists your bookmarks."))

    def _remove_bookmark(self, bookmark: Bookmark) -> None:
        """Removed at once; Ctrl+Z brings it back with its date, note and citation."""
        self.signals.remove_bookmark(bookmark.key)
        text = self.tr("Remove bookmark “%1”").replace("%1", bookmark.title)
        self.undo_list.push(text, lambda: self.signals.restore_bookmark(bookmark))

    def show_bookmarks(self) -> None:
        if self.reading_full_screen:
            self.leave_full_screen()
        self.tabs.setCurrentIndex(BOOKMARKS_TAB)
        self.bookmarks.focus_list()

    def undo(self) -> None:
        text = self.undo_list.undo()
        if text is not None:
            self._say(self.tr("Undone: %1").replace("%1", text))

    def focus_search(self) -> None:
        if self.reading_full_screen:
            self.leave_full_screen()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def step_hit(self, delta: str) -> None:
        """The next (or previous) occurrence in the article; past the last, the next hit."""
        step = int(delta)
        if self.article_view.step_mark(step):
            return
        if self.search_panel.step(step):
            if step < 0:  # coming back from the next story: its last occurrence first
                self.article_view.select_mark(len(self.article_view.marks) - 1)
        else:
            self.statusBar().showMessage(self.tr("No more search hits that way."), MESSAGE_MS)

    def change_text_size(self, step: str) -> None:
        steps = int(step)
        px = self.article_view.text_px + steps * TEXT_STEP_PX if steps else DEFAULT_TEXT_PX
        self.article_view.set_text_px(px)
        self._settings.set(settings.TEXT_PX, self.article_view.text_px)
        self.statusBar().showMessage(
            self.tr("Text size %1 px").replace("%1", str(self.article_view.text_px)), MESSAGE_MS
        )

    def switch_focus(self) -> None:
        if self.page_pane.face.hasFocus():
            self.tabs.currentWidget().setFocus()
            if self.tabs.currentIndex() == BOOKMARKS_TAB:
                self.bookmarks.focus_list()
        else:
            self.page_pane.focus()

    def toggle_full_screen(self) -> None:
        """Full-screen reading: nothing but the article, until F11 or Esc."""
        if self._hidden_for_reading:
            self.leave_full_screen()
            return
        bars = [self.menuBar(), self.statusBar(), *self.findChildren(QToolBar), self.tabs]
        self._hidden_for_reading = [w for w in bars if w.isVisible()]
        for widget in self._hidden_for_reading:
            widget.hide()
        self.showFullScreen()
        self.page_pane.focus()
        self.qactions["full_screen"].setChecked(True)
        self.qactions["leave_full_screen"].setEnabled(True)

    def leave_full_screen(self) -> None:
        for widget in self._hidden_for_reading:
            widget.show()
        self._hidden_for_reading = []
        self.showNormal()
        self.qactions["full_screen"].setChecked(False)
        self.qactions["leave_full_screen"].setEnabled(False)

    @property
    def reading_full_screen(self) -> bool:
        return bool(self._hidden_for_reading)

    def show_preferences(self) -> None:
        from reader.ui.preferences import PreferencesDialog  # loaded when first used

        dialog = PreferencesDialog(self._settings, self._home, self)
        dialog.changed.connect(self.apply_look)
        dialog.changed.connect(self.daily.check)  # papers ticked, or an hour already past
        dialog.show()

    def get_paper(self) -> None:
        from reader.ui.get_paper import GetPaperDialog  # the fetcher loads when first used

        dialog = GetPaperDialog(self._home, self)
        dialog.fetched.connect(lambda folder: self.import_paths([folder]))
        dialog.show()

    def show_calendar(self) -> None:
        issue = self.library.issue_of(self.navigator.current) if self.navigator.current else None
        from reader.ui.calendar import IssueCalendar  # loaded when first used

        dialog = IssueCalendar(self.signals, issue, self)
        dialog.issue_chosen.connect(self.open_issue)
        dialog.show()

    def open_issue(self, issue_id: int) -> None:
        """Show the first story of an issue."""
        rows = self.library.articles(issue_id)
        if rows:
            self._open_from_list(rows[0].key)

    def show_help(self) -> None:
        from reader.ui.help import help_dialog  # loaded when first used

        help_dialog(self).show()

    def show_about(self) -> None:
        from reader.ui.help import about_box

        about_box(self, app_name(), self._home).show()

    def open_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open Issue Files"),
            self._settings.get(settings.LAST_FOLDER),
            self.tr("Newspaper pages (*.txt *.htm *.html *.pdf *.zip);;All files (*)"),
        )
        self._open_chosen(paths)

    def open_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open Issue Folder"), self._settings.get(settings.LAST_FOLDER)
        )
        self._open_chosen([folder] if folder else [])

    # --- importing -------------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[str | Path], show: bool = True) -> None:
        """Import beside the window; then the first new story is shown if `show`."""
        if paths:
            self.statusBar().showMessage(self.tr("Importing %n items…", "", len(paths)))
            self.importer.start(paths, show)

    @property
    def pending_imports(self) -> int:
        return 0 if self._importer is None else self._importer.pending

    @property
    def importer(self) -> Importer:
        """Imports in a process beside the window; made for the first import."""
        if self._importer is None:
            from PySide6.QtWidgets import QStyle

            from reader.ui.importer import Importer

            stop = self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserStop)
            self.qactions["stop_import"].setIcon(stop)
            importer = Importer(self._home, self)
            importer.progress.connect(self._import_progress)
            importer.busy_changed.connect(self.qactions["stop_import"].setEnabled)
            importer.busy_changed.connect(self.stop_button.setVisible)
            importer.finished.connect(self._command(self._imported))
            self._importer = importer
        return self._importer

    def _open_chosen(self, paths: list[str]) -> None:
        if paths:
            self._settings.set(settings.LAST_FOLDER, str(Path(paths[0]).parent))
            self.import_paths(paths)

    def _import_progress(self, n: int, total: int, path: str) -> None:
        self.statusBar().showMessage(
            self.tr("Importing %1 of %2: %3…")
            .replace("%1", str(n))
            .replace("%2", str(total))
            .replace("%3", Path(path).name)
        )

    def _imported(self, batch: Batch) -> None:
        if batch.may_have_stored:
            self.signals.issues_stored()
        # A file that holds no issue is named with its reason, like one that failed.
        done = [r for r in batch.results if r.status not in ("failed", "skipped")]
        failed = [r for r in batch.results if r.status in ("failed", "skipped")]
        summary = self._import_summary(done, failed)
        if batch.stopped:
            summary = " ".join(x for x in (self.tr("Import stopped."), summary) if x)
        self.statusBar().showMessage(summary, MESSAGE_MS)
        if failed:
            self._show_problem(
                self.tr("Some files could not be opened"),
                "\n".join(translated(r.message or Path(r.source).name) for r in failed),
            )
        target = self._first_story_of(done) if batch.show and not batch.stopped else None
        if target:
            self.navigator.show(target)

    def _import_summary(self, done: list[ImportResult], failed: list[ImportResult]) -> str:
        # self.tr with a count: what pyside6-lupdate marks as a message with plural forms
        new = sum(r.status in ("imported", "replaced") for r in done)
        parts = []
        if new:
            parts.append(self.tr("%n issues imported", "", new))
        if len(done) > new:
            parts.append(self.tr("%n already in the library", "", len(done) - new))
        if failed:
            parts.append(self.tr("%n could not be opened", "", len(failed)))
        if not parts:
            return ""
        return self.tr("; ").join(parts) + self.tr(".")

    def _first_story_of(self, results: list[ImportResult]) -> str | None:
        for result in results:
            if result.first_new_key:
                return result.first_new_key
        for result in results:  # already in the library: open it anyway, the reader asked
            rows = self.library.articles(result.issue_id) if result.issue_id else []
            if rows:
                return rows[0].key
        return None

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, MESSAGE_MS)

    def warn(self, message: str) -> None:
        """A problem the reader must see (the library's words, in the reader's language): in
        the status bar, and in a box until dismissed."""
        message = translated(message)
        self.statusBar().showMessage(message)
        self._show_problem(app_name(), message)

    def _show_problem(self, title: str, text: str) -> None:
        """A non-blocking message box: other files keep importing, tests keep running."""
        if self.message is not None:
            self.message.close()
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file and zip member names
        self.message.setModal(False)
        self.message.show()

    # --- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- showing an article ----------------------------------------------------------------------

    def _show_article(self, key: str) -> None:
        article = self.library.article(key)
        issue = self.library.issue_of(key)
        if article is None or issue is None:
            self.statusBar().showMessage(
                self.tr("That story is no longer in the library."), MESSAGE_MS
            )
            return
        bookmarked = self.library.is_bookmarked(key)
        # A story without pictures does not need their folder (nor the module that finds it).
        folder = picture_folder(issue.source) if article.images else None
        self.article_view.show_article(article, folder, bookmarked)
        self.reading_area.setCurrentWidget(self.page_pane.stack)
        self.signals.visit(key)
        if self.isVisible():
            self._select_in_sidebar(key)
        else:  # starting up: paint the article first, then open the tree down to it
            QTimer.singleShot(0, lambda: self._select_in_sidebar(key))
        n, total = self.navigator.position(key)
        page = page_label(article.page, None, is_chinese(issue.title))
        self.position_label.setText(" · ".join(x for x in (page, f"{n}/{total}", issue.title) if x))
        self._update_title(article.title, bookmarked)

    def _select_in_sidebar(self, key: str) -> None:
        where = self.navigator.locate(key)
        if where is None:
            return
        index = self.tree_model.index_of_article(key, *where)
        if index.isValid() and index != self.sidebar.currentIndex():
            self.sidebar.setCurrentIndex(index)
            self.sidebar.scrollTo(index)

    def _sidebar_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(Role.ARTICLE_KEY)
        if key:
            self.navigator.show(key)

    def _sidebar_activated(self, index: QModelIndex) -> None:
        if index.data(Role.ARTICLE_KEY):
            self.page_pane.focus()
        else:
            self.sidebar.setExpanded(index, not self.sidebar.isExpanded(index))

    def _open_from_list(self, key: str) -> None:
        self.navigator.show(key)
        self.page_pane.focus()

    def _issues_changed(self) -> None:
        """The sidebar was read again: open it down to the story shown; an empty library
        shows how to fill it."""
        self._show_welcome_if_empty()
        if self.navigator.current:
            self._select_in_sidebar(self.navigator.current)

    def _show_welcome_if_empty(self) -> None:
        """The welcome while the library is empty; once it is not, a story in its place."""
        if self.library.is_empty():
            self.reading_area.setCurrentWidget(self.welcome)
            self.position_label.clear()
            self.setWindowTitle(app_name())
        elif self._welcome is not None and self.reading_area.currentWidget() is self._welcome:
            key = self.navigator.current
            if key and self.library.article(key) is not None:
                self._show_article(key)  # an issue put back: the story read before
            else:
                self.navigator.move("next_story")

    def _bookmarks_changed(self) -> None:
        article = self.article_view.article
        if article is not None:
            bookmarked = self.library.is_bookmarked(article.key)
            self.article_view.set_bookmarked(bookmarked)
            self._update_title(article.title, bookmarked)

    def _search_entered(self) -> None:
        """Enter opens the first hit, as soon as the hits for what was typed are in."""
        if self.search_panel.busy or self.search_panel.query != self.search_box.text().strip():
            self._open_when_found = True
            self.search_panel.type(self.search_box.text())
            self.search_panel.run_now()
        else:
            self.search_panel.open_first()

    def _search_down(self) -> None:
        self.tabs.setCurrentIndex(SEARCH_TAB)
        self.search_panel.focus_hits()

    def _results_shown(self, query: str) -> None:
        if query:
            self.tabs.setCurrentIndex(SEARCH_TAB)
        else:
            self.article_view.mark("")
        if self._open_when_found:
            self._open_when_found = False
            self.search_panel.open_first()

    def _open_hit(self, key: str) -> None:
        """A hit opens with every occurrence of the query marked, the first one current."""
        self.article_view.mark(self.search_panel.query)
        self._open_from_list(key)
        self.article_view.step_mark(1)

    def _update_title(self, title: str, bookmarked: bool) -> None:
        """The story's title; the desktop adds the program's name (the display name)."""
        mark = "★ " if bookmarked else ""
        self.setWindowTitle(window_title(f"{mark}{title}") if title else app_name())

    def _update_actions(self) -> None:
        self.qactions["back"].setEnabled(self.navigator.can_move("back"))
        self.qactions["forward"].setEnabled(self.navigator.can_move("forward"))
        self.qactions["undo"].setEnabled(self.undo_list.can_undo())

    # --- coming back -----------------------------------------------------------------------------

    def _restore(self) -> None:
        get = self._settings.get
        if not self.restoreGeometry(get(settings.GEOMETRY)):
            self.resize(1100, 720)
        if get(settings.STATE_VERSION) == settings.WINDOW_STATE_VERSION:
            self.restoreState(get(settings.WINDOW_STATE), settings.WINDOW_STATE_VERSION)
            self.splitter.restoreState(get(settings.SPLITTER))
        tab = get(settings.SIDEBAR_TAB)
        if tab == BOOKMARKS_TAB:  # shown at once: made now
            self.bookmarks  # noqa: B018
        elif tab == SEARCH_TAB:
            self.search_panel  # noqa: B018
        self.tabs.setCurrentIndex(tab)
        self.article_view.set_text_px(get(settings.TEXT_PX))
        self.apply_look()
        try:
            self.open_last_story()
        except LibraryError as err:  # damage the start did not check for: see app.start
            log.warning("the last story could not be opened: %s", err)
            self.start_problem = str(err)
        self._update_actions()

    def open_last_story(self) -> None:
        """The story read last, where the reader left it; else the first story."""
        last = self.library.last_article()
        if last and self.library.article(last) is not None:
            self.navigator.show(last)
            if self._settings.get(settings.READING_STORY) == last:
                self._reading_at = self._settings.get(settings.READING_AT)
        else:
            self.navigator.move("next_story")
        self._show_welcome_if_empty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_paint is not None:
            # The story is painted first; then the rest (or after a while, if it is not).
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self, self._after_first_paint)
        if self._reading_at:  # once laid out at its size: the place in the text, not pixels
            at, self._reading_at = self._reading_at, 0
            QTimer.singleShot(0, lambda: self.article_view.scroll_to_position(at))

    def apply_look(self) -> None:
        """Theme, font and line spacing from the settings; "auto" follows the system palette."""
        get = self._settings.get
        theme = get(settings.THEME)
        system_dark = _application().palette().color(QPalette.ColorRole.Window).lightness() < 128
        if theme not in THEMES:
            theme = "dark" if system_dark else "light"
        # A dark article beside a bright sidebar glares: the whole window goes dark with it.
        self.setPalette(_dark_palette() if theme == "dark" and not system_dark else QPalette())
        for action in actions.ACTIONS:  # drawn in the palette's text colour, light or dark
            if action.toolbar:
                self.qactions[action.id].setIcon(_toolbar_icon(self, action.id))
        font = get(settings.FONT)
        look = Look(theme, font if font in FONTS else "serif", get(settings.LINE_SPACING))
        self.article_view.set_look(look)
        self.article_view.set_text_px(get(settings.TEXT_PX))

    def save_settings(self) -> None:
        put = self._settings.set
        put(settings.GEOMETRY, self.saveGeometry())
        put(settings.WINDOW_STATE, self.saveState(settings.WINDOW_STATE_VERSION))
        put(settings.STATE_VERSION, settings.WINDOW_STATE_VERSION)
        put(settings.SPLITTER, self.splitter.saveState())
        put(settings.SIDEBAR_TAB, self.tabs.currentIndex())
        put(settings.TEXT_PX, self.article_view.text_px)
        put(settings.READING_STORY, self.navigator.current or "")
        put(settings.READING_AT, self.article_view.reading_position())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._first_paint = None  # closed before the rest was made: it is not made now
        if self._bookmarks is not None:
            self._bookmarks.save_note()  # a note still being typed
        self.save_settings()
        if self._importer is not None:
            self._importer.shut_down()  # what it stored stays; the rest can be opened again
        self.daily.stop()
        if self._search_panel is not None:
            self._search_panel.worker.stop()
        self.page_pane.close()
        super().closeEvent(event)
        self.closed.emit()


_NOWHERE = {
    "next_story": QT_TRANSLATE_NOOP("MainWindow", "This is the last story."),
    "prev_story": QT_TRANSLATE_NOOP("MainWindow", "This is the first story."),
    "next_unread": QT_TRANSLATE_NOOP("MainWindow", "Every story has been read."),
    "next_page": QT_TRANSLATE_NOOP("MainWindow", "This is the last page."),
    "prev_page": QT_TRANSLATE_NOOP("MainWindow", "This is the first page."),
    "next_issue": QT_TRANSLATE_NOOP("MainWindow", "This is the last issue."),
    "prev_issue": QT_TRANSLATE_NOOP("MainWindow", "This is the first issue."),
    "back": QT_TRANSLATE_NOOP("MainWindow", "Nothing to go back to."),
    "forward": QT_TRANSLATE_NOOP("MainWindow", "Nothing to go forward to."),
}


class FirstPaint(QObject):
    """Calls `then` once the widget it watches has been painted (the call waits for the
    paint to be over)."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._then)  # not once the window is gone
        return False


def picture_folder(source: str) -> Path | None:
    """Where an issue's pictures are (export.contents.issue_folder, loaded when first used)."""
    from reader.export.contents import issue_folder

    return issue_folder(source)


def app_name() -> str:
    """The program's name in the interface language."""
    return QCoreApplication.translate("MainWindow", "Paper Reader")


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


# The style's arrows are black whatever the palette: on the dark theme they are drawn instead.
_GLYPHS = {
    "back": "◀",
    "forward": "▶",
    "prev_story": "▲",
    "next_story": "▼",
    "toggle_bookmark": BOOKMARK_MARK,
}


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#dcdcdc",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#dcdcdc",
        QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#dcdcdc",
        QPalette.ColorRole.Highlight: "#3d6fa5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#dcdcdc",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _toolbar_icon(widget: QWidget, action_id: str) -> QIcon:
    if action_id in _GLYPHS:
        return _glyph_icon(widget, _GLYPHS[action_id])
    # The platform's folder: the style's open icon would have PySide6 build the Python type of
    # the style, with its long enums, before the first paint (4 ms).
    return QFileIconProvider().icon(QFileIconProvider.IconType.Folder)


def _glyph_icon(widget: QWidget, glyph: str) -> QIcon:
    """An icon drawn from one character, in the palette's text colour (light or dark)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont(widget.font())
    font.setPixelSize(26)
    painter.setFont(font)
    painter.setPen(widget.palette().color(QPalette.ColorRole.WindowText))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)
