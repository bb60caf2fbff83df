"""The window's exports of whole issues and of all bookmarks: the issue of the story shown as
an EPUB book or a PDF, its page (版) as a PDF, the bookmarks for reference managers and note
apps. What happened is told by `said` (a status line) and `failed` (a title and the reason)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reader import model
from reader.export import contents, epub, references
from reader.export.files import file_name, write_whole
from reader.export.markdown import write_bookmark_notes
from reader.library import Library
from reader.ui import settings
from reader.ui.pdf_export import write_pdf


class Exports(QObject):
    """The handlers of the action table's export rows ("exports.save_issue_epub", …)."""

    said = Signal(str)
    failed = Signal(str, str)

    def __init__(
        self,
        library: Library,
        current: Callable[[], str | None],
        config: settings.Settings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library, self._current, self._config, self._parent = library, current, config, parent

    # --- the issue of the story shown ------------------------------------------------------

    def save_issue_epub(self) -> None:
        issue = self._issue()
        if issue is not None:
            kind = self.tr("EPUB book (*.epub)")
            self._save(issue.title, ".epub", kind, lambda path: epub.write_epub(issue, path))

    def save_issue_pdf(self) -> None:
        issue = self._issue()
        if issue is not None:
            self._save(issue.title, ".pdf", self._pdf(), lambda path: write_pdf(issue, path))

    def save_page_pdf(self) -> None:
        issue = self._issue(page_only=True)
        if issue is not None:
            page = contents.sections(issue)[0].label(contents.is_chinese_issue(issue))
            name = f"{issue.title} {page}"
            self._save(name, ".pdf", self._pdf(), lambda path: write_pdf(issue, path))

    # --- every bookmark --------------------------------------------------------------------

    def export_bookmarks_ris(self) -> None:
        self._save_bookmarks(".ris", self.tr("RIS references (*.ris)"), references.ris)

    def export_bookmarks_csl_json(self) -> None:
        kind = self.tr("CSL-JSON references (*.json)")
        self._save_bookmarks(".json", kind, references.csl_json)

    def export_bookmark_notes(self) -> None:
        bookmarks = self._library.bookmarks()
        if not bookmarks:
            self.said.emit(self.tr("There are no bookmarks to export."))
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Folder for the Notes"), self._config.get(settings.LAST_FOLDER)
        )
        if not folder:
            return
        stories = {b.key: a for b in bookmarks if (a := self._library.article(b.key)) is not None}
        try:
            written = write_bookmark_notes(Path(folder), bookmarks, stories)
        except OSError as err:
            self.failed.emit(self.tr("The notes could not be saved"), f"{folder}: {_reason(err)}")
            return
        text = self.tr("%n note(s) saved in %1", "", len(written)).replace("%1", folder)
        self.said.emit(text)

    # --- inside ----------------------------------------------------------------------------

    def _issue(self, page_only: bool = False) -> model.Issue | None:
        """The issue of the story shown (only the story's page if asked), or None, said why."""
        key = self._current()
        row = self._library.issue_of(key) if key else None
        article = self._library.article(key) if key else None
        if row is None or article is None:
            self.said.emit(self.tr("Open a story first: its issue is what is exported."))
            return None
        page = article.page if page_only else None
        return contents.load_issue(self._library, row.id, page)

    def _save_bookmarks(self, suffix: str, kind: str, write: Callable[..., str]) -> None:
        bookmarks = self._library.bookmarks()
        if not bookmarks:
            self.said.emit(self.tr("There are no bookmarks to export."))
            return
        text = write(bookmarks)
        name = self.tr("Bookmarks")
        self._save(name, suffix, kind, lambda path: write_whole(path, text.encode("utf-8")))

    def _save(self, name: str, suffix: str, kind: str, write: Callable[[Path], object]) -> None:
        suggested = Path(self._config.get(settings.LAST_FOLDER)) / file_name(name, suffix)
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export"), str(suggested), kind)
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(suffix)
        try:
            write(target)
        except OSError as err:
            self.failed.emit(self.tr("The file could not be saved"), f"{target}: {_reason(err)}")
            return
        self.said.emit(self.tr("Saved %1").replace("%1", str(target)))

    def _pdf(self) -> str:
        return self.tr("PDF document (*.pdf)")


def _reason(err: OSError) -> str:
    return err.strerror or str(err)
