"""Recomputing the places plan from the team lead's planning screen: off the GUI thread and
off the cache worker (cases stay usable), with progress, a clear result in the screen's
language, and the figures read again; refusals say why and keep the previous plan."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.places.plan import load_plan
from desktop_app.views.common import i18n
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.test_team_lead import LEAD, lead_cache, open_tab, open_window  # noqa: F401 (fixture)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
INTAKES = {"LANG": [{"start": "2025-01-20", "places": 3}],
           "JOBS": [{"start": "2025-01-13", "places": 40}]}


@pytest.fixture
def places_world(model_world, tmp_path: Path) -> Path:
    """The trained-model world's bundle with intakes for two programmes, in a cache of its own."""
    bundle = tmp_path / "bundle"
    shutil.copytree(model_world.cache.parent / "toy" / "bundle", bundle)
    path = bundle / "programmes.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    for row in rows:
        if row["id"] in INTAKES:
            row["intakes"] = INTAKES[row["id"]]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    cache = tmp_path / "places.sqlite"
    db = open_cache(cache)
    import_bundle(db, read_bundle(bundle), audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    return cache


def lead_window(qtbot, cache: Path, model_world, app_home):  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    win = MainWindow(cache, caseworker=LEAD, role="team-lead",
                     model_loader=model_world.loader(),
                     audit_key_path=app_home / "keys" / "audit.key")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=15_000):
        win.show()
    return win


def test_recomputing_the_plan_shows_progress_then_the_new_figures(
        qtbot, places_world, model_world, app_home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.places import pricing

    monkeypatch.setattr(pricing, "BATCH", 25)  # several progress steps on a small caseload
    win = lead_window(qtbot, places_world, model_world, app_home)
    panel = open_tab(qtbot, win, 0)
    assert panel.plan_status.text().startswith("No plan computed yet")
    control = panel.replan
    assert control.button.text() == "Recompute p&lan" and not control.bar.isVisible()
    threads: set[str] = set()
    steps: list[tuple[str, int, int]] = []
    original = control._progress

    def seen(stage: str, done: int, total: int) -> None:
        threads.add(threading.current_thread().name)
        steps.append((stage, done, total))
        original(stage, done, total)

    control._progress = seen  # type: ignore[method-assign]
    with qtbot.waitSignal(control.recomputed, timeout=120_000) as result:
        control.button.click()
        assert not control.button.isEnabled() and control.bar.isVisible()
    replanned = result.args[0]
    caseload = replanned.plan.caseload
    assert caseload > 25 and threads == {"MainThread"}  # progress arrives on the GUI thread
    scoring = [s for s in steps if s[0] == "scoring"]
    assert len(scoring) == -(-caseload // 25) and scoring[-1][1:] == (caseload, caseload)
    assert steps[-1][0] == "allocating"
    assert control.line.text().startswith(f"Plan recomputed for {caseload:,} citizens in ")
    assert control.button.isEnabled() and not control.bar.isVisible()
    with qtbot.waitSignal(panel.shown, timeout=30_000):
        pass  # the figures are read again
    assert "Plan computed" in panel.plan_status.text()
    assert "over an expected caseload of" in panel.plan_status.text()
    language_row = next(r for r in panel.model.rows if r.programme_id == "LANG")
    assert language_row.proposed is not None and language_row.proposed <= 3 + 1e-6
    db = open_cache(places_world)
    stored = load_plan(db)
    db.close()
    assert stored is not None and stored.model_version == "1" and stored.caseload == caseload
    i18n.set_language("da")
    qtbot.waitUntil(lambda: control.button.text() == "Genberegn p&lan")
    assert control.line.text().startswith(f"Planen er genberegnet for {caseload} borgere på ")
    win.close()


def test_recomputing_without_a_model_says_so_and_keeps_the_plan(qtbot, lead_cache) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    win = open_window(qtbot, lead_cache)  # no model installed in this test's home
    panel = open_tab(qtbot, win, 0)
    with qtbot.waitSignal(panel.replan.finished, timeout=60_000):
        panel.replan.button.click()
    assert panel.replan.line.text().startswith("No usable model is installed")
    assert "The previous plan is kept." in panel.replan.line.text()
    assert panel.replan.button.isEnabled()
    db = open_cache(lead_cache)
    assert load_plan(db).model_version == "demo-2026.1"
    db.close()
    i18n.set_language("nl")
    qtbot.waitUntil(lambda: panel.replan.button.text() != "Recompute p&lan")
    assert "model" in panel.replan.line.text() and "No usable" not in panel.replan.line.text()
    win.close()


def test_recomputing_on_a_cache_without_intakes_says_there_are_no_places(
        qtbot, model_world, app_home) -> None:  # type: ignore[no-untyped-def]
    win = lead_window(qtbot, model_world.cache, model_world, app_home)
    panel = open_tab(qtbot, win, 0)
    with qtbot.waitSignal(panel.replan.finished, timeout=60_000):
        panel.replan.button.click()
    assert panel.replan.line.text() == ("No programme has intakes in the case data, so there "
                                        "are no places to plan.")
    win.close()
