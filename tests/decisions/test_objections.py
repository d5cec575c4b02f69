"""The GDPR Art. 21 switch: recorded, audited, and suggestions off for that case only."""

from __future__ import annotations

import datetime as dt
import json

from desktop_app.cache.record_digest import record_digest, stored_record
from desktop_app.casework.case_detail import case_detail
from desktop_app.casework.suggestions import LoadedModel, suggest_for_case
from desktop_app.decisions.objections import objection_active, set_objection
from tests.decisions.conftest import AUDIT_KEY, NOON, Cache

NO_MODEL = LoadedModel(None, None, "no model installed")


def test_objection_on_then_off_is_recorded_and_audited(cache: Cache) -> None:
    assert objection_active(cache.db, "C00002") is False

    assert set_objection(cache.db, cache.audit, citizen_id="C00002", caseworker_id="cw-bo",
                         active=True, now=NOON) is True
    row = cache.db.execute("SELECT objected_at, caseworker_id, active FROM profiling_objections "
                           "WHERE citizen_id = 'C00002'").fetchone()
    assert tuple(row) == ("2026-03-02T12:00:00+00:00", "cw-bo", 1)
    assert objection_active(cache.db, "C00002") is True
    assert objection_active(cache.db, "C00003") is False

    later = NOON + dt.timedelta(days=1)
    assert set_objection(cache.db, cache.audit, citizen_id="C00002", caseworker_id="cw-cy",
                         active=False, now=later) is False
    row = cache.db.execute("SELECT objected_at, caseworker_id, active FROM profiling_objections "
                           "WHERE citizen_id = 'C00002'").fetchone()
    assert tuple(row) == ("2026-03-03T12:00:00+00:00", "cw-cy", 0)
    assert objection_active(cache.db, "C00002") is False

    entries = [(a, c, json.loads(p)) for a, c, p in cache.audit_rows("profiling_objection")]
    digests = [body.pop("record_digest") for _, _, body in entries]
    assert entries == [
        ("cw-bo", "C00002", {"active": True, "article": "GDPR Art. 21"}),
        ("cw-cy", "C00002", {"active": False, "article": "GDPR Art. 21"}),
    ]
    # each entry holds the digest of the row as it was left: the newest one is the row now
    now = record_digest(AUDIT_KEY, "profiling_objections",
                        stored_record(cache.db, "profiling_objections", "C00002"))
    assert digests[1] == now != digests[0]
    assert cache.audit.verify() == []


def test_setting_the_state_it_already_has_records_nothing(cache: Cache) -> None:
    set_objection(cache.db, cache.audit, citizen_id="C00004", caseworker_id="cw", active=True)
    entries = cache.count("audit_log")

    set_objection(cache.db, cache.audit, citizen_id="C00004", caseworker_id="cw", active=True)
    set_objection(cache.db, cache.audit, citizen_id="C00005", caseworker_id="cw", active=False)

    assert cache.count("audit_log") == entries
    assert cache.count("profiling_objections") == 1


def test_an_objection_turns_suggestions_off_for_that_case(cache: Cache) -> None:
    set_objection(cache.db, cache.audit, citizen_id="C00002", caseworker_id="cw", active=True)

    objecting = case_detail(cache.db, "C00002", NO_MODEL)
    other = case_detail(cache.db, "C00003", NO_MODEL)

    assert objecting is not None and other is not None
    assert objecting.objection is True
    assert objecting.suggestions.state == "objection"
    assert objecting.suggestions.payload is None
    assert other.objection is False
    assert other.suggestions.state == "no_model"  # the objection is per case


def test_the_objection_wins_over_a_loaded_model() -> None:
    """Even with a model at hand, nothing is scored for a citizen who objects."""
    loaded = LoadedModel(model=object(), version="m-1", unavailable=None)  # type: ignore[arg-type]
    result = suggest_for_case(loaded, {}, {}, [], None, objection=True)
    assert (result.state, result.case, result.payload) == ("objection", None, None)
