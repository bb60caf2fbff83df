"""The core (model, parsing, library, render) must import without loading PySide6."""

import subprocess
import sys


def test_core_imports_without_qt():
    code = (
        "import importlib, sys\n"
        "for name in ('reader.model', 'reader.parsing', 'reader.parsing.decode',\n"
        "             'reader.parsing.text', 'reader.parsing.html', 'reader.parsing.folder',\n"
        "             'reader.library', 'reader.render', 'reader.cli'):\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
