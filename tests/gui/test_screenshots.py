"""`make screenshots` shows each tab as a caseworker sees it: the sheet tab is shot once its
preview is built, not while it still says "Preparing the preview…" over an empty page."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.views import screenshots
from desktop_app.views.common.event_wait import wait_for
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def test_every_tab_is_shot_with_its_content(qtbot, model_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    assert wait_for(model_window.ready) or model_window.case_model.rowCount()
    screenshots.pick_case(model_window)
    sheet = model_window.case_view.sheet_tab
    seen: dict[str, object] = {}
    real_shoot = screenshots.shoot

    def shoot(window, path: Path) -> Path:  # type: ignore[no-untyped-def]
        seen[path.name] = sheet.preview
        return real_shoot(window, path)

    monkeypatch.setattr(screenshots, "shoot", shoot)
    written = screenshots.shoot_tabs(model_window, tmp_path, "en", tmp_path / "readme.png")
    assert [p.name for p in written] == [
        "en-overview.png", "en-programmes.png", "readme.png", "en-jobs.png", "en-journey.png",
        "en-decision.png", "en-sheet.png"]
    assert all(p.stat().st_size > 10_000 for p in written)
    assert seen["en-sheet.png"] is not None, "the sheet was shot before its preview was built"
    assert sheet.text.toPlainText().strip()
