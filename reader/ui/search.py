"""The search box and its list of hits (search the library; F3 / Shift+F3 step through hits)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reader.library import Hit, Library, LibraryError
from reader.render import is_chinese, page_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def hit_text(hit: Hit) -> str:
    """Title, where it appeared, and the words around the match in 【】."""
    issue = " ".join(x for x in (hit.paper, hit.date) if x)
    where = " · ".join(x for x in (issue, page_label(hit.page, None, is_chinese(hit.title))) if x)
    snippet = hit.snippet.replace("\x02", "【").replace("\x03", "】")
    return f"{hit.title}\n{where}\n{snippet}"


class SearchBox(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.setPlaceholderText("Search the library (Ctrl+F)")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(160)
        self.setMaximumWidth(360)


class SearchPanel(QWidget):
    """Runs Library.search and lists the hits; activating one asks to open it."""

    open_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self._library = library
        self.summary = QLabel("Type words in the search box and press Enter.", self)
        self.summary.setWordWrap(True)
        self.hits = QListWidget(self)
        self.hits.setObjectName("search_hits")
        self.hits.setWordWrap(True)
        self.hits.setAlternatingRowColors(True)
        self.hits.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.hits, 1)

    def run(self, query: str) -> None:
        self.hits.clear()
        query = query.strip()
        if not query:
            return
        try:
            found = self._library.search(query)
        except LibraryError as err:
            self.summary.setText(str(err))
            return
        for hit in found:
            item = QListWidgetItem(hit_text(hit))
            item.setData(KEY_ROLE, hit.key)
            self.hits.addItem(item)
        self.summary.setText(f"{len(found)} stories found for “{query}”.")

    def step(self, delta: int) -> None:
        """Open the next (+1) or previous (-1) hit."""
        count = self.hits.count()
        if not count:
            return
        row = (self.hits.currentRow() + delta) % count if self.hits.currentRow() >= 0 else 0
        self.hits.setCurrentRow(row)
        self._open(self.hits.item(row))

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(KEY_ROLE))
