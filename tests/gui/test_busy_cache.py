"""A decision saved while an import runs (issue 15, finding 12): it waits, shows "Saving…",
and is written once the import lets go of the cache, instead of failing with "database is
locked". An import holds the cache's write lock for its whole all-or-nothing transaction;
the child process below holds it the same way, for longer than SQLite's own 5 s wait."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.views.search.case_table_model import CITIZEN_ID_ROLE, COL_ID
from tests.gui.conftest import OFFSCREEN_NOISE, build_cache

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
HOLD_S = 7

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO imports (imported_at, source, counts) VALUES ('now', 'holder', '{}')")
print("LOCKED", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
print("RELEASED", flush=True)
"""


def test_a_decision_saved_during_an_import_waits_and_is_written(qtbot, tmp_path: Path,
                                                                app_home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    cache = build_cache(tmp_path)
    window = MainWindow(cache, caseworker="cw-busy")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.show()
    citizen = window.case_model.index(0, COL_ID).data(CITIZEN_ID_ROLE)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.case_table.selectRow(0)
    QApplication.processEvents()
    tab = window.case_view.decision_tab
    window.case_view.setCurrentWidget(tab)
    tab.programme.setCurrentIndex(tab.programme.findData("P01"))

    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(cache), str(HOLD_S)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        started = time.monotonic()
        with qtbot.waitSignal(window.decision_recorded, timeout=(HOLD_S + 30) * 1000) as done:
            tab.record_button.click()
            qtbot.waitUntil(lambda: tab.status.text().startswith("Saving…"), timeout=10_000)
            assert "an import is running" in tab.status.text()
            # the window stays usable meanwhile: a search is answered
            with qtbot.waitSignal(window.store.search_done, timeout=10_000):
                window.search_panel.search_box.setText("Olena")
        waited = time.monotonic() - started
        assert holder.wait(timeout=30) == 0
    finally:
        holder.kill()
    assert waited > 5  # longer than SQLite's own wait, after which the save used to fail
    assert tab.status.text().startswith("Decision recorded")
    with sqlite3.connect(cache) as conn:
        row = conn.execute("SELECT citizen_id, programme_id FROM app_decisions WHERE id = ?",
                           (done.args[0],)).fetchone()
    assert tuple(row) == (citizen, "P01")
    window.close()
    db = open_cache(cache, create=False)
    assert AuditLog(db, b"k" * 32).verify() == []  # the decision is inside the chain
    db.close()
