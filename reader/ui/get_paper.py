"""File → Get Paper…: pick a paper (or give a front page's address) and a day; fetch it off the
GUI thread with progress and Cancel; the window imports the issue once it is whole."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.fetch import sources
from reader.fetch.client import Options
from reader.fetch.errors import Cancelled, FetchError
from reader.fetch.fetcher import FetchResult, Progress, fetch_issue
from reader.ui.core_messages import translated

# Wide enough for a front page's address.
MIN_WIDTH = 520


class FetchJob(QObject):
    """One fetch on a plain Python thread; its signals reach the dialog through Qt's queue."""

    progress = Signal(object)  # Progress
    done = Signal(object)  # FetchResult, or the sentence that says why not, or None if cancelled

    def __init__(self, target: str, day: date | None, home: Path, options: Options) -> None:
        super().__init__()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(target, day, home, options), name="fetch", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def _run(self, target: str, day: date | None, home: Path, options: Options) -> None:
        try:
            result: FetchResult | str | None = fetch_issue(
                target, day, home, options, self.progress.emit, self._stop.is_set
            )
        except Cancelled:
            result = None
        except FetchError as err:
            result = str(err)
        except Exception as err:  # a bug must not leave the dialog waiting forever
            result = f"{type(err).__name__}: {err}"
        self.done.emit(result)


class GetPaperDialog(QDialog):
    """`fetched(folder)` is emitted when the whole issue is stored and can be imported."""

    fetched = Signal(str)

    def __init__(self, home: Path, parent: QWidget | None = None, options: Options | None = None):
        super().__init__(parent)
        self.setObjectName("get_paper")
        self.setWindowTitle(self.tr("Get Paper"))
        self.setMinimumWidth(MIN_WIDTH)  # room for an address and a reason in two lines
        self._home, self._options = home, options or Options()
        self._job: FetchJob | None = None
        self.paper = QComboBox(self)
        self.paper.setObjectName("get_paper_paper")
        self.address = QLineEdit(self)
        self.address.setObjectName("get_paper_address")
        self.address.setPlaceholderText(self.tr("or the address of a front page"))
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("get_paper_day")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("get_paper_progress")
        self.status = QLabel(self)
        self.status.setObjectName("get_paper_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.get = QPushButton(self.tr("Get"), self)
        self.get.setObjectName("get_paper_get")
        self.get.setDefault(True)
        self.buttons.addButton(self.get, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("get_paper_cancel")
        self.cancel.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow("", self.address)
        form.addRow(self.tr("Day:"), self.day)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.get.clicked.connect(self.start)
        self.cancel.clicked.connect(self.stop)
        self.buttons.rejected.connect(self.close)
        self._fill_papers()

    def _fill_papers(self) -> None:
        try:
            known = sources.known(self._home)
        except FetchError as err:
            self.status.setText(translated(str(err)))
            known = sources.builtin()
        for source in known:
            self.paper.addItem(f"{source.name} ({source.id})", source.id)

    def start(self) -> None:
        target = self.address.text().strip() or self.paper.currentData()
        if not target:
            self.status.setText(self.tr("Choose a paper, or give the address of a front page."))
            return
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        self._job = FetchJob(target, day, self._home, self._options)
        self._job.progress.connect(self._show_progress)
        self._job.done.connect(self._finished)
        self._set_running(True)
        self.status.setText(self.tr("Asking the site…"))
        self._job.start()

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _set_running(self, running: bool) -> None:
        self.get.setEnabled(not running)
        self.cancel.setEnabled(running)
        for field in (self.paper, self.address, self.day):
            field.setEnabled(not running)

    def _show_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, progress.pages)
        self.bar.setValue(progress.page)
        self.status.setText(
            self.tr("Page %1 of %2, %n articles so far", "", progress.articles)
            .replace("%1", str(progress.page))
            .replace("%2", str(progress.pages))
        )

    def _finished(self, result: FetchResult | str | None) -> None:
        self._job = None
        self._set_running(False)
        if result is None:
            self.status.setText(self.tr("Stopped. Getting it again goes on from here."))
        elif isinstance(result, str):
            self.status.setText(translated(result))
        else:
            self.bar.setValue(self.bar.maximum())
            self.status.setText(
                self.tr("Got %1 %2: %3, %4.")
                .replace("%1", result.paper.name)
                .replace("%2", result.day.isoformat())
                .replace("%3", self.tr("%n pages", "", result.pages))
                .replace("%4", self.tr("%n articles", "", result.articles))
            )
            self.fetched.emit(str(result.folder))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()  # the fetch stops at its next step; what it stored stays for next time
        super().closeEvent(event)
