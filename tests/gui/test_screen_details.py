"""The smaller screen findings of issue 18, each on the real window: a warning said once, the
Overview's skill count after a confirmation, a new decision in the Journey, a legend whose
colours each mean one thing, and "less than 1 in 100" in words."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel

from desktop_app.scoring.suggestion import Reason
from desktop_app.views.common.locale_text import date_text
from desktop_app.views.journey.timeline_chart import legend_entries
from desktop_app.views.search.case_table_model import CITIZEN_ID_ROLE, COL_ID
from desktop_app.views.words import wording
from tests.conftest import write_audit_key
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_meeting_flow import open_first_suggested_case
from tests.matching.jobs_cache import AUDIT_KEY, build_jobs_cache

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def visible_label_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_the_deviation_warning_is_said_once(qtbot, model_window) -> None:  # type: ignore[no-untyped-def]
    window = model_window
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        window.search_panel.search_box.setText("Toy Person")
    detail = open_first_suggested_case(qtbot, window)
    tab = window.case_view.decision_tab
    window.case_view.setCurrentWidget(tab)
    top = detail.suggestions.case.suggested
    other = next(str(p["id"]) for p in detail.programmes if str(p["id"]) != top)
    tab.programme.setCurrentIndex(tab.programme.findData(other))
    tab.record_button.click()
    QApplication.processEvents()
    warnings = [t for t in visible_label_texts(tab) if "differs from the top suggestion" in t]
    assert len(warnings) == 1, visible_label_texts(tab)


def test_a_confirmed_skill_updates_the_overview_count(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    build_jobs_cache(tmp_path)
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path))  # the taxonomy lives there
    window = MainWindow(tmp_path / "cache.sqlite", caseworker="cw-test",
                        audit_key_path=write_audit_key(tmp_path, AUDIT_KEY))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.show()
    model = window.case_model
    row = next(r for r in range(model.rowCount())
               if model.index(r, COL_ID).data(CITIZEN_ID_ROLE) == "C00000")
    with qtbot.waitSignal(window.case_shown, timeout=60_000):
        window.case_table.selectRow(row)
    overview, jobs = window.case_view.overview_tab, window.case_view.jobs_tab

    def count_line() -> str:
        return next(t for t in visible_label_texts(overview) if "recorded skill" in t)

    before = count_line()
    window.case_view.setCurrentWidget(jobs)
    profile = jobs.profile_model
    suggested = next(r for r in range(profile.rowCount()) if profile.skill(r).status == "suggested")
    jobs.profile_table.selectRow(suggested)
    with qtbot.waitSignal(jobs.jobs_changed, timeout=30_000):
        jobs.confirm_button.click()
    n = int(before.split()[0])
    assert count_line() == f"{n + 1} recorded skill{'s' if n + 1 != 1 else ''}"
    window.close()


def test_a_new_decision_appears_in_the_journey(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        window.search_panel.search_box.setText("C00004")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.case_table.selectRow(0)
    journey = window.case_view.journey_tab
    before = len(journey.journey.timeline.lane("decisions")) if journey.journey else 0
    tab = window.case_view.decision_tab
    tab.programme.setCurrentIndex(tab.programme.findData("__none__"))
    with qtbot.waitSignals([window.decision_recorded, window.case_shown], timeout=30_000):
        tab.record_button.click()
    # the journey is refilled off the GUI thread after the case is shown again
    qtbot.waitUntil(lambda: journey.journey is not None and len(
        journey.journey.timeline.lane("decisions")) == before + 1, timeout=30_000)
    decisions = journey.journey.timeline.lane("decisions")
    today = dt.date.today()
    assert decisions[-1].start == today and decisions[-1].programme_id is None
    assert journey.journey.timeline.window_end >= today  # drawn inside the chart
    line = f"decision without a programme, {date_text(today)}"
    assert line in journey.text_list.toPlainText()


def test_every_legend_colour_means_one_thing() -> None:
    entries = legend_entries()
    for i, (colour, name) in enumerate(entries):
        for other, other_name in entries[i + 1:]:
            a, b = QColor(colour), QColor(other)
            distance = math.dist((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue()))
            assert distance >= 50, f"{name} and {other_name} look alike ({colour}, {other})"


def test_less_than_one_in_100_is_said_in_words() -> None:
    text = wording.reason_sentence(Reason("age", "", 30.0, -0.004), lambda p: p)
    assert text == "age: lowers the estimate a little (less than 1 in 100)"
    assert "<1" not in text


def test_every_code_of_the_core_has_its_own_words() -> None:
    """Each abstention and model-status code the core can return is worded on screen (an
    unknown code would fall back to a general sentence)."""
    from desktop_app.scoring.support import ABSTENTION_CODES, Abstention
    from desktop_app.trust.errors import MODEL_STATUS_CODES
    from desktop_app.views.words.core_codes import words

    fallback = words().abstention(Abstention("no such code"), str)
    texts = {words().abstention(Abstention(code, ("age",)), str) for code in ABSTENTION_CODES}
    assert fallback not in texts and len(texts) == len(ABSTENTION_CODES)
    neutral = words().model_status(None)
    statuses = {words().model_status(code) for code in MODEL_STATUS_CODES}
    assert neutral not in statuses and len(statuses) == len(MODEL_STATUS_CODES)
def clipped_headers(table) -> list[str]:  # type: ignore[no-untyped-def]
    """Headers whose text does not fit: on one line, or (when the header wraps) in its lines,
    with no word wider than its column."""
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    margin = header.sectionSizeHint(0) - metrics.horizontalAdvance(
        model.headerData(0, Qt.Orientation.Horizontal))
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    found = []
    for section in range(model.columnCount()):
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents:
            continue  # Qt sizes it to its header and cells
        text = model.headerData(section, Qt.Orientation.Horizontal)
        width = header.sectionSize(section) - margin
        if metrics.horizontalAdvance(text) <= width:
            continue
        if wraps and max(metrics.horizontalAdvance(w) for w in text.split()) <= width:
            lines = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                         int(Qt.TextFlag.TextWordWrap), text).height()
            if lines <= header.height() - 4:
                continue
        found.append(f"{table.objectName()} {text!r}: {header.sectionSize(section)} px")
    return found


@pytest.mark.parametrize("code", ["en", "da", "nb", "nl"])
def test_no_jobs_header_is_clipped(qtbot, tmp_path: Path, monkeypatch, code: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.common import i18n
    from desktop_app.views.main_window import MainWindow

    build_jobs_cache(tmp_path)
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path))
    i18n.set_language(code)
    window = MainWindow(tmp_path / "cache.sqlite", caseworker="cw-test",
                        audit_key_path=write_audit_key(tmp_path, AUDIT_KEY))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.show()  # at its own default size
    with qtbot.waitSignal(window.case_shown, timeout=60_000):
        window.case_table.selectRow(0)
    jobs = window.case_view.jobs_tab
    window.case_view.setCurrentWidget(jobs)
    QApplication.processEvents()
    problems = [p for t in (jobs.matches_table, jobs.profile_table, jobs.alternatives_table)
                for p in clipped_headers(t)]
    assert not problems, "\n".join(problems)
    window.close()
