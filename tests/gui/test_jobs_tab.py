"""The Jobs tab on a real cache and the demo taxonomy: models, confirm/remove, CV files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cache.connection import open_cache
from desktop_app.casework.job_matches import jobs_detail
from desktop_app.matching.case_matching import JobsDetail
from desktop_app.views.jobs.alternative_model import AlternativeModel
from desktop_app.views.jobs.job_match_model import COL_MISSING, COL_TITLE, JobMatchModel
from desktop_app.views.jobs.skill_profile_model import (
    COL_SOURCE,
    STATUS_ROLE,
    SkillProfileModel,
)
from tests.conftest import write_audit_key
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.matching.jobs_cache import AUDIT_KEY, EVIL_TITLE, build_jobs_cache

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture(scope="module")
def jobs_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jobs-home")
    build_jobs_cache(folder)
    write_audit_key(folder, AUDIT_KEY)  # the key the cache's trail was written with
    return folder


@pytest.fixture
def home_env(jobs_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WAYFINDER_HOME", str(jobs_home))
    return jobs_home


def _detail(home: Path, citizen_id: str) -> JobsDetail:
    from desktop_app.cache.records import load_citizen

    db = open_cache(home / "cache.sqlite", create=False)
    try:
        return jobs_detail(db, load_citizen(db, citizen_id).citizen)
    finally:
        db.close()


def test_models_pass_the_model_tester(qtmodeltester, home_env: Path) -> None:  # type: ignore[no-untyped-def]
    detail = _detail(home_env, "C00000")
    assert detail.skills and detail.matches and detail.alternatives
    for model in (
        SkillProfileModel(lambda: "da"),
        JobMatchModel(lambda: "en"),
        AlternativeModel(lambda: "en"),
    ):
        qtmodeltester.check(model, force_py=True)
        model.set_detail(detail)  # the tester watches the reset
        assert model.rowCount() > 0
        model.retranslate()
        model.set_detail(None)
        assert model.rowCount() == 0


def test_models_show_sources_explanations_and_plain_text(home_env: Path) -> None:
    detail = _detail(home_env, "C00000")
    profile = SkillProfileModel(lambda: "da")
    profile.set_detail(detail)
    source = profile.index(0, COL_SOURCE).data()
    occupation = detail.occupations[0]
    assert detail.label(occupation, "da") in source
    assert profile.index(0, 0).data(STATUS_ROLE) == "suggested"
    matches = JobMatchModel(lambda: "en")
    matches.set_detail(detail)
    titles = [matches.index(r, COL_TITLE).data() for r in range(matches.rowCount())]
    assert EVIL_TITLE in titles  # verbatim, never markup
    first_missing = matches.index(0, COL_MISSING).data()
    assert isinstance(first_missing, str)


def test_confirm_remove_and_cv_file_through_the_window(  # type: ignore[no-untyped-def]
    qtbot, home_env: Path, tmp_path: Path
) -> None:
    from desktop_app.views.main_window import MainWindow

    window = MainWindow(home_env / "cache.sqlite", caseworker="cw-42")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    model = window.case_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "C00000")
    with qtbot.waitSignal(window.case_shown, timeout=20_000):
        window.case_table.selectRow(row)
    tab = window.case_view.jobs_tab
    window.case_view.setCurrentWidget(tab)
    assert tab.matches_model.rowCount() > 0 and "vacancies" in tab.summary.text()
    assert not tab.confirm_button.isEnabled()  # nothing selected yet

    tab.profile_table.selectRow(0)
    uri = tab.profile_model.skill(0).uri
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    qtbot.waitUntil(
        lambda: tab.profile_model.skill(tab.profile_model.row_of(uri)).status == "removed",
        timeout=10_000,
    )
    assert tab.undo_button.isEnabled() and not tab.remove_button.isEnabled()

    cv = tmp_path / "cv.txt"
    skill_label = tab.profile_model.index(1, 0).data()  # a skill the citizen has, in English
    cv.write_text(f"Jeg kan {skill_label} og meget mere.", encoding="utf-8")
    tab.add_cv_file(str(cv))
    qtbot.waitUntil(lambda: "cv.txt" in tab.cv_files.text(), timeout=10_000)

    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"not a pdf")
    tab.add_cv_file(str(bad))
    qtbot.waitUntil(lambda: tab.problem.isVisible(), timeout=10_000)
    assert "cv.pdf" in tab.problem.text() and "PDF" in tab.problem.text()
    window.close()

    db = open_cache(home_env / "cache.sqlite", create=False)
    try:
        status = db.execute(
            "SELECT status, caseworker_id FROM skill_choices WHERE citizen_id = 'C00000' "
            "AND skill_uri = ?",
            (uri,),
        ).fetchone()
        files = db.execute("SELECT DISTINCT file_name FROM cv_file_skills").fetchall()
        actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY seq")]
    finally:
        db.close()
    assert tuple(status) == ("removed", "cw-42")
    assert files == [("cv.txt",)]
    assert "skill_removed" in actions and "cv_file_added" in actions
