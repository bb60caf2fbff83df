"""The issue calendar: pick a paper and a day; the dates the library holds are marked."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.library import IssueRow
from reader.ui.signals import LibrarySignals

ALL_PAPERS = None
ISO = "yyyy-MM-dd"
# A month's page shows up to two weeks of the months before and after it.
DAYS_BESIDE = 14


def issue_dates(rows: list[tuple[str | None, str, int]]) -> dict[str | None, dict[str, int]]:
    """paper -> date -> issue id, and under None every paper's dates, from the library's
    (paper, date, issue id) rows (the first row for a date wins)."""
    dates: dict[str | None, dict[str, int]] = defaultdict(dict)
    for paper, day, issue_id in rows:
        dates[paper].setdefault(day, issue_id)
        dates[ALL_PAPERS].setdefault(day, issue_id)
    return dates


class IssueCalendar(QDialog):
    """Enter, or a click on a marked day, opens that day's issue (its first story)."""

    issue_chosen = Signal(int)

    def __init__(
        self, signals: LibrarySignals, current: IssueRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issue_calendar")
        self.setWindowTitle(self.tr("Go to Issue by Date"))
        self._library = signals.library
        self._dates: dict[str | None, dict[str, int]] = {}
        self.paper = QComboBox(self)
        self.paper.setObjectName("calendar_paper")
        self._read_library()
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        # Room for two lines from the start: a longer hint must not squeeze the last week.
        self.hint.setMinimumHeight(2 * self.hint.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.addWidget(self.paper)
        layout.addWidget(self.calendar)
        layout.addWidget(self.hint)
        if current is not None and current.paper:
            self.paper.setCurrentIndex(max(0, self.paper.findData(current.paper)))
        self.paper.currentIndexChanged.connect(self._paper_chosen)
        self.calendar.activated.connect(self._open)
        self.calendar.clicked.connect(self._open)
        self.calendar.selectionChanged.connect(self._update_hint)
        self.calendar.currentPageChanged.connect(self._mark_dates)
        signals.issues_changed.connect(self._issues_changed)
        self._paper_chosen()
        if current is not None and current.date:
            self.calendar.setSelectedDate(QDate.fromString(current.date, ISO))
        self.calendar.setFocus()

    def _read_library(self) -> None:
        """The papers, keeping the one chosen."""
        chosen = self.paper.currentData()
        self.paper.blockSignals(True)
        self.paper.clear()
        self.paper.addItem(self.tr("All papers"), ALL_PAPERS)
        for name in self._library.papers():
            self.paper.addItem(name, name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(chosen)))
        self.paper.blockSignals(False)

    def _issues_changed(self) -> None:
        self._read_library()
        self._paper_chosen()

    @property
    def marked(self) -> dict[str, int]:
        """date -> issue id for the paper chosen, on the weeks shown."""
        return self._dates.get(self.paper.currentData(), {})

    def _paper_chosen(self) -> None:
        """Mark the paper's days; if the day selected has no paper, go to its newest."""
        self._mark_dates()
        if self.calendar.selectedDate().toString(ISO) not in self.marked:
            latest = self._library.latest_date(self.paper.currentData())
            if latest:
                self.calendar.setSelectedDate(QDate.fromString(latest, ISO))  # marks that page

    def _mark_dates(self) -> None:
        """Mark the days of the month shown (and the days of the months beside it that its
        weeks show) that have a paper: read from the library for this page alone, so that
        opening the calendar costs the same with ten issues or fifty thousand."""
        first = QDate(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        since, until = first.addDays(-DAYS_BESIDE), first.addMonths(1).addDays(DAYS_BESIDE)
        self._dates = issue_dates(
            self._library.issue_dates(since.toString(ISO), until.toString(ISO))
        )
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setBackground(self.palette().highlight().color().lighter(170))
        fmt.setForeground(self.palette().text())
        for day in self.marked:
            self.calendar.setDateTextFormat(QDate.fromString(day, ISO), fmt)
        self._update_hint()

    def _update_hint(self) -> None:
        day = self.calendar.selectedDate().toString(ISO)
        self.hint.setText(
            self.tr("Press Enter to open the paper of %1.").replace("%1", day)
            if day in self.marked
            else self.tr("The library has no paper of %1; the marked days have one.").replace(
                "%1", day
            )
        )

    def _open(self, date: QDate) -> None:
        issue_id = self.marked.get(date.toString(ISO))
        if issue_id is not None:
            self.issue_chosen.emit(issue_id)
            self.accept()
