"""QApplication start-up: a plain list of the articles of the files given."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QListWidget

    from reader.parsing import ParseError, parse_path

    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    view = QListWidget()
    view.setWindowTitle("Paper Reader")
    for path in args:
        try:
            issue = parse_path(path)
        except ParseError as err:
            view.addItem(str(err))
            continue
        view.addItems([f"{a.page or ''} {a.title}" for a in issue.articles])
    view.resize(640, 480)
    view.show()
    return app.exec()
