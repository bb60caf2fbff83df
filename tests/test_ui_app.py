"""Start-up: one window per library, the desktop entry, the `python -m reader` entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.ui import app, instance, settings
from reader.ui.window import MainWindow

EVENING_PAPER = Path(__file__).parent / "fixtures" / "ui" / "新城晚报-2026-04-02.txt"


def test_a_second_start_hands_its_files_to_the_running_window(qtbot, tmp_path):
    home = tmp_path / "home"
    window = app.start(app.parse_args(["--library", str(home)]))
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        qtbot.waitUntil(lambda: window.findChild(instance.Instance).listening)  # once painted

        second = app.start(app.parse_args(["--library", str(home), str(EVENING_PAPER)]))

        assert second == 0  # no second window: the running one took the file
        qtbot.waitUntil(lambda: "新城晚报" in window.position_label.text(), timeout=10_000)
        assert not instance.send_to_running(tmp_path / "other library", [])
    finally:
        window.close()
        window.library.close()


def test_each_library_has_its_own_instance_name(tmp_path):
    assert instance.server_name(tmp_path / "a") != instance.server_name(tmp_path / "b")
    assert instance.server_name(tmp_path / "a") == instance.server_name(tmp_path / "x" / ".." / "a")


def test_install_desktop_puts_paper_reader_in_open_with(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}

    result = subprocess.run(
        [sys.executable, "-m", "reader", "--install-desktop"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "applications" / "paper-reader.desktop").read_text(encoding="utf-8")
    assert "MimeType=text/plain;text/html;" in entry
    assert "Exec=" in entry and "%F" in entry and "@EXEC@" not in entry
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "paper-reader.svg").is_file()


def test_the_sample_issue_ships_a_chinese_and_an_english_paper():
    names = [Path(p).name for p in app.sample_paths()]

    assert len(names) == 2
    assert names[0].startswith("江城日报")


def test_a_library_that_cannot_be_opened_is_explained_in_plain_words(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    not_a_folder = tmp_path / "library"
    not_a_folder.write_text("this is a file, not a folder")

    code = app.start(app.parse_args(["--library", str(not_a_folder)]))

    assert code == 1
    assert len(shown) == 1 and str(not_a_folder) in shown[0]


def test_library_notices_are_shown_when_the_window_opens(qtbot, tmp_path, monkeypatch):
    from reader.library import Library

    notice = "The library was damaged; restored from the backup of 2026-11-25."
    opened = Library.open

    def open_with_notice(home, **options):
        library = opened(home, **options)
        library.notices.append(notice)
        return library

    shown: list[str] = []
    monkeypatch.setattr(app.Library, "open", open_with_notice)
    monkeypatch.setattr(app.QMessageBox, "information", lambda p, t, text: shown.append(text))

    window = app.start(app.parse_args(["--library", str(tmp_path / "home")]))
    assert isinstance(window, MainWindow)
    try:
        assert shown == [notice]
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
    finally:
        window.close()
        window.library.close()


HOLD_LOCK = """
import sys
from PySide6.QtCore import QLockFile
from reader.ui import instance
lock = QLockFile(instance.lock_path(__import__("pathlib").Path(sys.argv[1])))
assert lock.tryLock(0)
print("locked", flush=True)
if sys.argv[2] == "crash":
    from PySide6.QtNetwork import QLocalServer
    server = QLocalServer()
    assert server.listen(instance.server_name(__import__("pathlib").Path(sys.argv[1])))
    import os
    os._exit(9)  # as a crash would: the lock file and the socket stay behind
sys.stdin.read()  # holds the lock, never listening, until the test lets go
"""


def _hold_lock(home: Path, how: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(home), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def test_a_window_that_crashed_leaves_nothing_that_stops_the_next_start(qtbot, tmp_path):
    home = tmp_path / "home"
    assert _hold_lock(home, "crash").wait(timeout=30) == 9

    window = app.start(app.parse_args(["--library", str(home)]))

    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        qtbot.waitUntil(lambda: window.findChild(instance.Instance).listening)
        assert instance.send_to_running(home, [])  # and it listens in the crashed one's place
    finally:
        window.close()
        window.library.close()


def test_a_holder_that_never_answers_is_told_in_words(qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    holder = _hold_lock(home, "hang")
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(instance, "WAIT_FOR_OWNER_S", 0.2)
    try:
        code = app.start(app.parse_args(["--library", str(home)]))
    finally:
        holder.communicate("")

    assert code == 1
    assert len(shown) == 1 and "does not answer" in shown[0]


@pytest.mark.slow
def test_two_windows_started_at_the_same_moment_make_one_window(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for trial in range(3):
        home = tmp_path / f"home{trial}"
        config = settings.Settings(home)
        config.set(settings.SAMPLE_IMPORTED, True)  # nothing to import: a bare start
        config.sync()
        command = [sys.executable, "-m", "reader", "--library", str(home)]
        starts = [subprocess.Popen(command, env=env) for _ in range(2)]
        try:
            deadline = time.monotonic() + 60
            while all(p.poll() is None for p in starts) and time.monotonic() < deadline:
                time.sleep(0.05)
            ended = [p for p in starts if p.poll() is not None]
            assert len(ended) == 1, "both windows stayed open"
            assert ended[0].returncode == 0  # it handed over to the other one
        finally:
            for process in starts:
                process.kill()
                process.wait(timeout=30)


def test_qt_dialogs_keep_their_state_in_the_library_folder(qtbot, tmp_path):
    home = tmp_path / "home"
    window = app.start(app.parse_args(["--library", str(home)]))
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        # Where QFileDialog writes its last folder and sidebar width: its QSettings.
        qt_file = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
        assert Path(qt_file).is_relative_to(home)
    finally:
        window.close()
        window.library.close()


_OPEN_AND_CANCEL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.ui import app
qt = app.application()
window = app.start(app.parse_args(["--library", sys.argv[1]]))
QTimer.singleShot(300, lambda: QApplication.activeModalWidget().reject())
window.open_files()
window.close()
window.library.close()
"""


@pytest.mark.slow
def test_a_file_dialog_writes_nothing_in_the_home_folder(tmp_path):
    """The dialog opened and cancelled as a reader would, with HOME a folder of the test."""
    home, library = tmp_path / "user", tmp_path / "library"
    home.mkdir()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    environment |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_CANCEL, str(library)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert not (home / ".config" / "QtProject.conf").exists()
    assert (library / app.QT_SETTINGS / "QtProject.conf").is_file()
