"""Always the right citizen: the case panel shows exactly the case selected in the list.

A new search that drops the open case clears the panel, so no decision can be saved for a
citizen the caseworker no longer has selected; Enter or Down in the search box opens the first
match. The walk search → open → new search → record checks the citizen id at every step.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.views.search.case_table_model import CITIZEN_ID_ROLE, COL_ID
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def selected_id(window) -> str | None:  # type: ignore[no-untyped-def]
    rows = window.case_table.selectionModel().selectedRows()
    return str(rows[0].data(CITIZEN_ID_ROLE)) if rows else None


def shown_id(window) -> str | None:  # type: ignore[no-untyped-def]
    """The citizen every tab of the case panel is showing (None: no case); asserts the tabs
    agree with each other."""
    view = window.case_view
    ids = {
        "overview": view.overview_tab.detail,
        "programmes": view.programmes_tab.detail,
        "decision": view.decision_tab.detail,
        "journey": view.journey_tab.detail,
    }
    found = {name: d.records.citizen_id if d is not None else None for name, d in ids.items()}
    found["jobs"] = view.jobs_tab._citizen_id
    sheet = view.sheet_tab.detail
    found["sheet"] = sheet.records.citizen_id if sheet is not None else None
    assert len(set(found.values())) == 1, found
    return found["overview"]


def type_search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.store.search_done, timeout=20_000):
        window.search_panel.search_box.setText(text)
    QApplication.processEvents()


def decisions_for(cache: Path) -> list[str]:
    with sqlite3.connect(cache) as conn:
        return [r[0] for r in conn.execute("SELECT citizen_id FROM app_decisions ORDER BY id")]


def test_search_open_new_search_record_keeps_the_right_citizen(qtbot, window, gui_cache) -> None:  # type: ignore[no-untyped-def]
    before = decisions_for(gui_cache)
    type_search(qtbot, window, "C00002")
    assert [window.case_model.index(r, COL_ID).data(CITIZEN_ID_ROLE)
            for r in range(window.case_model.rowCount())] == ["C00002"]
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        window.case_table.selectRow(0)
    assert selected_id(window) == shown_id(window) == "C00002"

    # A new search that no longer lists C00002: the panel must not keep showing it
    type_search(qtbot, window, "C00003")
    qtbot.waitUntil(lambda: shown_id(window) is None, timeout=5000)
    assert selected_id(window) is None
    decision_tab = window.case_view.decision_tab
    assert not decision_tab.isEnabled()
    decision_tab.record_button.click()  # nothing to record for: no request may leave
    QApplication.processEvents()
    assert decisions_for(gui_cache) == before

    # Enter in the search box opens the first (here the only) match
    window.search_panel.search_box.setFocus()
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Return)
    assert selected_id(window) == shown_id(window) == "C00003"

    # Record: the decision is saved for C00003, the case that is selected and shown
    window.case_view.setCurrentWidget(decision_tab)
    decision_tab.programme.setCurrentIndex(decision_tab.programme.findData("__none__"))
    with qtbot.waitSignals([window.decision_recorded, window.case_shown], timeout=20_000):
        decision_tab.record_button.click()  # then the case is shown again, with the decision
    assert decisions_for(gui_cache)[len(before):] == ["C00003"]
    assert selected_id(window) == shown_id(window) == "C00003"


def test_a_search_that_keeps_the_open_case_keeps_it_selected(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "Olena")
    row = next(r for r in range(window.case_model.rowCount())
               if window.case_model.index(r, COL_ID).data(CITIZEN_ID_ROLE) == "C00002")
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        window.case_table.selectRow(row)
    type_search(qtbot, window, "Olena Kovalenko")  # narrower, still lists C00002
    assert selected_id(window) == shown_id(window) == "C00002"


def test_down_in_the_search_box_opens_the_first_match(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "Olena")
    first = window.case_model.index(0, COL_ID).data(CITIZEN_ID_ROLE)
    window.search_panel.search_box.setFocus()
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Down)
    assert selected_id(window) == shown_id(window) == first
    assert window.case_table.hasFocus() or not window.isActiveWindow()


def test_enter_right_after_typing_opens_the_match_of_the_new_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Typed and Enter at once (before the debounced search ran): the first match of what was
    typed opens, not the first row of the previous list."""
    type_search(qtbot, window, "Olena")
    box = window.search_panel.search_box
    box.setFocus()
    box.setText("C00007")  # the search waits for the debounce pause
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert selected_id(window) == shown_id(window) == "C00007"


def test_a_decision_for_a_citizen_not_selected_is_refused(qtbot, window, gui_cache) -> None:  # type: ignore[no-untyped-def]
    """The last guard: whatever a tab sends, the window records only for the selected case."""
    from desktop_app.decisions.record import DecisionInput

    before = decisions_for(gui_cache)
    type_search(qtbot, window, "C00002")
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        window.case_table.selectRow(0)
    tab = window.case_view.decision_tab
    tab.decision_requested.emit(DecisionInput(
        citizen_id="C00005", caseworker_id="cw", programme_id=None, suggestion_shown=False))
    QApplication.processEvents()
    assert tab.status.text().startswith("Not recorded:")
    assert decisions_for(gui_cache) == before


def test_a_filter_that_drops_the_open_case_clears_the_panel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Filters narrow the list like a search does: the open case leaves with its row."""
    type_search(qtbot, window, "C00002")
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        window.case_table.selectRow(0)
    assert selected_id(window) == shown_id(window) == "C00002"
    with qtbot.waitSignal(window.store.search_done, timeout=20_000):
        window.search_panel.min_age.setValue(99)  # nobody in the cache is 99 or older
    qtbot.waitUntil(lambda: shown_id(window) is None, timeout=5000)
    assert window.case_model.rowCount() == 0 and selected_id(window) is None
    assert not window.case_view.decision_tab.isEnabled()
    with qtbot.waitSignal(window.store.search_done, timeout=20_000):
        window.search_panel.min_age.setValue(0)  # listed again, but not opened behind the back
    assert window.case_model.rowCount() == 1
    assert selected_id(window) is None and shown_id(window) is None
