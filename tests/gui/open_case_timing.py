"""Drives a real main window through search and case opening and times it (for the
responsiveness test and `bench/gui_open_case.py`).

All times are measured on the GUI thread from the caseworker's action (selecting a row) to the
window's `case_shown` signal, which fires after every tab has been filled, while a
`StallWatchdog` records the longest time the GUI thread could not run its timers.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication

from desktop_app.views.common.event_wait import wait_for
from desktop_app.views.main_window import MainWindow
from tests.gui.stall_watchdog import StallWatchdog


def wait_warmed(window: MainWindow, timeout_ms: int = 120_000) -> bool:
    if window.warming_done:
        return True
    return wait_for(window.store.warming, timeout_ms, lambda done, total: done >= total)


def open_row(window: MainWindow, row: int) -> float:
    """Seconds from selecting `row` to the case being shown in every tab."""
    started = time.perf_counter()
    window.case_table.selectRow(row)
    if not wait_for(window.case_shown, 30_000):
        raise TimeoutError(f"row {row} did not open within 30 s")
    return time.perf_counter() - started


def search(window: MainWindow, text: str) -> float:
    started = time.perf_counter()
    window.search_panel.search_box.setText(text)
    if not wait_for(window.store.search_done, 30_000):
        raise TimeoutError(f"searching {text!r} gave no answer within 30 s")
    return time.perf_counter() - started


@dataclass
class OpenCaseFigures:
    first_case_s: float = 0.0  # the first case, selected the moment the list shows (cold)
    warm_up_s: float = 0.0  # list shown -> background warm-up finished
    warm_up_max_gap_ms: float = 0.0  # longest GUI stall during the warm-up
    open_s: list[float] = field(default_factory=list)  # later cases, warm
    search_s: list[float] = field(default_factory=list)
    max_gap_ms: float = 0.0  # longest GUI stall while searching and opening (warm)
    ticks: int = 0

    @property
    def p50_ms(self) -> float:
        return 1000 * statistics.median(self.open_s)

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.open_s)
        return 1000 * ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(make_window: Callable[[], MainWindow], cases: int = 20,
            searches: tuple[str, ...] = ("a", "an", "ann", "")) -> OpenCaseFigures:
    """Two windows: one to time the cold first case, one warmed up for the rest."""
    figures = OpenCaseFigures()
    watchdog = StallWatchdog()
    cold = make_window()
    cold.show()
    if not wait_for(cold.ready, 60_000):
        raise TimeoutError("the window did not become ready")
    figures.first_case_s = open_row(cold, 0)
    cold.close()
    window = make_window()
    window.show()
    if not wait_for(window.ready, 60_000):
        raise TimeoutError("the window did not become ready")
    watchdog.start()
    started = time.perf_counter()
    if not wait_warmed(window):
        raise TimeoutError("the warm-up did not finish")
    figures.warm_up_s = time.perf_counter() - started
    figures.warm_up_max_gap_ms = watchdog.max_gap_ms
    watchdog.reset()
    for text in searches:
        figures.search_s.append(search(window, text))
    rows = window.case_model.rowCount()
    for index in range(min(cases, rows)):
        figures.open_s.append(open_row(window, index * max(1, rows // cases) % rows))
    figures.max_gap_ms = watchdog.max_gap_ms
    figures.ticks = watchdog.ticks
    watchdog.stop()
    window.close()
    QApplication.processEvents()
    return figures
