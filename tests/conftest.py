"""Shared test set-up: every test gets its own library folder, never the user's real one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests run headless; set before pytest-qt creates its session-wide QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _private_library(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("library")
    monkeypatch.setenv("PAPER_READER_HOME", str(home))
    return home


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
