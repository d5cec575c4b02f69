"""What the caseworker was shown is kept with the decision; an objection reaches every path:
the stored snapshot, the export for the case system, the back-office command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.decisions.objections import objection_active, set_objection
from desktop_app.decisions.record import DecisionInput, record_decision
from desktop_app.decisions.snapshot import SNAPSHOT_FORMAT
from desktop_app.protection.citizen_export import collect
from tests.decisions.conftest import NOON, Cache
from tests.decisions.test_export_command import home  # noqa: F401  (fixture)

PAYLOAD = {"payload_format": 2, "model_version": "m-1", "horizon_weeks": 26,
           "date": "2026-03-01", "suggested": "P01", "abstained": False, "abstentions": [],
           "personalisation": None, "inputs": {"age": 40.0},
           "arms": {"P01": {"names": {"en": "Course"}, "baseline": 0.3, "effect": 0.05,
                            "interval": [0.01, 0.09], "waiting_weeks": 2.0, "eligible": True,
                            "eligibility": {"status": True, "checks": []},
                            "reasons": [["age", 0.01, 40.0]]}}}


def shown(citizen: str, programme: str, **changes) -> DecisionInput:
    values = dict(citizen_id=citizen, caseworker_id="cw-anna", programme_id=programme,
                  suggestion_shown=True, suggested_programme_id="P01", model_version="m-1",
                  input_hash="aa" * 32, suggestions=PAYLOAD, computer="shown",
                  caseworker_name="Anna Berg", country="DK")
    values.update(changes)
    return DecisionInput(**values)


def stored(cache: Cache, decision_id: int) -> tuple[dict, str | None]:
    row = cache.db.execute("SELECT snapshot, caseworker_name FROM app_decisions WHERE id = ?",
                           (decision_id,)).fetchone()
    return json.loads(row[0]), row[1]


def test_the_snapshot_of_what_was_shown_is_stored_with_the_decision(cache: Cache) -> None:
    decision_id = record_decision(cache.db, cache.audit, shown("C00001", "P01"), now=NOON)
    snapshot, name = stored(cache, decision_id)
    assert snapshot["format"] == SNAPSHOT_FORMAT and snapshot["computer"] == "shown"
    assert snapshot["suggestions"]["arms"]["P01"]["baseline"] == 0.3
    assert snapshot["model_version"] == "m-1" and snapshot["country"] == "DK"
    assert snapshot["eligibility"] == {"status": True, "checks": []}
    assert snapshot["objection"] is None and name == "Anna Berg"
    entry = json.loads(cache.audit_rows("decision_recorded")[-1][2])
    assert entry["computer"] == "shown"


def test_an_objection_in_the_cache_wins_over_a_stale_screen(cache: Cache) -> None:
    from desktop_app.decisions.record import record_suggestions_shown

    record_suggestions_shown(cache.db, cache.audit, caseworker_id="cw-anna",
                             citizen_id="C00002", model_version="m-1", input_hash="aa" * 32,
                             suggestions=PAYLOAD)
    set_objection(cache.db, cache.audit, citizen_id="C00002", caseworker_id="it",
                  active=True, now=NOON)
    decision_id = record_decision(cache.db, cache.audit, shown("C00002", "P02"),
                                  now=NOON + dt.timedelta(hours=1))
    snapshot, _ = stored(cache, decision_id)
    assert snapshot["computer"] == "objection" and snapshot["suggestions"] is None
    assert snapshot["objection"] == {"since": "2026-03-02T12:00:00+00:00", "shown_before": True}
    row = cache.db.execute("SELECT suggested_programme_id, model_version, input_hash, "
                           "followed_suggestion, suggestions FROM app_decisions WHERE id = ?",
                           (decision_id,)).fetchone()
    assert tuple(row) == (None, None, None, None, None)  # no model output kept
    assert cache.audit_rows("decision_override") == []  # nothing to deviate from


def test_hidden_and_no_model_decisions_keep_no_model_output(cache: Cache) -> None:
    hidden = record_decision(cache.db, cache.audit, shown(
        "C00003", "P02", suggestion_shown=False, suggested_programme_id=None,
        computer="hidden"), now=NOON)
    none = record_decision(cache.db, cache.audit, DecisionInput(
        "C00004", "cw-anna", "P02", suggestion_shown=False, computer="no_model",
        model_status="not_installed"), now=NOON)
    assert stored(cache, hidden)[0]["suggestions"] is None
    snapshot, name = stored(cache, none)
    assert (snapshot["computer"], snapshot["model_status"], name) == \
        ("no_model", "not_installed", None)
    # the chosen programme's rules are checked even without a model (rules, not a model)
    assert snapshot["eligibility"]["status"] in (True, False, None)


def test_export_for_the_case_system_withholds_model_output_for_an_objecting_citizen(
        cache: Cache, home: Path, tmp_path: Path) -> None:  # noqa: F811
    record_decision(cache.db, cache.audit, shown("C00001", "P01"), now=NOON)
    record_decision(cache.db, cache.audit, shown("C00002", "P01"), now=NOON)
    set_objection(cache.db, cache.audit, citizen_id="C00002", caseworker_id="it", active=True)
    assert main(["export-decisions", str(tmp_path / "out"), "--cache", str(cache.path)]) == 0
    lines = [json.loads(line) for line in
             (tmp_path / "out" / "decisions_app.jsonl").read_text().splitlines()]
    by_citizen = {line["citizen_id"]: line for line in lines}
    assert by_citizen["C00001"]["model_version"] == "m-1"
    assert by_citizen["C00001"]["profiling_objection"] is False
    objecting = by_citizen["C00002"]
    assert objecting["profiling_objection"] is True
    for field in ("suggested_programme_id", "model_version", "input_hash",
                  "followed_suggestion"):
        assert objecting[field] is None, field


def test_citizen_object_records_and_withdraws_for_the_back_office(
        cache: Cache, home: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    cache.db.close()
    args = ["citizen", "object", "C00005", "--cache", str(cache.path), "--actor", "it-ole"]
    assert main(args) == 0
    assert "objects to profiling (GDPR Art. 21)" in capsys.readouterr().out
    assert main(args) == 0
    assert "unchanged" in capsys.readouterr().out
    assert main([*args, "--withdraw"]) == 0
    assert "withdrew" in capsys.readouterr().out
    assert main(["citizen", "object", "NOPE", "--cache", str(cache.path)]) == 2
    from desktop_app.cache.connection import open_cache

    db = open_cache(cache.path)
    try:
        assert objection_active(db, "C00005") is False
        rows = db.execute("SELECT actor, payload FROM audit_log WHERE action = "
                          "'profiling_objection' ORDER BY seq").fetchall()
    finally:
        db.close()
    assert [(a, json.loads(p)["active"]) for a, p in rows] == [("it-ole", True),
                                                             ("it-ole", False)]


def test_the_access_export_lists_the_suggestions_actually_shown(cache: Cache) -> None:
    from desktop_app.decisions.record import record_suggestions_shown

    record_suggestions_shown(cache.db, cache.audit, caseworker_id="cw-anna",
                             citizen_id="C00006", model_version="m-1", input_hash="aa" * 32,
                             suggestions=PAYLOAD)
    record_decision(cache.db, cache.audit, shown("C00006", "P01"), now=NOON)
    data = collect(cache.db, "C00006")
    assert len(data["suggestions_shown"]) == 1
    assert data["decisions_recorded_in_wayfinder"][0]["snapshot"]["computer"] == "shown"
