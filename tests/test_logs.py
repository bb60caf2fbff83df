"""The log file: opened at the first record, rotated by size, never in the way."""

from __future__ import annotations

import logging

from reader import logs


def test_the_file_is_made_at_the_first_record_and_rotated_by_size(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    home = tmp_path / "home"
    logs.setup(home)
    try:
        log = logging.getLogger("reader.test")
        assert not (home / logs.FILE_NAME).exists()  # a start that logs nothing writes nothing
        log.warning("first record")
        assert "first record" in (home / logs.FILE_NAME).read_text(encoding="utf-8")
        for n in range(100):
            log.warning("record %d %s", n, "x" * 40)
        kept = sorted(p.name for p in home.iterdir())
        assert kept == [logs.FILE_NAME, *(f"{logs.FILE_NAME}.{k}" for k in range(1, logs.KEPT + 1))]
        assert "record 99" in (home / logs.FILE_NAME).read_text(encoding="utf-8")
    finally:
        logs.setup(None)


def test_a_folder_that_cannot_be_written_loses_the_log_and_nothing_else(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    logs.setup(blocked / "home")
    try:
        logging.getLogger("reader.test").error("nowhere to go")  # no exception
        logging.getLogger("reader.test").error("still nowhere")
    finally:
        logs.setup(None)
    assert blocked.read_text(encoding="utf-8") == "not a folder"
