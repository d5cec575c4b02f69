"""Recording decisions: following the suggestion, overrides with required reasons, atomicity."""

from __future__ import annotations

import json

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.decisions.reasons import DecisionError
from desktop_app.decisions.record import DecisionInput, record_decision, record_suggestions_shown
from tests.decisions.conftest import NOON, Cache


def decision(**changes: object) -> DecisionInput:
    base: dict[str, object] = dict(
        citizen_id="C00003", caseworker_id="cw-anna", programme_id="P01",
        suggestion_shown=True, suggested_programme_id="P01", model_version="m-2026.1",
        input_hash="ab" * 32, job_referrals=(" V1 ", ""))
    base.update(changes)
    return DecisionInput(**base)  # type: ignore[arg-type]


def stored(cache: Cache, decision_id: int) -> dict[str, object]:
    cursor = cache.db.execute("SELECT * FROM app_decisions WHERE id = ?", (decision_id,))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def test_following_the_suggestion_is_recorded_and_audited(cache: Cache) -> None:
    decision_id = record_decision(cache.db, cache.audit, decision(), now=NOON)

    row = stored(cache, decision_id)
    assert row["citizen_id"] == "C00003"
    assert row["decided_at"] == "2026-03-02T12:00:00+00:00"
    assert row["caseworker_id"] == "cw-anna"
    assert (row["programme_id"], row["suggested_programme_id"]) == ("P01", "P01")
    assert row["followed_suggestion"] == 1
    assert row["reason_code"] is None and row["reason_text"] is None
    assert json.loads(str(row["job_referrals"])) == ["V1"]  # trimmed, blanks dropped
    assert row["exported_at"] is None
    assert cache.audit_rows("decision_override") == []
    [(actor, citizen, payload)] = cache.audit_rows("decision_recorded")
    assert (actor, citizen) == ("cw-anna", "C00003")
    body = json.loads(payload)
    assert body["decision_id"] == decision_id
    assert body["followed_suggestion"] == 1
    assert body["job_referrals"] == ["V1"]
    assert cache.audit.verify() == []


@pytest.mark.parametrize(
    ("code", "text", "message"),
    [
        (None, "The citizen prefers the language course", "a reason code is required"),
        ("citizen_wish", None, "a short explanation is required"),
        ("citizen_wish", "  ok  ", "a short explanation is required"),  # under 5 characters
        ("because", "The citizen prefers the course", "unknown reason code 'because'"),
    ],
)
def test_a_deviation_without_a_proper_reason_is_refused_and_nothing_is_written(
        cache: Cache, code: str | None, text: str | None, message: str) -> None:
    decisions, entries = cache.count("app_decisions"), cache.count("audit_log")

    with pytest.raises(DecisionError, match=message):
        record_decision(cache.db, cache.audit,
                        decision(programme_id="P02", reason_code=code, reason_text=text))

    assert (cache.count("app_decisions"), cache.count("audit_log")) == (decisions, entries)


def test_a_deviation_with_reason_is_recorded_as_an_override(cache: Cache) -> None:
    decision_id = record_decision(
        cache.db, cache.audit,
        decision(programme_id="P02", reason_code="health",
                 reason_text="  Back problems rule out warehouse work  "), now=NOON)

    row = stored(cache, decision_id)
    assert row["followed_suggestion"] == 0
    assert (row["programme_id"], row["suggested_programme_id"]) == ("P02", "P01")
    assert (row["reason_code"], row["reason_text"]) == (
        "health", "Back problems rule out warehouse work")
    assert cache.audit_rows("decision_recorded") == []
    [(actor, citizen, payload)] = cache.audit_rows("decision_override")
    assert (actor, citizen) == ("cw-anna", "C00003")
    body = json.loads(payload)
    assert body["decision_id"] == decision_id
    assert body["reason_code"] == "health"
    assert body["reason_text"] == "Back problems rule out warehouse work"
    assert body["suggested_programme_id"] == "P01"


def test_choosing_no_programme_when_one_was_suggested_is_an_override(cache: Cache) -> None:
    with pytest.raises(DecisionError, match="a reason code is required"):
        record_decision(cache.db, cache.audit, decision(programme_id=None))


def test_without_a_shown_suggestion_there_is_nothing_to_override(cache: Cache) -> None:
    decision_id = record_decision(
        cache.db, cache.audit,
        decision(programme_id="P02", suggestion_shown=False, suggested_programme_id="P01"))

    row = stored(cache, decision_id)
    assert row["followed_suggestion"] is None
    assert row["suggested_programme_id"] is None  # not shown, so not stored as suggested
    assert len(cache.audit_rows("decision_recorded")) == 1


class FailingAudit(AuditLog):
    def append(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def,override]
        raise RuntimeError("disk full while writing the audit entry")


def test_decision_and_audit_entry_are_one_transaction(cache: Cache) -> None:
    """If the audit entry cannot be written, the decision is not kept either."""
    with pytest.raises(RuntimeError, match="disk full"):
        record_decision(cache.db, FailingAudit(cache.db, b"k" * 32),
                        decision(programme_id="P02", reason_code="no_place",
                                 reason_text="The course is full until June"))

    assert cache.count("app_decisions") == 0


def test_unknown_citizen_and_missing_caseworker_are_refused(cache: Cache) -> None:
    with pytest.raises(DecisionError, match="no citizen with id 'C99999'"):
        record_decision(cache.db, cache.audit, decision(citizen_id="C99999"))
    with pytest.raises(DecisionError, match="caseworker is not known"):
        record_decision(cache.db, cache.audit, decision(caseworker_id="  "))
    assert cache.count("app_decisions") == 0


def test_suggestions_shown_are_audited_with_model_and_input_hash(cache: Cache) -> None:
    record_suggestions_shown(cache.db, cache.audit, caseworker_id="cw-anna",
                             citizen_id="C00001", model_version="m-2026.1",
                             input_hash="cd" * 32, suggestions={"suggested": "P02"})

    row = cache.db.execute(
        "SELECT actor, citizen_id, model_version, input_hash, payload FROM audit_log "
        "WHERE action = 'suggestions_shown'").fetchone()
    assert row[:4] == ("cw-anna", "C00001", "m-2026.1", "cd" * 32)
    assert json.loads(row[4]) == {"suggestions": {"suggested": "P02"}}
