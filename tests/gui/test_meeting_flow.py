"""The whole meeting on a real cache with a real, verified model: search → open → review the
programmes → decide (deviating, with a reason) → export the sheet; then the audit log and the
PDF are checked."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.views.search.case_table_model import CITIZEN_ID_ROLE, COL_ID
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def open_first_suggested_case(qtbot, window):  # type: ignore[no-untyped-def]
    """Open cases from the list until one has a suggestion (not an abstention)."""
    model = window.case_model
    for row in range(model.rowCount()):
        with qtbot.waitSignal(window.case_shown, timeout=10_000) as blocker:
            window.case_table.selectRow(row)
        detail = blocker.args[0]
        case = detail.suggestions.case
        if case is not None and not case.abstained and case.suggested is not None:
            return detail
    raise AssertionError("no case with a suggestion in the test world")


def audit_rows(cache: Path) -> list[tuple]:
    with sqlite3.connect(cache) as conn:
        return conn.execute("SELECT action, actor, citizen_id, model_version, input_hash, "
                            "payload FROM audit_log ORDER BY seq").fetchall()


def test_search_open_review_decide_export(qtbot, model_window, model_world, app_home,
                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = model_window
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        window.search_panel.search_box.setText("Toy Person")
    assert window.case_model.rowCount() > 5
    with qtbot.waitSignal(window.suggestions_audited, timeout=10_000):
        detail = open_first_suggested_case(qtbot, window)
    citizen = detail.records.citizen_id
    assert window.case_model.index(window.case_table.currentIndex().row(), COL_ID).data(
        CITIZEN_ID_ROLE) == citizen
    QApplication.processEvents()

    # Programmes: one card per programme; effect in natural frequencies; reasons in words
    tab = window.case_view.programmes_tab
    window.case_view.setCurrentWidget(tab)
    top = detail.suggestions.case.suggested
    assert tab.cards and tab.cards[0].arm.arm == top
    assert tab.cards[0].title.text().startswith("Top suggestion:")
    assert "of 100 people like this citizen" in tab.cards[0].text.text()
    assert tab.cards[0].bar is not None
    assert "did not do clearly better" in tab.personalisation.text()  # tiny model: honest
    shown = [r for r in audit_rows(model_world.cache) if r[0] == "suggestions_shown"]
    assert shown[-1][1:4] == ("cw-test", citizen, "1")
    assert shown[-1][4] == detail.suggestions.input_hash
    assert json.loads(shown[-1][5])["suggestions"]["suggested"] == top

    # Decision: deviate from the top suggestion; a reason is required
    decision_tab = window.case_view.decision_tab
    window.case_view.setCurrentWidget(decision_tab)
    other = next(str(p["id"]) for p in detail.programmes if str(p["id"]) != top)
    decision_tab.programme.setCurrentIndex(decision_tab.programme.findData(other))
    assert decision_tab.deviating()
    assert "differs from the top suggestion" in decision_tab.reason_hint.text()
    decision_tab.record_button.click()
    assert decision_tab.status.text() == "Not recorded yet."
    assert "reason code" in decision_tab.reason_hint.text()  # said once, above the button
    decision_tab.reason_code.setCurrentIndex(decision_tab.reason_code.findData("citizen_wish"))
    decision_tab.reason_text.setPlainText("The citizen starts a job trial next month.")
    decision_tab.referrals.setPlainText("Warehouse worker\n")
    with qtbot.waitSignal(window.decision_recorded, timeout=10_000) as recorded:
        decision_tab.record_button.click()
    decision_id = recorded.args[0]
    with sqlite3.connect(model_world.cache) as conn:
        row = conn.execute("SELECT caseworker_id, programme_id, suggested_programme_id, "
                           "followed_suggestion, reason_code, job_referrals, suggestions, "
                           "snapshot FROM app_decisions WHERE id = ?", (decision_id,)).fetchone()
    assert row[:5] == ("cw-test", other, top, 0, "citizen_wish")
    assert json.loads(row[5]) == ["Warehouse worker"]
    assert json.loads(row[6])["suggested"] == top
    snapshot = json.loads(row[7])  # what the caseworker was shown, kept with the decision
    assert snapshot["computer"] == "shown" and snapshot["suggestions"]["suggested"] == top
    assert snapshot["programme_id"] == other and snapshot["eligibility"] is not None
    override = [r for r in audit_rows(model_world.cache) if r[0] == "decision_override"]
    assert json.loads(override[-1][5])["reason_text"].startswith("The citizen starts")

    # Explanation sheet: preview, review flag, export off the GUI thread, audited
    qtbot.waitSignal(window.case_shown, timeout=10_000)  # the case reloads after recording
    sheet_tab = window.case_view.sheet_tab
    window.case_view.setCurrentWidget(sheet_tab)
    qtbot.waitUntil(lambda: sheet_tab.preview is not None
                    and not sheet_tab.preview.is_proposal, timeout=15_000)
    assert sheet_tab.review_flag.text()
    out = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(window.sheet_exported, timeout=30_000) as exported:
        sheet_tab.export_to(out)
    result = exported.args[0]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == result.pdf_sha256
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert result.document_id in text
    flat = " ".join(text.split())
    assert "The computer suggested something else:" in flat  # from the stored snapshot
    assert "cw-test" not in flat  # no display name set: never the login id
    entry = [r for r in audit_rows(model_world.cache) if r[0] == "sheet_exported"][-1]
    payload = json.loads(entry[5])
    assert entry[1:3] == ("cw-test", citizen)
    assert payload["pdf_sha256"] == result.pdf_sha256
    assert payload["content_sha256"] == result.content_sha256
    assert payload["document_id"] == result.document_id

    db = open_cache(model_world.cache)
    try:
        assert AuditLog(db, (app_home / "keys" / "audit.key").read_bytes()).verify() == []
    finally:
        db.close()
