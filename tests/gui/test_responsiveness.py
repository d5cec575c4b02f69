"""The event-loop watchdog: while a caseworker searches and opens cases on a real cache with a
real model, the GUI thread never stalls for more than 50 ms (issue 6).

Marked `responsiveness`: `make test` runs it on its own after the parallel run, because a
stall measured while another test process competes for the same two cores measures the
scheduler, not the app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.open_case_timing import open_row, search, wait_warmed
from tests.gui.stall_watchdog import StallWatchdog

pytestmark = [pytest.mark.gui, pytest.mark.responsiveness,
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
MAX_GAP_MS = 50  # the target
# This shared virtual host's speed moves by up to 2.5x within an hour. A stall over the target
# is measured once more on a fresh watchdog: a host hiccup does not repeat, a regression does.
ATTEMPTS = 2


def overloaded() -> bool:
    """Stalls are a property of this process only when it gets the cores it asks for; on a
    machine running more than one busy process per core the OS scheduler's slices dominate.
    Asks how many tasks are runnable right now (the load average lags by minutes)."""
    cores = os.cpu_count() or 1
    try:
        running = int(Path("/proc/loadavg").read_text().split()[3].split("/")[0])
    except (OSError, IndexError, ValueError):
        return os.getloadavg()[0] > cores
    return running - 1 >= cores  # others besides this process fill every core


def test_no_gui_stall_while_searching_and_opening_cases(model_window) -> None:  # type: ignore[no-untyped-def]
    window = model_window
    assert wait_warmed(window), "the background warm-up did not finish"
    if overloaded():  # asked now, not when the file was collected minutes earlier
        pytest.skip("the machine is too loaded to measure GUI stalls")
    assert not window.warming_note.isVisible()
    gaps = []
    for _attempt in range(ATTEMPTS):
        gap, ticks, times = _search_and_open(window)
        assert ticks > 50, "the watchdog timer hardly ran: the loop was blocked"
        assert max(times) < 1.0
        gaps.append(gap)
        print(f"longest GUI stall while searching and opening cases: {gap:.0f} ms")  # -s
        if gap <= MAX_GAP_MS:
            break
    load = os.getloadavg()[0]
    assert min(gaps) <= MAX_GAP_MS, (
        f"the GUI thread stalled for {', '.join(f'{g:.0f}' for g in gaps)} ms "
        f"(load average {load:.1f}); target {MAX_GAP_MS} ms")


def _search_and_open(window) -> tuple[float, int, list[float]]:  # type: ignore[no-untyped-def]
    watchdog = StallWatchdog(interval_ms=5)
    watchdog.start()
    for text in ("a", "an", ""):
        search(window, text)
    rows = window.case_model.rowCount()
    assert rows >= 8
    times = [open_row(window, row) for row in range(0, rows, max(1, rows // 8))][:8]
    gap = watchdog.max_gap_ms
    watchdog.stop()
    return gap, watchdog.ticks, times
