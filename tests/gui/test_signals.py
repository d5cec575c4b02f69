"""Emitting a signal from Python leaves CPython's `True` alone.

PySide6 6.12.0 returned a borrowed `True` from `SignalInstance.emit`, so every emit dropped a
reference and CPython eventually aborted; pyproject pins PySide6 < 6.12. This test guards the
pin: it fails on any PySide6 that has the fault again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    changed = Signal(object)


def test_many_emits_keep_the_reference_count_of_true(qapp) -> None:  # type: ignore[no-untyped-def]
    source = _Source()
    seen: list[object] = []
    source.changed.connect(seen.append)
    source.changed.emit(0)
    before = sys.getrefcount(True)
    for i in range(5000):
        source.changed.emit(i)
    assert len(seen) == 5001
    assert abs(sys.getrefcount(True) - before) < 50
