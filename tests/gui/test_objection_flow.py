"""An objection to profiling recorded in the window (GDPR Art. 21), as a caseworker does it in a
meeting: the case was opened and its suggestions shown, then the citizen objects. From then on
the screen shows no model output, the decision is recorded without one, and the exported sheet
says the citizen objected and that a suggestion had been shown before (issue 17)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def open_last_suggested_case(qtbot, window):  # type: ignore[no-untyped-def]
    """The last case in the list with a suggestion (the meeting-flow test takes the first)."""
    model = window.case_model
    for row in reversed(range(model.rowCount())):
        with qtbot.waitSignal(window.case_shown, timeout=10_000) as blocker:
            window.case_table.selectRow(row)
        case = blocker.args[0].suggestions.case
        if case is not None and not case.abstained and case.suggested is not None:
            return blocker.args[0]
    raise AssertionError("no case with a suggestion in the test world")


def test_objection_in_the_window_removes_model_output_and_the_sheet_says_so(
        qtbot, model_window, model_world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = model_window
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        window.search_panel.search_box.setText("Toy Person")
    with qtbot.waitSignal(window.suggestions_audited, timeout=10_000):
        detail = open_last_suggested_case(qtbot, window)
    programmes_tab = window.case_view.programmes_tab
    window.case_view.setCurrentWidget(programmes_tab)
    QApplication.processEvents()
    assert programmes_tab.cards  # the suggestions were on the screen

    decision_tab = window.case_view.decision_tab
    window.case_view.setCurrentWidget(decision_tab)
    try:
        # a case_shown still on its way from opening the case is not the reload we wait for
        with qtbot.waitSignal(window.case_shown, timeout=15_000,
                              check_params_cb=lambda d: d is not None and d.objection) as shown, \
                qtbot.waitSignal(window.objection_recorded, timeout=15_000) as recorded:
            decision_tab.objection.setChecked(True)
        assert recorded.args == [True]
        reloaded = shown.args[0]
        assert reloaded.records.citizen_id == detail.records.citizen_id
        assert reloaded.suggestions.state == "objection"
        assert reloaded.suggestions.payload is None
        window.case_view.setCurrentWidget(programmes_tab)
        QApplication.processEvents()
        assert programmes_tab.cards == []
        assert "objected to profiling" in programmes_tab.status.text()

        window.case_view.setCurrentWidget(decision_tab)
        assert decision_tab.objection.isChecked()
        assert decision_tab.suggested_label.text() == "No suggestion is shown for this case."
        chosen = str(detail.programmes[-1]["id"])
        decision_tab.programme.setCurrentIndex(decision_tab.programme.findData(chosen))
        assert not decision_tab.deviating()  # nothing to deviate from
        with qtbot.waitSignal(window.case_shown, timeout=15_000), \
                qtbot.waitSignal(window.decision_recorded, timeout=10_000) as recorded:
            decision_tab.record_button.click()  # the case reloads after recording
        with sqlite3.connect(model_world.cache) as conn:
            row = conn.execute("SELECT suggested_programme_id, suggestions, snapshot "
                               "FROM app_decisions WHERE id = ?",
                               (recorded.args[0],)).fetchone()
        assert row[0] is None and row[1] is None
        snapshot = json.loads(row[2])
        assert snapshot["computer"] == "objection" and snapshot["programme_id"] == chosen
        assert snapshot.get("suggestions") is None
        assert snapshot["objection"]["shown_before"] is True

        sheet_tab = window.case_view.sheet_tab
        window.case_view.setCurrentWidget(sheet_tab)
        qtbot.waitUntil(lambda: sheet_tab.preview is not None
                        and not sheet_tab.preview.is_proposal, timeout=15_000)
        out = tmp_path / "sheet.pdf"
        with qtbot.waitSignal(window.sheet_exported, timeout=30_000):
            sheet_tab.export_to(out)
        text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert "objection to profiling" in text
        assert "This decision was made without the computer." in text
        assert "Before you said no, the computer had made a suggestion for you" in text
        assert "of 100" not in text and "Model version" not in text
        assert "counted for this programme" not in text
    finally:  # the world is shared with the other tests of this worker
        if decision_tab.objection.isChecked():
            with qtbot.waitSignal(window.objection_recorded, timeout=15_000):
                decision_tab.objection.setChecked(False)
