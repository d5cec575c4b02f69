"""`emit(signal, *args)`: emit a Qt signal from Python without corrupting CPython's `True`.

PySide6 6.12.0's `SignalInstance.emit` returns `True` without taking a reference, so every
emit from Python drops one reference to `True`; after some thousands of emits CPython aborts
("bool_dealloc: deallocating True or False"). Every emit in the views goes through here and,
where the installed PySide6 has the fault (probed once), gives the reference back.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBES = 64
_lock = threading.Lock()
_state: dict[str, bool] = {}


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Whether this PySide6 returns a borrowed `True` from `emit` (measured once)."""
    with _lock:
        if "leaks" not in _state:
            probe = _Probe()
            before = sys.getrefcount(True)
            results = [probe.fired.emit() for _ in range(_PROBES)]
            after = sys.getrefcount(True)
            leaks = results[0] is True and after - before < _PROBES // 2
            if leaks:  # the probe itself dropped references; give them back
                for _ in range(_PROBES):
                    ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
            del results
            _state["leaks"] = leaks
        return _state["leaks"]


def emit(signal: Any, *args: Any) -> None:
    result = signal.emit(*args)
    if isinstance(result, bool) and emit_leaks_true():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
