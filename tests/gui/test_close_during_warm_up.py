"""Closing the window while the cache is still being prepared.

The case-detail child was asked for a warm-up step (loading the model, here slowed down);
closing the window waited for that step, then did it again on the worker thread, so the
worker was still running when Qt destroyed it and the process aborted on exit ("QThread:
Destroyed while thread is still running"). Now closing stops the child at once and the
worker prepares nothing more.
"""

from __future__ import annotations

import functools
import time

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.slow_model import slow_loader

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_closing_during_warm_up_stops_the_worker_at_once(qtbot, gui_cache, app_home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    win = MainWindow(gui_cache, model_loader=functools.partial(slow_loader, 60.0),
                     audit_key_path=app_home / "keys" / "audit.key", update_check=lambda: None)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=30_000):
        win.show()
    # the model step is under way in the child (it sleeps for a minute)
    qtbot.waitUntil(lambda: win.store._worker._detail_process is not None, timeout=30_000)
    started = time.monotonic()
    win.close()
    assert win.store._thread.isFinished(), "the worker still runs after the window closed"
    assert time.monotonic() - started < 4.0  # not the 5 s the close waits at most
