"""The preferences dialog: theme, font, text size, line spacing and interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from reader.render import LINE_SPACINGS
from reader.ui import i18n, settings
from reader.ui.article_view import MAX_TEXT_PX, MIN_TEXT_PX
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

    def __init__(self, config: settings.Settings, parent: QWidget | None = None) -> None:
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        form = QFormLayout(self)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Font:"), self.font_choice)
        form.addRow(self.tr("Text size:"), self.text_px)
        form.addRow(self.tr("Line spacing:"), self.line_spacing)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
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

    def _save(self, setting: settings.Setting, value: Any) -> None:
        self._config.set(setting, value)
        self._config.sync()
        self.changed.emit()
