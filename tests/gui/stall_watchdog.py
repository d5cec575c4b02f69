"""An event-loop watchdog: how long the GUI thread went without running its timers.

A `QTimer` ticks every `interval_ms` on the GUI thread; each tick records the time since the
previous one. A gap much larger than the interval means the GUI thread was busy (or waiting
for the GIL) and the window could not repaint or react. Issue 6 allows no gap over 50 ms while
searching and opening cases. Used by `test_responsiveness.py` and `bench/gui_open_case.py`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallWatchdog(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.gaps: list[float] = []  # seconds between ticks, since the last reset

    def start(self) -> None:
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        self._last = time.perf_counter()
        self.gaps = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def max_gap_ms(self) -> float:
        # the time since the last tick counts too: a stall still going on is a stall
        pending = time.perf_counter() - self._last
        return 1000 * max([*self.gaps, pending])

    @property
    def ticks(self) -> int:
        return len(self.gaps)
