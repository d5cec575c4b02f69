"""The team lead's screens on a real cache: the role (start option or IT configuration), the
planning of places (booked vs proposed, the range, the balance audit, CSV and PDF from the
screen) and assigning caseworkers (explained proposals, accept or change, audited), in English
and Danish, with every read and write on the cache worker."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.cache.connection import open_cache
from desktop_app.places.cache_places import places_fingerprint, planning_day, read_places
from desktop_app.places.plan import PlacePlan, ProgrammePlan, store_plan
from desktop_app.views.common import i18n
from tests.gui.conftest import EVIL_NAME, OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
LEAD = "lead-1"
BALANCE = [
    {"dimension": "gender", "group": "f", "citizens": 14, "caseload_share": 0.5,
     "proposed_share": 0.25, "gain_per_100": 2.5},
    {"dimension": "gender", "group": "m", "citizens": 4, "caseload_share": 0.2,
     "proposed_share": None, "gain_per_100": None},
]


def store_lead_plan(path: Path, *, current: bool = True) -> None:
    """Store the test plan in the cache at `path`: current for its places, or (`current=False`)
    computed for places that have changed since."""
    db = open_cache(path)
    day = planning_day(db)
    fingerprint = places_fingerprint(read_places(db, day)) if current else "older"
    store_plan(db, PlacePlan(
        as_of=day.isoformat(), horizon_weeks=26.0, computed_at="2026-01-01T08:30:00+00:00",
        model_version="demo-2026.1", fingerprint=fingerprint,
        caseload=3316, abstained=2, expected_decisions=18.0,
        programmes={"P01": ProgrammePlan("P01", 56.0, 12.0, 0.0, 1.5, 0.5, 2.5)},
        expected_gain=1.5, gain_low=0.5, gain_high=2.5, balance=BALANCE))
    db.close()


@pytest.fixture
def lead_cache(gui_cache: Path, tmp_path: Path) -> Path:
    """The GUI test cache with a stored plan that is current for its places."""
    path = tmp_path / "lead.sqlite"
    shutil.copy(gui_cache, path)
    store_lead_plan(path)
    return path


def open_window(qtbot, cache: Path, role: str | None = "team-lead"):  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    win = MainWindow(cache, caseworker=LEAD, role=role)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=15_000):
        win.show()
    return win


def open_tab(qtbot, win, tab: int):  # type: ignore[no-untyped-def]
    from desktop_app.views.team_lead.window import TeamLeadWindow

    panel_of = {0: "planning", 1: "assignment"}[tab]
    lead = win.team_lead_window or TeamLeadWindow(win.store, win.caseworker, win)
    win.team_lead_window = lead
    panel = getattr(lead, panel_of)
    with qtbot.waitSignal(panel.shown, timeout=30_000):
        win.show_team_lead(tab)
    return panel


def cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_caseworker_sees_no_team_lead_screens(qtbot, gui_cache) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, gui_cache, role=None)
    assert win.role == "caseworker" and win.team_lead_menu is None
    titles = [a.text() for a in win.menuBar().actions()]
    assert not any("Team" in t for t in titles), titles
    win.close()


def test_the_role_is_chosen_at_start_unless_it_configured_it(qtbot, gui_cache,
                                                             app_home) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, gui_cache, role="team-lead")
    assert win.team_lead_menu is not None
    assert [a.text() for a in win.team_lead_menu.actions()] == [
        "&Planning of places…", "&Assign caseworkers…"]
    win.close()
    (app_home / "wayfinder.toml").write_text('[app]\nrole = "caseworker"\n')
    win = open_window(qtbot, gui_cache, role="team-lead")  # IT's setting wins
    assert win.team_lead_menu is None
    win.close()
    (app_home / "wayfinder.toml").write_text('[app]\nrole = "team_lead"\n')
    win = open_window(qtbot, gui_cache, role=None)
    assert win.team_lead_menu is not None
    win.close()


def test_planning_shows_booked_against_proposed_and_the_expected_gain(qtbot,
                                                                      lead_cache) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, lead_cache)
    panel = open_tab(qtbot, win, 0)
    rows = cells(panel.model)
    job_search, danish = rows
    assert job_search[0] == "Job search training"
    assert job_search[1].count("(") == 3  # three intakes in the period, places left each
    assert job_search[2:7] == ["56", "0", "0", "12", "56"]  # places, booked, waiting, proposed
    assert job_search[8] == "1.5 (0.5 to 2.5)"
    assert danish[1] == "not limited" and danish[5] == "–"  # no intakes: places unknown
    assert "demo-2026.1" in panel.plan_status.text()
    assert "3,316 citizens" in panel.plan_status.text()  # %Ln: the locale's digits
    assert panel.total.text() == ("Expected extra people in work or education from the "
                                  "proposed places: 1.5 (range 0.5 to 2.5).")
    assert cells(panel.balance_model) == [["Gender: women", "14", "25%", "2.5"],
                                          ["Gender: men", "4", "too few to show",
                                           "too few to show"]]
    win.close()


def test_planning_without_a_plan_says_so(qtbot, gui_cache) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, gui_cache)
    panel = open_tab(qtbot, win, 0)
    assert panel.plan_status.text().startswith("No plan computed yet")
    assert cells(panel.model)[0][5] == "–" and panel.total.text() == ""
    win.close()


def test_planning_in_danish_and_its_csv_and_pdf_exports(qtbot, lead_cache,
                                                        tmp_path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, lead_cache)
    panel = open_tab(qtbot, win, 0)
    i18n.set_language("da")
    qtbot.waitUntil(lambda: win.team_lead_window.windowTitle()
                    == "Teamleder: pladser og sagsbehandlere")
    assert panel.model.headerData(3, Qt.Orientation.Horizontal) == "Booket"
    row = cells(panel.model)[0]
    assert row[0] == "Jobsøgningskursus" and row[8] == "1,5 (0,5 til 2,5)"
    assert "3.316 borgere" in panel.plan_status.text()
    assert cells(panel.balance_model)[0][0] == "Køn: kvinder"
    assert "1,5 (interval 0,5 til 2,5)" in panel.total.text()
    for kind in ("csv", "pdf"):
        target = tmp_path / f"planning.{kind}"
        with qtbot.waitSignal(panel.exported, timeout=30_000):
            panel.export_to(target, kind)
        assert target.is_file() and target.stat().st_size > 100
        assert panel.status.text() == f"Gemt i {target}"
    assert "P01,Jobsøgningskursus," in (tmp_path / "planning.csv").read_text(encoding="utf-8-sig")
    text = subprocess.run(["pdftotext", str(tmp_path / "planning.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Pladser på tilbud: planlægning" in text and "Jobsøgningskursus" in text
    win.close()


def test_assignment_explains_and_records_accept_and_change(qtbot, lead_cache) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, lead_cache)
    panel = open_tab(qtbot, win, 1)
    assert not panel.own_effect.isChecked()  # off by default
    assert panel.count.text() == "2 citizens without a caseworker."
    assert cells(panel.model) == [["C08888", "Sparse Record", "Karen Holm (W1)"],
                                  ["C09999", EVIL_NAME, "Karen Holm (W1)"]]
    lines = panel.explanation.text().splitlines()
    assert lines[0] == "Proposed: Karen Holm (W1)"
    assert "  • No shared meeting language known" in lines
    assert "  • Caseload 15 of at most 40 citizens" in lines
    assert any(line.startswith("Alternative 2: Ahmad Rahimi (W2)") for line in lines)
    with qtbot.waitSignal(panel.assigned, timeout=30_000) as accepted:
        panel.accept_button.click()
    assert accepted.args[0].followed_proposal
    with qtbot.waitSignal(panel.shown, timeout=30_000):
        pass  # the list is read again: the citizen now has a caseworker
    assert [r[0] for r in cells(panel.model)] == ["C09999"]
    assert panel.status.text() == ("C08888 assigned to Karen Holm (W1): proposal accepted. "
                                   "Recorded in the audit log.")
    panel.choice.setCurrentIndex(panel.choice.findData("W2"))
    with qtbot.waitSignal(panel.assigned, timeout=30_000) as changed:
        panel.change_button.click()
    assert not changed.args[0].followed_proposal
    with qtbot.waitSignal(panel.shown, timeout=30_000):
        pass
    assert panel.status.text() == ("C09999 assigned to Ahmad Rahimi (W2), instead of the "
                                   "proposed Karen Holm (W1). Recorded in the audit log.")
    assert cells(panel.model) == []
    win.close()
    db = open_cache(lead_cache)
    entries = [(r[0], json.loads(r[1])) for r in db.execute(
        "SELECT actor, payload FROM audit_log WHERE action = 'caseworker_assigned' "
        "ORDER BY seq")]
    assert [(actor, p["caseworker_id"], p["proposed_caseworker_id"], p["followed_proposal"])
            for actor, p in entries] == [(LEAD, "W1", "W1", True), (LEAD, "W2", "W1", False)]
    db.close()


def test_assignment_words_and_plurals_in_danish(qtbot, lead_cache) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, lead_cache)
    panel = open_tab(qtbot, win, 1)
    i18n.set_language("da")
    qtbot.waitUntil(lambda: panel.count.text() == "2 borgere uden sagsbehandler.")
    assert panel.model.headerData(2, Qt.Orientation.Horizontal) == "Foreslået sagsbehandler"
    lines = panel.explanation.text().splitlines()
    assert lines[0] == "Foreslået: Karen Holm (W1)"
    assert "  • Sagsstamme 15 af højst 40 borgere" in lines
    assert panel.accept_button.text() == "&Godkend forslaget"
    win.close()
