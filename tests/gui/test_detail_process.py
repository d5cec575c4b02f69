"""Case details prepared in a child process (desktop_app/casework/detail_process.py): the same
details as on the worker thread, from another interpreter, and a case still opens when the
child cannot run or dies."""

from __future__ import annotations

import functools
import logging
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from desktop_app.casework.case_detail import case_detail
from desktop_app.casework.detail_process import DetailProcess, DetailProcessError, can_be_sent
from desktop_app.casework.suggestions import load_model
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.open_case_timing import wait_warmed

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def key_file(home: Path) -> Path:
    return home / "keys" / "audit.key"


def _first_citizen(cache: Path) -> str:
    with sqlite3.connect(cache) as conn:
        return str(conn.execute("SELECT id FROM citizens ORDER BY id LIMIT 1").fetchone()[0])


def _never_called() -> None:
    raise AssertionError("not called")


@pytest.mark.xdist_group("model_world")
def test_the_child_prepares_the_same_case_as_the_worker(model_world, app_home) -> None:  # type: ignore[no-untyped-def]
    import sqlite_utils

    citizen = _first_citizen(model_world.cache)
    details = DetailProcess(model_world.cache, model_world.loader(), key_file(app_home))
    try:
        assert details.pid not in (None, os.getpid()) and details.alive
        details.warm("model")
        from_child = details.case_detail(citizen)
        assert details.case_detail("no-such-citizen") is None
    finally:
        details.close()
    assert not details.alive
    db = sqlite_utils.Database(model_world.cache)
    here = case_detail(db, citizen, load_model(model_world.loader()))
    assert from_child is not None and here is not None
    assert from_child.suggestions.state == "shown", from_child.suggestions
    assert from_child.suggestions == here.suggestions  # same model, same input, same numbers
    assert from_child.records == here.records
    assert from_child.jobs == here.jobs
    assert from_child.journey is not None and here.journey is not None
    assert from_child.journey.similar == here.journey.similar
    assert [c.key for c in from_child.completeness.missing] == [
        c.key for c in here.completeness.missing]


def test_a_loader_that_cannot_travel_is_refused_with_the_reason(gui_cache, app_home) -> None:  # type: ignore[no-untyped-def]
    assert not can_be_sent(lambda: None)
    assert can_be_sent(functools.partial(print, "x"))
    with pytest.raises(DetailProcessError, match="cannot be sent"):
        DetailProcess(gui_cache, lambda: None, key_file(app_home))


def test_a_cache_the_child_cannot_open_is_named(tmp_path, app_home) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "gone.sqlite"
    details = DetailProcess(missing, functools.partial(_never_called), key_file(app_home))
    try:
        with pytest.raises(DetailProcessError, match=r"cannot open the case cache.*gone\.sqlite"):
            details.case_detail("C1")
    finally:
        details.close()


def test_a_dead_child_is_reported_with_its_exit_code(gui_cache, app_home) -> None:  # type: ignore[no-untyped-def]
    details = DetailProcess(gui_cache, functools.partial(_never_called), key_file(app_home))
    try:
        os.kill(details.pid, signal.SIGKILL)  # type: ignore[arg-type]
        with pytest.raises(DetailProcessError, match="stopped"):
            details.case_detail(_first_citizen(gui_cache))
    finally:
        details.close()


def _wait_until_gone(pid: int, timeout_s: float = 10.0) -> None:
    """Until the killed child is a zombie (not reaped here: its parent object does that)."""
    deadline = time.monotonic() + timeout_s
    stat = Path(f"/proc/{pid}/stat")
    while time.monotonic() < deadline:
        if not stat.exists() or stat.read_text().split(")")[-1].split()[0] in ("Z", "X"):
            return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} did not end")


@pytest.mark.gui
@pytest.mark.xdist_group("model_world")
def test_the_window_prepares_cases_in_the_child_and_survives_its_death(  # type: ignore[no-untyped-def]
        qtbot, model_window, caplog):
    window = model_window
    assert wait_warmed(window)
    pid = window.store.details_pid
    assert pid is not None and pid != os.getpid()
    with qtbot.waitSignal(window.case_shown, timeout=30_000) as shown:
        window.case_table.selectRow(0)
    assert shown.args[0] is not None and shown.args[0].suggestions.state == "shown"
    os.kill(pid, signal.SIGKILL)
    _wait_until_gone(pid)
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(
            window.case_shown, timeout=30_000) as shown:
        window.case_table.selectRow(1)
    detail = shown.args[0]
    assert detail is not None and detail.suggestions.state == "shown"  # prepared on the worker
    assert window.store.details_pid is None
    assert any("case-detail process has stopped" in r.getMessage() for r in caplog.records)
