"""What the parsers and the library say reaches the reader in the interface language."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Start, window_starter
from PySide6.QtCore import QCoreApplication, QTranslator

import reader
from reader.ui import i18n, settings
from reader.ui.core_messages import template_for, translated

CORE = Path(reader.__file__).parent
_ERRORS = {"ParseError", "LibraryError"}
_PLACEHOLDER = "7"


def _text(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    """A string the code builds, each {…} of an f-string standing as _PLACEHOLDER."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) else _PLACEHOLDER for v in node.values]
        return "".join(str(p) for p in parts)
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            text = _text(node.value, {})
            if text is not None:
                constants[node.targets[0].id] = text
    return constants


def _said(tree: ast.Module) -> Iterator[str]:
    """Messages raised as ParseError or LibraryError, kept as `message`, or returned as a
    sentence (the library's notices)."""
    constants = _module_constants(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in _ERRORS and node.args:
            yield from filter(None, [_text(node.args[0], constants)])
        elif isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "message":
            yield from filter(None, [_text(node.value, constants)])
        elif isinstance(node, ast.Return) and node.value is not None:
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            for value in values:
                text = _text(value, constants)
                if text and text.endswith(".") and text.count(" ") > 3:
                    yield text


def core_messages_said() -> list[str]:
    found = set()
    for path in CORE.rglob("*.py"):
        where = path.relative_to(CORE)
        if where.parts[0] == "ui" or where.name == "cli.py":
            continue  # the window's own words are translated where they are written
        found.update(_said(ast.parse(path.read_text(encoding="utf-8"))))
    # "NAME: REASON" with nothing of its own to translate
    return sorted(m for m in found if m.replace(_PLACEHOLDER, "").strip(" :."))


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """This checkout's Chinese catalogue, whatever copy the installed package would load."""
    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(f"{i18n.CATALOGUE}_zh_CN", str(i18n.source_folder()))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_scan_finds_the_cores_messages():
    said = core_messages_said()

    assert len(said) > 30
    assert "7: no newspaper pages were found in it" in said


def _templates_of(message: str) -> set[str]:
    """The templates `message` is made of: whole, or the reason after a name and ": "."""
    tails = [message] + [
        message[n + 2 :] for n in range(len(message)) if message[n:].startswith(": ")
    ]
    return {t for t in map(template_for, tails) if t is not None}


@pytest.mark.parametrize("message", core_messages_said())
def test_every_message_of_the_core_has_a_template(message):
    assert _templates_of(message)
    assert translated(message) == message  # in English, word for word


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("新城晚报.txt: the file is empty", "新城晚报.txt：文件是空的"),
        (
            "a.zip: b.html: no article was found in this page",
            "a.zip：b.html：这个网页中没有找到文章",
        ),
        (
            "The library /data/lib cannot be opened: it is damaged, and its folder is read-only,"
            " so it cannot be restored.",
            "无法打开报库 /data/lib：报库已损坏，而其文件夹是只读的，无法恢复。",
        ),
        ("%2.txt: the file is too large (120 MB)", "%2.txt：文件太大（120 MB）"),
        ("Something the core never said.", "Something the core never said."),
        # what getting the paper can say (File → Get Paper…, the daily papers)
        (
            "示例日报 of 2024-12-24 is not online (http://x/n.html: the site answered 404 Not"
            " Found): not published yet, or older than the site keeps.",
            "示例日报 2024-12-24 的报纸不在网上（http://x/n.html：网站回应 404 Not Found）："
            "还没有出版，或者早于网站保留的期限。",
        ),
        (
            "http://x/robots.txt could not be read, so the site's rules are unknown:"
            " http://x/robots.txt: the site cannot be reached (Connection refused) (1 tries)",
            "无法读取 http://x/robots.txt，因此不知道该网站的规则：http://x/robots.txt："
            "无法连接到网站（Connection refused）（试了 1 次）",
        ),
    ],
)
def test_core_messages_are_shown_in_chinese(message, shown):
    assert translated(message) == shown


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def test_why_a_file_could_not_be_opened_is_told_in_chinese(qtbot, start, tmp_path, chinese):
    config = settings.Settings(tmp_path / "home")
    config.set(settings.LANGUAGE, "zh_CN")
    config.sync()
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    window = start(home=tmp_path / "home")

    window.import_paths([empty])
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)

    assert window.message is not None
    assert window.message.text() == "空白.txt：文件是空的"
    assert window.message.windowTitle() == "有些文件无法打开"


def test_qts_own_file_dialog_speaks_chinese_too(qapp, chinese):
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    i18n.install(qapp, "zh_CN")  # Qt's own catalogue, under this checkout's
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = [
            w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        ]
        words = [re.sub(r"\(&.\)|&", "", t) for t in texts]  # 打开(&O): O is the key
        english = [t for t in words if any("a" <= c.lower() <= "z" for c in t)]
        dialog.deleteLater()
    finally:
        i18n.install(qapp, "en")

    assert english == []
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
