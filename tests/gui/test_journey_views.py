"""The Journey tab, citizens like this one, the attendance band and the insight window, on a
real demo cache with a real, signed and installed attendance model."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app.cache.connection import open_cache
from desktop_app.cache.records import load_all, load_citizen
from desktop_app.journeys.attendance import BANDS
from desktop_app.journeys.cache_cohort import cohort_for, installed_attendance_model
from desktop_app.journeys.case_journey import case_journey
from desktop_app.trust.installed import load_verified_model
from desktop_app.views.common.locale_text import date_text
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.journey_fixture import MODEL_VERSION, JourneyWorld, build_world

pytestmark = [
    pytest.mark.gui,
    # offscreen Qt cannot raise a window; bringing the insight window forward says so
    pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise"),
    pytest.mark.xdist_group("journey_views"),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> JourneyWorld:
    return build_world(tmp_path_factory.mktemp("journey-world"))


@pytest.fixture(scope="module")
def db(world: JourneyWorld):  # type: ignore[no-untyped-def]
    database = open_cache(world.cache, create=False)
    yield database
    database.close()


def busy_citizen(db) -> str:  # type: ignore[no-untyped-def]
    """An open case with programmes, appointments and outcomes (a full timeline)."""
    row = db.execute(
        "SELECT c.id FROM citizens c WHERE c.case_closed IS NULL "
        "AND EXISTS (SELECT 1 FROM enrolments e WHERE e.citizen_id = c.id) "
        "AND (SELECT count(*) FROM appointments a WHERE a.citizen_id = c.id) >= 5 "
        "ORDER BY c.id LIMIT 1"
    ).fetchone()
    assert row is not None
    return str(row[0])


def detail_for(db, world: JourneyWorld, citizen_id: str) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    records = load_citizen(db, citizen_id)
    journey = case_journey(db, records, world.store)
    return SimpleNamespace(
        records=records, programmes=tuple(load_all(db, "programmes")), journey=journey
    )


def test_attendance_files_travel_the_signed_route(world: JourneyWorld) -> None:
    verified = load_verified_model(world.store)
    assert verified.version == MODEL_VERSION and verified.usable
    assert {"attendance.onnx", "attendance_model_card.json"} <= set(verified.files)
    status = installed_attendance_model(world.store)
    assert status.state == "ready" and status.version == MODEL_VERSION
    assert status.model is not None and status.model.metadata["allow_health"] is False


def test_tampered_attendance_model_is_refused(world: JourneyWorld, tmp_path: Path) -> None:
    import shutil

    store = tmp_path / "models"
    shutil.copytree(world.store, store)
    onnx_file = load_verified_model(store).path("attendance.onnx")
    onnx_file.write_bytes(onnx_file.read_bytes() + b"\0")
    status = installed_attendance_model(store)
    assert status.state == "unavailable" and "attendance.onnx" in status.detail
    assert installed_attendance_model(tmp_path / "empty").state == "not_installed"


def test_case_journey_on_demo_data(db, world: JourneyWorld) -> None:  # type: ignore[no-untyped-def]
    citizen = busy_citizen(db)
    journey = case_journey(db, load_citizen(db, citizen), world.store)
    lanes = {item.lane for item in journey.timeline.items}
    assert {"programmes", "appointments", "outcomes"} <= lanes
    assert cohort_for(db, world.store) is cohort_for(db)  # one cohort per open cache
    similar = journey.similar
    assert similar is not None and similar.kind == "descriptive"
    assert len(similar.neighbours) == 25 and citizen not in {
        n.citizen_id for n in similar.neighbours
    }
    assert sum(similar.outcome_counts.values()) == 25
    assert journey.attendance_state == "ready" and journey.model_version == MODEL_VERSION
    risk = journey.attendance[0]
    assert risk.band in BANDS and 0 < risk.no_show_risk < 1 and risk.citizen_id == citizen


def test_journey_tab_draws_the_demo_case(qtbot, db, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.journey.journey_tab import JourneyTab

    tab = JourneyTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 1200)
    detail = detail_for(db, world, busy_citizen(db))
    tab.show_case(detail)
    tab.show()
    timeline = detail.journey.timeline
    # the text alternative lists every item under its lane
    text = tab.text_list.toPlainText()
    assert text.count("  • ") == len(timeline.items)
    assert tab.chart.accessibleName() == "Journey timeline"
    assert date_text(timeline.window_start) in tab.chart.accessibleDescription()
    assert "Not a recommendation" in tab.similar.notice.text()
    assert tab.similar.model.rowCount() == len(detail.journey.similar.variants)
    assert tab.attendance.band_label.isVisibleTo(tab)
    assert "Risk of a missed appointment" in tab.attendance.band_label.text()
    image = tab.chart.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 12  # bars, markers, lanes and axis are drawn, not a blank box
    assert tab.chart.placed and len(tab.chart.placed) == len(timeline.items)
    tab.widget().grab().save(str(tmp_path / "journey.png"))


def test_closed_case_and_no_model(qtbot, db, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.journey.journey_tab import JourneyTab

    closed = db.execute("SELECT id FROM citizens WHERE case_closed IS NOT NULL LIMIT 1").fetchone()
    tab = JourneyTab()
    qtbot.addWidget(tab)
    tab.show_case(detail_for(db, world, str(closed[0])))
    assert "closed" in tab.attendance.note_label.text()
    assert not tab.attendance.band_label.isVisibleTo(tab)
    # without an installed model the tab says so (a fresh database object gets a fresh cohort)
    other = open_cache(world.cache, create=False)
    try:
        records = load_citizen(other, busy_citizen(other))
        journey = case_journey(other, records, tmp_path / "no-models")
    finally:
        other.close()
    tab.show_case(SimpleNamespace(records=records, programmes=(), journey=journey))
    assert "No attendance model is installed" in tab.attendance.note_label.text()
    tab.show_case(None)
    assert not tab.chart.isVisibleTo(tab)


def test_markup_in_programme_names_stays_plain(qtbot, db, world) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.journey.journey_tab import JourneyTab

    detail = detail_for(db, world, busy_citizen(db))
    evil = [dict(p, name={"en": "<b>bold</b> course"}) for p in detail.programmes]
    tab = JourneyTab()
    qtbot.addWidget(tab)
    tab.show_case(SimpleNamespace(**{**vars(detail), "programmes": tuple(evil)}))
    assert "<b>bold</b> course" in tab.text_list.toPlainText()


def test_similar_variants_model(qtmodeltester, db, world) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.journey.similar_variants_model import SimilarVariantsModel

    model = SimilarVariantsModel()
    qtmodeltester.check(model, force_py=True)
    similar = detail_for(db, world, busy_citizen(db)).journey.similar
    model.set_similar(similar)
    assert model.rowCount() == len(similar.variants) and model.columnCount() == 3
    assert " → " in model.index(0, 0).data() or len(similar.variants[0][0]) == 1
    assert int(model.index(0, 1).data()) == similar.variants[0][1]
    model.set_similar(None)
    assert model.rowCount() == 0


def test_insight_rate_model(qtmodeltester, world) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.journeys.insight import insight_by_factor
    from desktop_app.views.insight.insight_rate_model import InsightRateModel

    database = open_cache(world.cache, create=False)
    try:
        from desktop_app.journeys.cache_cohort import cohort_records

        insight = insight_by_factor(cohort_records(database), "attendance")
    finally:
        database.close()
    model = InsightRateModel()
    qtmodeltester.check(model, force_py=True)
    model.set_insight(insight)
    assert model.rowCount() == len(insight.groups)
    first = insight.groups[0]
    assert model.index(0, 1).data() == str(first.citizens)
    assert model.index(0, 4).data().startswith(f"{first.rate * 100:.0f}%")


def test_insight_window_from_the_menu(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    win = MainWindow(world.cache)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=20_000):
        win.show()
    assert win.insight_action in win.view_menu.actions()
    win.insight_action.trigger()
    insight = win.insight_window
    qtbot.waitUntil(lambda: insight.insight is not None, timeout=30_000)
    assert "Associations, not effects" in insight.caveat.text()
    assert "suggestions model" in insight.caveat.text()
    assert insight.table.model().rowCount() == len(insight.insight.groups) >= 2
    assert "weeks" in insight.chart.accessibleDescription()
    index = insight.factor_box.findData("previous_programmes")
    insight.factor_box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: insight.insight.factor == "previous_programmes", timeout=30_000)
    win.insight_action.trigger()  # a second click brings back the same window
    assert win.insight_window is insight
    win.close()


def test_journey_tab_in_the_main_window(qtbot, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    monkeypatch.setenv("WAYFINDER_HOME", str(world.store.parent))
    win = MainWindow(world.cache)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=20_000):
        win.show()
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.case_table.selectRow(0)
    tab = win.case_view.journey_tab
    assert tab.journey is not None and tab.journey.timeline.items
    win.case_view.setCurrentWidget(tab)
    assert tab.chart.isVisibleTo(win) and tab.attendance.band_label.isVisibleTo(win)
    win.close()


def test_an_objecting_citizen_gets_no_attendance_band_and_no_similar_citizens(
        qtbot, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """GDPR Art. 21: no model is run for the citizen (attendance band) and they are not
    compared with others; their own journey is still shown."""
    import shutil

    from desktop_app.cache.audit import AuditLog
    from desktop_app.casework.case_detail import case_detail
    from desktop_app.decisions.objections import set_objection
    from desktop_app.views.journey.journey_tab import JourneyTab

    shutil.copy(world.cache, tmp_path / "cache.sqlite")
    own = open_cache(tmp_path / "cache.sqlite", create=False)
    try:
        citizen = busy_citizen(own)
        set_objection(own, AuditLog(own, b"k" * 32), citizen_id=citizen, caseworker_id="cw",
                      active=True)
        detail = case_detail(own, citizen)
    finally:
        own.close()
    journey = detail.journey
    assert journey.objection and journey.attendance_state == "objection"
    assert journey.attendance == () and journey.similar is None
    assert journey.timeline.items
    tab = JourneyTab()
    qtbot.addWidget(tab)
    tab.show_case(detail)
    assert "objects to profiling" in tab.attendance.note_label.text()
    assert not tab.attendance.band_label.isVisibleTo(tab)
    assert "objects to profiling" in tab.similar.basis.text()
