"""The interface language: English or Simplified Chinese, from the system locale or a setting.

The .qm files are built from resources/translations/*.ts; rebuild them with
`python -m reader.ui.i18n` after editing the strings (pyside6-lupdate, then pyside6-lrelease).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate under `context`, to be translated where it is shown.
    (PySide's own does the same but is typed as returning object.)"""
    return text


# Setting value -> the language's own name, shown in the preferences.
LANGUAGES = {
    "": QT_TRANSLATE_NOOP("PreferencesDialog", "System language"),
    "en": "English",
    "zh_CN": "简体中文",
}
CATALOGUE = "paper_reader"
TRANSLATED = ("zh_CN",)
# English needs a catalogue only for counts: "%n stories" is "1 story" when there is one.
PLURALS_ONLY = ("en",)

# Words of Qt's own dialogs that its Chinese catalogue lacks (Qt 6 reworded them). Listed
# here, they go into our catalogue under Qt's contexts, where Qt finds them too.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 bytes"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)


def choose(setting: str, system: QLocale) -> str:
    """The language to show: the setting's, or the system's when it has none."""
    if setting in LANGUAGES and setting:
        return setting
    return "zh_CN" if system.language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the program's and Qt's own translations (dialog buttons) for `language`,
    in place of those an earlier start in this process installed."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    # Month and weekday names (the issue calendar, date fields) in the same language.
    QLocale.setDefault(_locale(language))
    catalogues = [(CATALOGUE, translations_folder())]
    if language in TRANSLATED:
        qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        catalogues.append(("qtbase", qt))
    installed = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    return installed


# Those of the last `install` (not looked for among the application's children: that would
# make PySide6 build the Python type of each, the style's among them, at every start).
_installed: list[QTranslator] = []


def _locale(language: str) -> QLocale:
    system = QLocale.system()
    if language == "en" and system.language() != QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system if language == "en" else QLocale(language)


def translations_folder() -> Path:
    """The .qm files the program loads (wherever the package is installed)."""
    return Path(str(resources.files("reader.resources") / "translations"))


def source_folder() -> Path:
    """The .ts sources of a checkout, beside the code that rebuild() reads."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def rebuild() -> None:
    """Refresh the .ts sources from the code, then compile them to .qm (strings gone from
    the code are dropped)."""
    import subprocess  # a tool for maintainers: not loaded with the window

    ui = Path(__file__).parent
    sources = sorted(str(p) for p in ui.glob("*.py"))
    folder = source_folder()
    for language in (*TRANSLATED, *PLURALS_ONLY):
        ts = folder / f"{CATALOGUE}_{language}.ts"
        only = ["-pluralonly"] if language in PLURALS_ONLY else []
        command = ["pyside6-lupdate", *sources, "-no-obsolete", *only, "-ts", str(ts)]
        subprocess.run(command, check=True)
        qm = ts.with_suffix(".qm")
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    rebuild()
    sys.exit(0)
