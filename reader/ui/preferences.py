"""The preferences dialog: theme, font, text size, line spacing, interface language, and the
papers to get every day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from reader.fetch import sources
from reader.fetch.errors import FetchError
from reader.render import LINE_SPACINGS
from reader.ui import i18n, settings
from reader.ui.article_view import MAX_TEXT_PX, MIN_TEXT_PX
from reader.ui.daily import chosen_papers
from reader.ui.i18n import QT_TRANSLATE_NOOP

_THEMES = (
    ("auto", QT_TRANSLATE_NOOP("PreferencesDialog", "As the system (light or dark)")),
    ("light", QT_TRANSLATE_NOOP("PreferencesDialog", "Light")),
    ("sepia", QT_TRANSLATE_NOOP("PreferencesDialog", "Sepia")),
    ("dark", QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")),
)
_FONTS = (
    ("serif", QT_TRANSLATE_NOOP("PreferencesDialog", "Serif (Song / Ming)")),
    ("sans", QT_TRANSLATE_NOOP("PreferencesDialog", "Sans serif (Hei)")),
)


class PreferencesDialog(QDialog):
    """Every change is saved and applied at once; `changed` tells the window to re-set."""

    changed = Signal()

    def __init__(
        self, config: settings.Settings, home: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self._config = config
        self.theme = self._combo("theme", settings.THEME, _THEMES)
        self.font_choice = self._combo("font", settings.FONT, _FONTS)
        spacings = tuple((value, f"{value / 100:g}×") for value in LINE_SPACINGS)
        self.line_spacing = self._combo("line_spacing", settings.LINE_SPACING, spacings)
        self.text_px = QSpinBox(self)
        self.text_px.setObjectName("text_px")
        self.text_px.setRange(MIN_TEXT_PX, MAX_TEXT_PX)
        self.text_px.setSuffix(" px")
        self.text_px.setValue(config.get(settings.TEXT_PX))
        self.text_px.valueChanged.connect(lambda px: self._save(settings.TEXT_PX, px))
        languages = tuple(i18n.LANGUAGES.items())
        self.language = self._combo("language", settings.LANGUAGE, languages)
        note = QLabel(self.tr("The interface language changes when Paper Reader starts again."))
        note.setWordWrap(True)
        self.daily_papers = self._paper_list(home)
        self.daily_hour = QSpinBox(self)
        self.daily_hour.setObjectName("daily_hour")
        self.daily_hour.setRange(0, 23)
        self.daily_hour.setSuffix(":00")
        self.daily_hour.setValue(config.get(settings.DAILY_HOUR))
        self.daily_hour.valueChanged.connect(lambda hour: self._save(settings.DAILY_HOUR, hour))
        daily_note = QLabel(
            self.tr(
                "Paper Reader gets the day's issue of the papers ticked here once a day: when it"
                " starts, or once it has been open past this hour."
            )
        )
        daily_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        form = QFormLayout(self)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Font:"), self.font_choice)
        form.addRow(self.tr("Text size:"), self.text_px)
        form.addRow(self.tr("Line spacing:"), self.line_spacing)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Get these papers every day:"), self.daily_papers)
        form.addRow(self.tr("From:"), self.daily_hour)
        form.addRow(daily_note)
        form.addRow(buttons)

    def _combo(
        self, name: str, setting: settings.Setting, choices: tuple[tuple[Any, str], ...]
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, label in choices:
            combo.addItem(self.tr(label), value)
        combo.setCurrentIndex(max(0, combo.findData(self._config.get(setting))))
        combo.currentIndexChanged.connect(lambda _: self._save(setting, combo.currentData()))
        return combo

    def _paper_list(self, home: Path) -> QListWidget:
        """The papers the app knows, each with a box to tick."""
        listing = QListWidget(self)
        listing.setObjectName("daily_papers")
        try:
            known = sources.known(home)
        except FetchError:  # a broken sources.tsv in the library: the built-in papers
            known = sources.builtin()
        chosen = set(chosen_papers(self._config))
        for source in known:
            item = QListWidgetItem(f"{source.name} ({source.id})", listing)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = source.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        listing.setMaximumHeight(6 * max(listing.sizeHintForRow(0), 16) + 6)
        listing.itemChanged.connect(lambda _: self._save_papers(listing))
        return listing

    def _save_papers(self, listing: QListWidget) -> None:
        ticked = [
            listing.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(listing.count())
            if listing.item(row).checkState() == Qt.CheckState.Checked
        ]
        self._save(settings.DAILY_PAPERS, ",".join(ticked))

    def _save(self, setting: settings.Setting, value: Any) -> None:
        self._config.set(setting, value)
        self._config.sync()
        self.changed.emit()
