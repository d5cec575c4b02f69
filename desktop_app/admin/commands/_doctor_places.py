"""`doctor`'s checks of the team lead's data in the case cache: whether suggestions count
programme places with a plan that is current for the installed model, and the caseworker
roster that assignments draw on. Reads only."""

from __future__ import annotations

import sqlite_utils

from desktop_app.admin.commands._doctor_check import OK, WARN, Check

REPLAN = "run 'wayfinder-admin places plan' (the next import also does it)"


def places_checks(db: sqlite_utils.Database, model_version: str | None) -> list[Check]:
    return [_plan_check(db, model_version), _roster_check(db)]


def _plan_check(db: sqlite_utils.Database, model_version: str | None) -> Check:
    from desktop_app.places.cache_places import planning_day, read_places
    from desktop_app.places.plan import load_plan, plan_is_current

    places = read_places(db, planning_day(db))
    known = sum(1 for p in places.values() if p.known)
    if not known:
        return Check("programme places", OK, "no intakes in the cache (a contract 1.0 bundle): "
                     "suggestions do not count places")
    plan = load_plan(db)
    where = f"{known} of {len(places)} programmes have intakes"
    if plan is None:
        return Check("programme places", WARN, f"{where} but no plan has been computed: "
                     f"suggestions count places left but no price per place; {REPLAN}")
    made = (f"plan computed {plan.computed_at[:16].replace('T', ' ')} UTC with model "
            f"{plan.model_version} for {plan.caseload} citizens")
    if model_version is not None and plan.model_version != model_version:
        return Check("programme places", WARN, f"{where}; {made}, but model {model_version} is "
                     "installed: suggestions count places left without prices until the plan "
                     f"is recomputed; {REPLAN}")
    if not plan_is_current(db, plan, plan.model_version):
        return Check("programme places", WARN, f"{where}; {made}; intakes or bookings changed "
                     f"since (the prices are of then); {REPLAN}")
    return Check("programme places", OK, f"{where}; {made}, current")


def _roster_check(db: sqlite_utils.Database) -> Check:
    count = db.execute("SELECT count(*) FROM caseworkers").fetchone()[0]
    if not count:
        return Check("caseworkers", OK, "no caseworker roster in the cache (a contract 1.0 "
                     "bundle): the team lead's assignment screen has no one to propose")
    assigned = db.execute("SELECT count(*) FROM caseworker_assignments").fetchone()[0]
    return Check("caseworkers", OK, f"{count} caseworkers in the roster; {assigned} "
                 "assignments made in the app")
