"""A real world for end-to-end sheet tests: the demo municipality (300 citizens) imported into
a case cache and the shipped, signed demo model installed and verified in a model store, all
under a temporary WAYFINDER_HOME. Both the app's worker tasks and `wayfinder-admin sheet` run
against it, so their sheets can be compared."""

from __future__ import annotations

import functools
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.admin.cli import main
from desktop_app.assets_path import demo_repository
from desktop_app.cache.connection import open_cache
from desktop_app.trust.installed import load_verified_model


@dataclass(frozen=True)
class SheetWorld:
    home: Path
    cache: Path
    bundle: Path

    @property
    def store(self) -> Path:
        return self.home / "models"

    def loader(self):  # type: ignore[no-untyped-def]
        return functools.partial(load_verified_model, self.store)

    def copy(self, folder: Path) -> SheetWorld:
        """This world with a cache of its own (same home: audit key and model store)."""
        cache = folder / "cache.sqlite"
        shutil.copy(self.cache, cache)
        return SheetWorld(self.home, cache, self.bundle)

    def open(self) -> sqlite_utils.Database:
        return open_cache(self.cache, create=False)


def build_sheet_world(folder: Path) -> SheetWorld:
    if not (demo_repository() / "metadata" / "timestamp.json").exists():
        pytest.fail("models_onnx/ is empty: run `make models`")
    home = folder / "home"
    home.mkdir()
    previous = os.environ.get("WAYFINDER_HOME")
    os.environ["WAYFINDER_HOME"] = str(home)
    try:
        assert main(["demo", "--citizens", "300", "--seed", "7", "--force",
                     str(folder / "demo")]) == 0
        cache = folder / "cache.sqlite"
        assert main(["import", str(folder / "demo" / "bundle"), "--cache", str(cache)]) == 0
        assert main(["models", "update", "--from", str(demo_repository())]) == 0
    finally:
        if previous is None:
            del os.environ["WAYFINDER_HOME"]
        else:
            os.environ["WAYFINDER_HOME"] = previous
    return SheetWorld(home, cache, folder / "demo" / "bundle")


def app_context(world: SheetWorld):  # type: ignore[no-untyped-def]
    """What the app's cache worker hands its tasks (database, audit key, verified model)."""
    from desktop_app.casework.worker_context import WorkerContext

    return WorkerContext(world.open(), world.home / "keys" / "audit.key", world.loader())


def shown_now(ctx, citizen_id: str):  # type: ignore[no-untyped-def]
    """The suggestions the case view shows for the citizen (the app's own case task)."""
    from desktop_app.casework.case_detail import case_detail

    return case_detail(ctx.db, citizen_id, ctx.model, ctx.facts)


def record_like_the_decision_tab(ctx, citizen_id: str, programme_id: str | None, *,  # type: ignore[no-untyped-def]
                                 reason_code: str | None = None, visible: bool = True,
                                 caseworker: str = "cw-anna",
                                 caseworker_name: str | None = "Anna Berg") -> int:
    """Record a decision with exactly the fields the Decision tab sends."""
    from desktop_app.decisions.record import DecisionInput, record_decision
    from desktop_app.decisions.snapshot import ABSTAINED, SHOWN, computer_state

    detail = shown_now(ctx, citizen_id)
    result = detail.suggestions
    case = result.case
    shown = bool(result.state == "shown" and visible and case is not None and not case.abstained)
    top = None if case is None or case.abstained else case.suggested
    computer = computer_state(result.state, result.payload, visible)
    on_screen = computer in (SHOWN, ABSTAINED)
    deviating = shown and programme_id != top
    return record_decision(ctx.db, ctx.audit, DecisionInput(
        citizen_id=citizen_id, caseworker_id=caseworker, programme_id=programme_id,
        suggestion_shown=shown, suggested_programme_id=top if shown else None,
        reason_code=reason_code or ("citizen_wish" if deviating else None),
        reason_text="The citizen prefers this." if deviating else None,
        model_version=result.model_version if on_screen else None,
        input_hash=result.input_hash if on_screen else None,
        suggestions=result.payload if on_screen else None, computer=computer,
        model_status=result.model_status, caseworker_name=caseworker_name,
        country=result.country))


def embedded_content(pdf: Path) -> bytes:
    import pikepdf

    from desktop_app.reports.tagging import ATTACHMENT

    with pikepdf.open(pdf) as document:
        return document.attachments[ATTACHMENT].get_file().read_bytes()
