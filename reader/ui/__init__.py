"""Everything that imports PySide6."""

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 builds that drop a reference to None on every void method call.

    PySide6 6.12.0 on Python 3.11 does (Python 3.12+ makes None immortal, so it is harmless
    there): after a few thousand calls None's count reaches zero and the process dies with
    "Fatal Python error: none_dealloc". When the probe shows the leak, None gets a count no
    session can use up.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    if sys.getrefcount(None) < before - 8:
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
