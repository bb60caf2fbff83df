"""Everything that imports PySide6."""

import builtins

import PySide6

# Importing PySide6 puts a hook in front of every later import that reads the source of each
# new module, looking for its `__feature__` switches (snake_case, true_property): some 80
# modules at each start, 10 ms or more. The program uses no such switch, so the import the
# hook wraps is put back.
if builtins.__import__ is getattr(builtins, "__feature_import__", None):
    builtins.__import__ = builtins.__orig_import__  # type: ignore[attr-defined]

del builtins, PySide6
