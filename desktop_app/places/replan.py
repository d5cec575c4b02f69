"""Recompute the plan (prices per place) with the installed verified model and keep it in the
case cache: one way for the import, `wayfinder-admin places plan` and the team lead's screen.

Runs on its own connection, so a caller may run it on a thread of its own while the app keeps
reading the cache; the only write is the plan's one row at the end."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.places.plan import PlacePlan, store_plan

Progress = Callable[[str, int, int], None]  # stage ("scoring", "allocating"), done, in all
BUSY_TIMEOUT_MS = 30_000


class ReplanError(Exception):
    """No plan was computed. `code` says why, for words in the screen's language:
    no_model, withdrawn, no_intakes."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Replanned:
    plan: PlacePlan
    seconds: float


def installed_model(store: Path | None = None,  # type: ignore[no-untyped-def]
                    db: sqlite_utils.Database | None = None, audit_key: bytes | None = None):
    """(SuggestionModel, version) of the verified model installed on this laptop; with the
    cache `db`, only if its local check lets the model be used on this cache (issue 21)."""
    from desktop_app.locations import laptop_model_store
    from desktop_app.scoring.local_verdict import gate_installed
    from desktop_app.scoring.model import ModelError, SuggestionModel
    from desktop_app.trust.errors import ModelUnavailable, TrustError
    from desktop_app.trust.installed import load_verified_model

    try:
        verified = load_verified_model(laptop_model_store(store))
    except TrustError as error:
        raise ReplanError("no_model", f"no verified model installed: {error}") from error
    if not verified.usable:
        raise ReplanError("withdrawn", f"the installed model {verified.version} was withdrawn "
                          f"({verified.withdrawn_reason})")
    if db is not None:
        try:
            gate_installed(verified, db, audit_key)
        except ModelUnavailable as error:
            raise ReplanError("no_model", error.reason) from error
    try:
        return SuggestionModel(verified), str(verified.version)
    except ModelError as error:
        raise ReplanError("no_model", f"the installed model cannot be used: {error}") from error


def replan(db: sqlite_utils.Database, model, version: str | None, *,  # type: ignore[no-untyped-def]
           horizon_weeks: float = 26.0, progress: Progress | None = None) -> Replanned:
    from desktop_app.places.pricing import compute_plan

    _require_intakes(db)
    started = time.perf_counter()
    plan = compute_plan(db, model, version, horizon_weeks=horizon_weeks, progress=progress)
    store_plan(db, plan)
    return Replanned(plan, time.perf_counter() - started)


def replan_cache(cache_path: Path, *, store: Path | None = None, horizon_weeks: float = 26.0,
                 progress: Progress | None = None, model=None,  # type: ignore[no-untyped-def]
                 version: str | None = None, audit_key: bytes | None = None) -> Replanned:
    """Open the cache on a connection of its own, recompute and keep the plan, close. With
    `model` (and its `version`), that model is used (the app passes the one it verified and
    shows suggestions with); without, the installed verified model is read from `store`."""
    from desktop_app.cache.connection import open_cache

    db = open_cache(Path(cache_path), create=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _require_intakes(db)  # before the model: a cache without places needs none
        if model is None:
            model, version = installed_model(store, db, audit_key)
        return replan(db, model, version, horizon_weeks=horizon_weeks, progress=progress)
    finally:
        db.close()


def _require_intakes(db: sqlite_utils.Database) -> None:
    from desktop_app.places.cache_places import read_places

    if not any(p.known for p in read_places(db).values()):
        raise ReplanError("no_intakes", "no programme has intakes in the case data (a "
                          "contract 1.0 bundle): there are no places to plan")
