"""A pytest plugin that makes Qt unimportable, for the Qt-free tests (as napari runs its core's
tests without Qt): `pytest -p tests.qt_blocked -p no:pytest-qt ...` (`make test` does).

The import contracts say which packages must not import Qt; this proves it at run time too:
a Qt-free module that reached PySide6 (directly, lazily inside a function, or through a
package's `__init__`) fails its tests here with the name of the module it tried.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from types import ModuleType

BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")


class QtBlocked(ImportError):
    pass


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> None:
        if fullname.split(".")[0] in BLOCKED:
            raise QtBlocked(f"{fullname} is blocked: this test run proves the Qt-free code "
                            "imports no Qt")
        return None


def block_qt() -> None:
    loaded = [name for name in sys.modules if name.split(".")[0] in BLOCKED]
    if loaded:
        raise RuntimeError(f"Qt was imported before it could be blocked: {sorted(loaded)[:3]}")
    if not any(isinstance(finder, _BlockQt) for finder in sys.meta_path):
        sys.meta_path.insert(0, _BlockQt())


block_qt()
