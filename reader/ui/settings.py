"""Every setting the window keeps, with key, type and default; stored beside the library."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from reader.render import DEFAULT_LINE_SPACING, DEFAULT_TEXT_PX

# Bump when the saved window layout no longer fits the widgets; old state is then ignored.
WINDOW_STATE_VERSION = 1
FILE_NAME = "settings.ini"


class Setting(NamedTuple):
    """One setting: its key in the file, its type and its value when unset."""

    key: str
    type: type
    default: Any


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
SPLITTER = Setting("window/splitter", QByteArray, QByteArray())
STATE_VERSION = Setting("window/state_version", int, 0)
SIDEBAR_TAB = Setting("window/sidebar_tab", int, 0)
TEXT_PX = Setting("reading/text_px", int, DEFAULT_TEXT_PX)
# "auto" is light or dark as the system palette is; otherwise one of render.THEMES.
THEME = Setting("reading/theme", str, "auto")
FONT = Setting("reading/font", str, "serif")
LINE_SPACING = Setting("reading/line_spacing", int, DEFAULT_LINE_SPACING)
PAGE_VIEW = Setting("reading/page_view", bool, False)  # the printed page instead of the text
# "" follows the system locale; otherwise one of i18n.LANGUAGES.
LANGUAGE = Setting("interface/language", str, "")
SAMPLE_IMPORTED = Setting("library/sample_imported", bool, False)
LAST_FOLDER = Setting("library/last_folder", str, "")
# "Get these papers every day": paper ids (comma-separated), the hour from which the day's
# issues are got, and the day they were last got (YYYY-MM-DD), so never twice a day.
DAILY_PAPERS = Setting("fetch/daily_papers", str, "")
DAILY_HOUR = Setting("fetch/daily_hour", int, 7)
DAILY_LAST = Setting("fetch/daily_last", str, "")
# Where in which story the reader was when the window closed: the place in its text.
READING_STORY = Setting("reading/story", str, "")
READING_AT = Setting("reading/at", int, 0)


class Settings:
    """Typed access to an INI file in the library home, so tests never touch the user's settings."""

    def __init__(self, home: Path) -> None:
        self._qs = QSettings(str(home / FILE_NAME), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if setting.type is bool and isinstance(value, str):
            return value.lower() == "true"
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()
