"""Start-up: paths -> library (migrate) -> window -> show; one window per library; desktop entry."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import logs
from reader.library import Library, LibraryError, default_home
from reader.render import is_chinese
from reader.ui import i18n, settings
from reader.ui.core_messages import translated
from reader.ui.instance import Instance, NotAnswering
from reader.ui.literal import literal
from reader.ui.upkeep import Upkeep
from reader.ui.window import APP_NAME, MainWindow, app_name

# The whole-file check of the library, then the day's backup, wait this long after the first
# paint, so that they never slow it; they run on a thread of their own.
UPKEEP_DELAY_MS = 500
# The day's papers are looked for this long after the window opens, after its first paint.
DAILY_DELAY_MS = 1000
# The folder of the library where Qt's dialogs keep their state.
QT_SETTINGS = "qt"


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    if options.install_desktop:
        print("\n".join(str(p) for p in install_desktop()))
        return 0
    app = application()
    window = start(options)
    if not isinstance(window, MainWindow):
        return window
    try:
        return app.exec()
    finally:
        for upkeep in window.findChildren(Upkeep):
            upkeep.wait()
        window.library.close()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="paper-reader", description="Read newspaper issues.")
    parser.add_argument("--library", metavar="DIR", help="library folder (default: user data)")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Paper Reader to this user's application menu and 'Open with'",
    )
    parser.add_argument("paths", nargs="*", help="issue files or folders to open")
    return parser.parse_args(list(argv))


def application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "paper-reader"])
    assert isinstance(app, QApplication)
    app.setApplicationName("paper-reader")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("paper-reader")
    app.setWindowIcon(QIcon(str(resource("paper-reader.svg"))))
    return app


def start(options: argparse.Namespace) -> MainWindow | int:
    """Open the window, or hand the paths to the one already running; an exit code if none."""
    paths = [str(Path(p).resolve()) for p in options.paths]
    home = Path(options.library).expanduser() if options.library else default_home()
    logs.setup(home)
    keep_qt_settings_in(home)
    config = settings.Settings(home)
    app = QApplication.instance()
    if app is not None:
        language = i18n.choose(config.get(settings.LANGUAGE), QLocale.system())
        i18n.install(app, language)
        QApplication.setApplicationDisplayName(app_name())  # the desktop adds it to titles
    try:
        instance = Instance.claim(home, paths)
    except NotAnswering:
        QMessageBox.critical(None, app_name(), _not_answering())
        return 1
    if instance is None:
        return 0  # the window open on this library took the paths
    try:
        library = Library.open(home, backup=False, check=False)  # both after the first paint
    except LibraryError as err:
        instance.release()
        QMessageBox.critical(None, app_name(), literal(translated(str(err))))
        return 1
    window = MainWindow(library, home, config)
    instance.setParent(window)
    window.closed.connect(instance.release)
    instance.deliver_to(lambda received: _open_received(window, received))
    window.first_painted.connect(instance.listen)
    window.show()
    if not library.read_only:
        problem = window.start_problem
        upkeep = Upkeep(
            library, True, problem, lambda notices: _restored(window, notices), window.warn, window
        )
        if problem:  # damage met at the start: checked (and restored) at once
            upkeep.start()
        else:
            window.first_painted.connect(
                lambda: QTimer.singleShot(UPKEEP_DELAY_MS, upkeep, upkeep.start)
            )
    tell(window, library.notices)
    if library.read_only:
        return window
    QTimer.singleShot(DAILY_DELAY_MS, window.daily, window.daily.start)  # after the first paint
    if not config.get(settings.SAMPLE_IMPORTED) and library.is_empty():
        config.set(settings.SAMPLE_IMPORTED, True)
        window.import_paths(sample_paths(), show=not paths)
    window.import_paths(paths)
    return window


def keep_qt_settings_in(home: Path) -> None:
    """Qt's own dialogs keep their state (the last folder, the width of their sidebar) in the
    user's QtProject.conf: kept in the library folder instead, like every file of the program."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / QT_SETTINGS))


def _not_answering() -> str:
    return QCoreApplication.translate(
        "App",
        "Paper Reader is already open on this library but does not answer. Close it, or end"
        " it if it hangs, and start again.",
    )


def _open_received(window: MainWindow, paths: list[str]) -> None:
    """A later start handed over its files: open them, and bring the window forward."""
    window.import_paths(paths)
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


def tell(window: MainWindow, notices: list[str]) -> None:
    """What the library did to keep itself safe (restored, salvaged), each in a box."""
    for notice in map(translated, notices):
        window.statusBar().showMessage(notice)
        QMessageBox.information(window, app_name(), literal(notice))


def _restored(window: MainWindow, notices: list[str]) -> None:
    """The check after the first paint found damage, and the library was restored: every
    view reads it again, and the reader is told what happened."""
    window.signals.issues_stored()
    if window.navigator.current is None or window.start_problem:
        window.start_problem = None
        window.open_last_story()
    tell(window, notices)


# --- the sample issue and other resources -------------------------------------------------------


def resource(name: str) -> Path:
    return Path(str(resources.files("reader.resources") / name))


def sample_paths() -> list[str]:
    """The sample issues shipped with the program, the library's content on first start."""
    files = [p for p in resource("sample").iterdir() if p.suffix in (".txt", ".html", ".htm")]
    # The Chinese paper first: its first story is the one shown on first start.
    return [str(p) for p in sorted(files, key=lambda p: (not is_chinese(p.name), p.name))]


# --- desktop integration ----------------------------------------------------------------------


def install_desktop() -> list[Path]:
    """Write the .desktop entry and icon for this user; returns the files written."""
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    entry = data / "applications" / "paper-reader.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "paper-reader.svg"
    template = resource("paper-reader.desktop").read_text(encoding="utf-8")
    for target in (entry, icon):
        target.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(template.replace("@EXEC@", _launch_command()), encoding="utf-8")
    shutil.copyfile(resource("paper-reader.svg"), icon)
    _refresh_menus(entry.parent)
    return [entry, icon]


def _refresh_menus(applications: Path) -> None:
    """Let the desktop notice the new MimeType list now rather than at the next login."""
    tool = shutil.which("update-desktop-database")
    if tool:
        import subprocess  # only here: the start does not load it

        subprocess.run([tool, "-q", str(applications)], check=False, capture_output=True)


def _launch_command() -> str:
    installed = shutil.which("paper-reader")
    parts = [installed] if installed else [sys.executable, "-m", "reader"]
    return " ".join(f'"{p}"' if " " in p else p for p in parts)
