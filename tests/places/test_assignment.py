"""Matching citizens to caseworkers: explained proposals, balance, continuity, the audited
accept/change, the own-effect estimate (off by default, shrunk, never without enough cases),
and never gender or country of birth as inputs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.assignment.assign import (
    AssignmentError,
    propose_for,
    record_assignment,
    unassigned_citizens,
)
from desktop_app.assignment.own_effect import own_effects
from desktop_app.assignment.roster import load_roster
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.protection.citizen_export import collect
from tests.foundation.bundle_factory import caseworkers, write_bundle
from tests.foundation.conftest import AUDIT_KEY, do_import

DAY = dt.date(2026, 1, 1)


@pytest.fixture
def cache(tmp_path: Path):
    roster = caseworkers(24)  # citizens C00024 .. C00029 are held by nobody
    roster[0]["max_caseload"] = 12  # W1 holds 12: full
    db = open_cache(tmp_path / "cache.sqlite")
    do_import(db, write_bundle(tmp_path / "b", n=30, caseworkers=roster))
    yield db
    db.close()


def _codes(candidate) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in candidate.reasons]


def test_unassigned_citizens_are_those_no_caseworker_holds(cache) -> None:
    assert unassigned_citizens(cache) == [f"C{i:05d}" for i in range(24, 30)]


def test_a_shared_meeting_language_and_room_on_the_caseload_decide(cache) -> None:
    # C00026 prefers Arabic and speaks Danish at B1 (the factory's pattern).
    proposal = propose_for(cache, ["C00026"], as_of=DAY)[0]
    best, other = proposal.candidates
    assert best.caseworker_id == "W2"
    assert best.reasons[0].code == "shared_language"
    assert dict(best.reasons[0].detail) == {"language": "ar", "preferred": True}
    assert "caseload" in _codes(best)
    assert other.caseworker_id == "W1" and "caseload_full" in _codes(other)
    assert dict(other.reasons[0].detail) == {"language": "da", "preferred": False}


def test_continuity_keeps_the_current_caseworker_and_proposals_balance(cache) -> None:
    proposal = propose_for(cache, ["C00001"], as_of=DAY)[0]  # held by W2
    assert proposal.current == ("W1", "W2") or "W2" in proposal.current
    assert "continuity" in _codes(next(c for c in proposal.candidates
                                       if c.caseworker_id == "W2"))
    roster = load_roster(cache)
    roster["W2"].max_caseload = 13  # one place left for six unassigned citizens
    proposals = propose_for(cache, unassigned_citizens(cache), as_of=DAY, roster=roster)
    first, *later = [p.proposed for p in proposals]
    assert first.caseworker_id == "W2" and "caseload" in _codes(first)
    assert all("caseload_full" in _codes(c) for c in later if c.caseworker_id == "W2")


def test_gender_and_country_of_birth_are_never_inputs(cache) -> None:
    ids = unassigned_citizens(cache)
    before = propose_for(cache, ids, as_of=DAY)
    cache.execute("UPDATE citizens SET gender = 'x', country_of_birth = 'ZZ'")
    after = propose_for(cache, ids, as_of=DAY)
    assert before == after


def test_accept_or_change_is_stored_audited_and_moves_the_caseload(cache) -> None:
    audit = AuditLog(cache, AUDIT_KEY)
    proposal = propose_for(cache, ["C00026"], as_of=DAY)[0]
    record_assignment(cache, audit, proposal, "W1", actor="lead-1")  # changed: W2 proposed
    entry = cache.execute("SELECT action, actor, citizen_id, payload FROM audit_log "
                          "ORDER BY seq DESC LIMIT 1").fetchone()
    assert entry[:3] == ("caseworker_assigned", "lead-1", "C00026")
    payload = json.loads(entry[3])
    assert payload["caseworker_id"] == "W1" and payload["proposed_caseworker_id"] == "W2"
    assert payload["followed_proposal"] is False
    assert audit.verify() == []
    assert "C00026" in load_roster(cache)["W1"].caseload
    assert "C00026" not in unassigned_citizens(cache)
    held = collect(cache, "C00026")["caseworker_assignments_in_wayfinder"]
    assert [(a["caseworker_id"], a["proposed_caseworker_id"]) for a in held] == [("W1", "W2")]
    with pytest.raises(AssignmentError, match="no caseworker"):
        record_assignment(cache, audit, proposal, "W9", actor="lead-1")


def _history(db, good: str, bad: str, per_worker: int) -> None:  # type: ignore[no-untyped-def]
    """`per_worker` decisions each; 60% of the good caseworker's citizens find work within 26
    weeks, 30% of the bad one's."""
    db.execute("DELETE FROM decisions")
    db.execute("DELETE FROM outcomes")
    for worker, rate in ((good, 0.6), (bad, 0.3)):
        for k in range(per_worker):
            citizen = f"C{k % 30:05d}"
            day = dt.date(2020, 1, 1) + dt.timedelta(days=400 * (k // 30) + 200 * (worker == bad))
            db.execute("INSERT INTO decisions (citizen_id, date, caseworker_id) VALUES (?,?,?)",
                       (citizen, day.isoformat(), worker))
            if (k * 7919) % 100 < rate * 100:
                db.execute("INSERT INTO outcomes (citizen_id, start, status, subsidised) "
                           "VALUES (?, ?, 'employed', 0)",
                           (citizen, (day + dt.timedelta(days=60)).isoformat()))


def test_own_effect_is_off_by_default_shrunk_and_needs_enough_cases(cache) -> None:
    _history(cache, "W1", "W2", 150)
    assert not any(r.code == "own_effect" for p in propose_for(cache, ["C00026"], as_of=DAY)
                   for c in p.candidates for r in c.reasons)
    effects = own_effects(cache, DAY, min_cases=100)
    good, bad = effects["W1"], effects["W2"]
    assert good.cases == bad.cases == 150
    assert good.estimate is not None and bad.estimate is not None
    assert 0 < good.estimate < 0.15 + 1e-9  # raw +0.15 against the mean, shrunk towards it
    assert good.low < good.estimate < good.high
    assert bad.estimate < 0 < good.estimate
    thin = own_effects(cache, DAY, min_cases=200)
    assert thin["W1"].estimate is None and thin["W1"].cases == 150  # too few: no estimate
    shown = propose_for(cache, ["C00026"], as_of=DAY, use_own_effect=True)[0]
    w1 = next(c for c in shown.candidates if c.caseworker_id == "W1")
    assert "own_effect" in _codes(w1)


def test_caseworker_commands_propose_and_assign(cache, tmp_path, monkeypatch, capsys) -> None:
    from desktop_app.admin.cli import main

    path = cache.execute("PRAGMA database_list").fetchone()[2]
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    key = tmp_path / "home" / "keys" / "audit.key"
    key.parent.mkdir(parents=True)
    key.write_bytes(AUDIT_KEY)
    assert main(["caseworkers", "propose", "--cache", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and lines[2].startswith("C00026 -> W2 Ahmad Rahimi")
    assert "shared preferred language ar" in lines[2]
    assert main(["caseworkers", "assign", "C00026", "--to", "W2", "--cache", path,
                 "--actor", "lead-1"]) == 0
    assert "assigned to W2 (accepted)" in capsys.readouterr().out
    assert main(["caseworkers", "assign", "C00026", "--to", "NOPE", "--cache", path]) == 1
    assert "no caseworker with id 'NOPE'" in capsys.readouterr().err
