"""Job matching for an open case: built once per cache, persisted choices, audit, no taxonomy."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.records import load_citizen
from desktop_app.casework.job_matches import jobs_detail
from desktop_app.matching import case_matching
from desktop_app.matching.skill_choices import load_choices, set_skill_status
from tests.matching.jobs_cache import AUDIT_KEY, build_jobs_cache


@pytest.fixture
def jobs_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))  # no default taxonomy there
    path, taxonomy = build_jobs_cache(tmp_path)
    db = open_cache(path, create=False)
    yield db, taxonomy
    db.close()


def test_context_is_built_once_per_cache_and_renewed_after_an_import(jobs_cache) -> None:  # type: ignore[no-untyped-def]
    db, _ = jobs_cache
    first = case_matching.context_for(db)
    assert isinstance(first, case_matching.MatchingContext)
    assert case_matching.context_for(db) is first
    db.execute("INSERT INTO imports (imported_at, source, counts) VALUES ('2026-01-02', 'x', '{}')")
    assert case_matching.context_for(db) is not first


def test_previous_occupation_brings_its_vacancies_first_with_explanations(jobs_cache) -> None:  # type: ignore[no-untyped-def]
    db, taxonomy = jobs_cache
    citizen = load_citizen(db, "C00000").citizen
    detail = jobs_detail(db, citizen)
    occupation = citizen["previous_jobs"][0]["esco_occupation"]
    assert detail.occupations == (occupation,)
    assert detail.matches and detail.vacancy_count == 18
    top = detail.matches[:3]
    essential = set(taxonomy.essential[occupation])
    for match in top:
        assert set(match.matched_essential) == essential and not match.missing_essential
        assert match.distance_km is not None
    assert all(
        m.matched_essential or m.matched_optional or m.missing_essential for m in detail.matches
    )
    sources = {s.kind for skill in detail.skills for s in skill.sources}
    assert "occupation_essential" in sources
    assert detail.label(occupation, "nb") == taxonomy.label(occupation, "no")


def test_free_text_abbreviated_title_is_normalised(jobs_cache) -> None:  # type: ignore[no-untyped-def]
    db, taxonomy = jobs_cache
    detail = jobs_detail(db, load_citizen(db, "C00001").citizen)
    assert len(detail.occupations) == 1
    labels = {label for uri, label, _ in taxonomy.occupation_labels if uri == detail.occupations[0]}
    assert "lagermedarbejder" in labels


def test_choices_persist_with_an_audit_entry_and_change_the_ranking(jobs_cache) -> None:  # type: ignore[no-untyped-def]
    db, _ = jobs_cache
    citizen = load_citizen(db, "C00000").citizen
    before = jobs_detail(db, citizen)
    removed = before.matches[0].matched_essential[0]
    confirmed = before.skills[-1].uri
    audit = AuditLog(db, AUDIT_KEY)
    set_skill_status(db, audit, "C00000", removed, "removed", "cw-7")
    set_skill_status(db, audit, "C00000", confirmed, "confirmed", "cw-7")
    assert load_choices(db, "C00000").decisions == {removed: "removed", confirmed: "confirmed"}
    after = jobs_detail(db, citizen)
    status = {s.uri: s.status for s in after.skills}
    assert status[removed] == "removed" and status[confirmed] == "confirmed"
    assert removed in after.matches[0].missing_essential  # a removed skill no longer counts
    rows = db.execute(
        "SELECT action, actor, payload FROM audit_log WHERE action LIKE 'skill_%' ORDER BY seq"
    ).fetchall()
    assert [r[0] for r in rows] == ["skill_removed", "skill_confirmed"]
    assert rows[0][1] == "cw-7" and removed in rows[0][2]
    assert audit.verify() == []
    set_skill_status(db, audit, "C00000", removed, "suggested", "cw-7")
    assert removed not in load_choices(db, "C00000").decisions
    with pytest.raises(ValueError, match="not one of"):
        set_skill_status(db, audit, "C00000", removed, "maybe", "cw-7")


def test_without_a_taxonomy_the_tab_is_told_why(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    path, _ = build_jobs_cache(tmp_path)
    (tmp_path / "taxonomy.sqlite").unlink()
    db = open_cache(path, create=False)
    try:
        detail = jobs_detail(db, load_citizen(db, "C00000").citizen)
    finally:
        db.close()
    assert detail.unavailable == "no_taxonomy" and detail.matches == ()
    assert detail.taxonomy_path.endswith("taxonomy.sqlite")
