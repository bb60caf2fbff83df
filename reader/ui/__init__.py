"""Everything that imports PySide6."""

import sys


def _keep_singletons_alive() -> None:
    """Work around PySide6 builds that drop references to None, True and False.

    PySide6 6.12.0 on Python 3.11 gives up a reference it never took each time a void
    method returns None or a signal's emit() returns True (harmless on Python 3.12+, where
    these objects are immortal). After a few thousand calls the count reaches zero and the
    process dies with "Fatal Python error: none_dealloc". When the probe shows the leak,
    the three objects get a count no session can use up.
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

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_singletons_alive()
