"""Taking stories out of the window: the clipboard, Markdown and HTML files, PDF, the printer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.export.citation import citation
from reader.export.contents import as_bookmark, load_article
from reader.library import Library
from reader.render import Clipping, bookmark_list, html_document, markdown, plain_text
from reader.ui import settings
from reader.ui.article_view import ArticleView
from reader.ui.pdf_export import print_issue


class StoryOutput(QObject):
    """The story shown (or every bookmark) to the clipboard, a file or paper. What happened
    is told by `said` (a status line) and `failed` (a title and the reason, for a box)."""

    said = Signal(str)
    failed = Signal(str, str)

    def __init__(
        self, library: Library, view: ArticleView, config: settings.Settings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._library, self._view, self._config, self._parent = library, view, config, parent

    def clipping(self) -> Clipping | None:
        """The story shown, with its GB/T 7714 citation."""
        article = self._view.article
        issue = self._library.issue_of(article.key) if article else None
        if article is None or issue is None:
            return None
        cited = as_bookmark(issue, article)
        return Clipping(article.title, citation(cited), article)

    def copy_with_citation(self) -> None:
        clipping = self.clipping()
        if clipping is not None:
            QGuiApplication.clipboard().setText(plain_text(clipping))
            self.said.emit(self.tr("Story and citation copied."))

    def export_article(self) -> None:
        clipping = self.clipping()
        if clipping is not None:
            self._export([clipping], clipping.title, None)

    def export_bookmarks(self) -> None:
        """Every bookmark's citation and note, as `bookmarks export --format md` writes them."""
        bookmarks = self._library.bookmarks()
        if not bookmarks:
            self.said.emit(self.tr("There are no bookmarks to export."))
            return
        heading = self.tr("Bookmarks")
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export Bookmarks"),
            self._suggested_path(heading, ".md"),
            self.tr("Markdown (*.md)"),
        )
        if path:
            target = Path(path) if Path(path).suffix else Path(path).with_suffix(".md")
            entries = [(citation(b), b.note) for b in bookmarks]
            self._write(target, bookmark_list(entries, heading))

    def export_pdf(self) -> None:
        clipping = self.clipping()
        if clipping is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save Story as PDF"),
            self._suggested_path(clipping.title, ".pdf"),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            target = Path(path) if Path(path).suffix else Path(path).with_suffix(".pdf")
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            self.print_to(printer)
            self._say_saved(target)

    def print_article(self) -> None:
        if self._view.article is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """The story on paper at reading size, its citation and page numbers in the footer."""
        article = self._view.article
        if article is not None:
            print_issue(load_article(self._library, article.key), printer)

    # --- files ---------------------------------------------------------------------------

    def _export(self, clippings: list[Clipping], name: str, heading: str | None) -> None:
        markdown_filter, html_filter = self.tr("Markdown (*.md)"), self.tr("Web page (*.html)")
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export"),
            self._suggested_path(name, ".md"),
            f"{markdown_filter};;{html_filter}",
        )
        if not path:
            return
        target = Path(path)
        as_html = target.suffix.lower() in (".html", ".htm") or (
            chosen == html_filter and not target.suffix
        )
        if not target.suffix:
            target = target.with_suffix(".html" if as_html else ".md")
        text = html_document(clippings, heading) if as_html else markdown(clippings, heading)
        self._write(target, text)

    def _suggested_path(self, title: str, suffix: str) -> str:
        """A file named after the story, in the folder last used."""
        return str(Path(self._config.get(settings.LAST_FOLDER)) / file_name(title, suffix))

    def _write(self, target: Path, text: str) -> None:
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as err:
            reason = f"{target}: {err.strerror or err}"
            self.failed.emit(self.tr("The file could not be saved"), reason)
            return
        self._say_saved(target)

    def _say_saved(self, target: Path) -> None:
        self.said.emit(self.tr("Saved %1").replace("%1", str(target)))


def file_name(title: str, suffix: str) -> str:
    """A file name from a story's title, without characters file systems refuse."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("_")[:60] + suffix
