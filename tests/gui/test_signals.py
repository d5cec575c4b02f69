"""`emit` keeps CPython's `True` alive however often signals fire (PySide6 6.12.0 fault)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop_app.views.signals import emit


class _Source(QObject):
    changed = Signal(object)


def test_many_emits_keep_the_reference_count_of_true(qapp) -> None:  # type: ignore[no-untyped-def]
    source = _Source()
    seen: list[object] = []
    source.changed.connect(seen.append)
    emit(source.changed, 0)  # first use probes the installed PySide6
    before = sys.getrefcount(True)
    for i in range(5000):
        emit(source.changed, i)
    assert len(seen) == 5001
    assert abs(sys.getrefcount(True) - before) < 50
