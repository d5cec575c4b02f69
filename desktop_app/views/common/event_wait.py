"""Run the Qt event loop until a signal fires or a while has passed (screenshots, tests, bench).

For scripted runs only: the app itself never blocks in a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance


def wait_for(signal: SignalInstance, timeout_ms: int = 15_000,
             until: Callable[..., bool] = lambda *_: True) -> bool:
    """Run the event loop until `signal` fires with arguments `until` accepts (or time out)."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*args: Any) -> None:
        if until(*args):
            fired.append(True)
            loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


def settle(ms: int = 150) -> None:
    """Let queued events, layouts and paints run for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
