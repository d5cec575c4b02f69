"""The team lead's questions as plain functions (no Qt): what each screen asks returns plain
data, and the assignment records what the screen showed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.team_lead.assignments import assign_caseworker, assignment_queue
from desktop_app.team_lead.planning import export_planning, planning_overview
from desktop_app.team_lead.role import resolve_role
from tests.foundation.bundle_factory import caseworkers, write_bundle
from tests.foundation.conftest import AUDIT_KEY, do_import


@pytest.fixture
def cache(tmp_path: Path):
    db = open_cache(tmp_path / "cache.sqlite")
    do_import(db, write_bundle(tmp_path / "b", n=30, caseworkers=caseworkers(24)))
    yield db
    db.close()


def test_the_queue_lists_unassigned_citizens_with_balanced_proposals(cache) -> None:
    queue = assignment_queue(cache, limit=4)
    assert queue.unassigned == 6 and len(queue.citizens) == 4
    assert [c.citizen_id for c in queue.citizens] == [f"C{i:05d}" for i in range(24, 28)]
    assert not queue.own_effect
    assert [(e.caseworker_id, e.caseload) for e in queue.roster] == [("W1", 12), ("W2", 12)]
    loads = [next(r.detail["caseload"] for r in cand.reasons if r.code == "caseload")
             for c in queue.citizens for cand in c.proposal.candidates
             if cand.caseworker_id == "W1"]
    proposed = [c.proposal.proposed.caseworker_id for c in queue.citizens]
    # earlier proposals in the list count on the caseloads of the later ones
    assert loads == [12 + proposed[:k].count("W1") for k in range(4)]


def test_assigning_records_the_proposal_the_screen_showed(cache) -> None:
    shown = assignment_queue(cache).citizens[0].proposal
    other = next(c.caseworker_id for c in shown.candidates[1:])
    result = assign_caseworker(cache, AuditLog(cache, AUDIT_KEY), shown, other, actor="lead")
    assert not result.followed_proposal
    assert result.proposed_caseworker_id == shown.proposed.caseworker_id
    payload = json.loads(cache.execute(
        "SELECT payload FROM audit_log WHERE action = 'caseworker_assigned'").fetchone()[0])
    assert payload["proposed_caseworker_id"] == shown.proposed.caseworker_id
    assert assignment_queue(cache).unassigned == 5


def test_planning_exports_in_the_screen_language_or_english(cache, tmp_path) -> None:
    figures = planning_overview(cache)
    assert [p.programme_id for p in figures.programmes] == ["P01", "P02"]
    path = export_planning(cache, tmp_path / "p.csv", "csv", "sv")  # no Swedish: English
    assert "Job search training" in path.read_text(encoding="utf-8-sig")
    with pytest.raises(ValueError, match="csv or pdf"):
        export_planning(cache, tmp_path / "p.xls", "xls", "en")  # type: ignore[arg-type]


def test_role_it_configuration_wins_then_the_start_option(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path))
    assert resolve_role(None) == "caseworker"
    assert resolve_role("team-lead") == "team_lead"
    assert resolve_role("boss") == "caseworker"
    (tmp_path / "wayfinder.toml").write_text('[app]\nrole = "caseworker"\n')
    assert resolve_role("team-lead") == "caseworker"
    (tmp_path / "wayfinder.toml").write_text('[app]\nrole = "boss"\n')
    assert resolve_role("team-lead") == "team_lead"  # a broken setting is logged, not used


def test_a_citizen_in_work_on_the_export_day_waits_for_no_caseworker(cache) -> None:
    """A case the case system has not closed yet, of someone who found work, is not listed."""
    before = assignment_queue(cache).unassigned
    cache.execute("DELETE FROM outcomes WHERE citizen_id = 'C00025'")
    cache.execute("INSERT INTO outcomes (citizen_id, start, status, \"end\") "
                  "VALUES ('C00025', '2025-12-01', 'employed', NULL)")
    assert assignment_queue(cache).unassigned == before - 1
    cache.execute("UPDATE outcomes SET \"end\" = '2025-12-20' WHERE citizen_id = 'C00025'")
    assert assignment_queue(cache).unassigned == before  # the job ended before the export
