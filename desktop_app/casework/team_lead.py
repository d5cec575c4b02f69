"""What the team lead's window asks: planning figures and their export, the assignment queue
and recording an assignment (the questions themselves live in `desktop_app.team_lead`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.casework.worker_context import WorkerContext
    from desktop_app.places.planning import PlanningFigures
    from desktop_app.places.replan import Replanned
    from desktop_app.team_lead.assignments import Assigned, AssignmentQueue, Proposal
    from desktop_app.team_lead.planning import ExportFormat


def planning_figures(ctx: WorkerContext) -> PlanningFigures:
    from desktop_app.team_lead.planning import planning_overview

    return planning_overview(ctx.db)


def export_planning(ctx: WorkerContext, path: Path, kind: ExportFormat, language: str) -> Path:
    from desktop_app.team_lead.planning import export_planning as export

    return export(ctx.db, path, kind, language)


def assignment_queue(ctx: WorkerContext, use_own_effect: bool) -> AssignmentQueue:
    from desktop_app.team_lead.assignments import assignment_queue as queue

    return queue(ctx.db, use_own_effect=use_own_effect)


def assign_caseworker(ctx: WorkerContext, shown: Proposal, caseworker_id: str,
                      actor: str) -> Assigned:
    from desktop_app.team_lead.assignments import assign_caseworker as assign

    return assign(ctx.db, ctx.audit, shown, caseworker_id, actor=actor)


def cache_and_model(ctx: WorkerContext) -> tuple[Path, Any]:
    """On the cache worker: the open cache's file and the model the app suggests with."""
    path = Path(ctx.db.execute("PRAGMA database_list").fetchone()[2])
    return path, ctx.model


def replan(path: Path, loaded: Any, progress: Callable[[str, int, int], None]) -> Replanned | str:
    """Recompute the places plan on a connection of its own (minutes on a large caseload: run
    it off the GUI thread and off the cache worker); a refusal comes back as its code."""
    from desktop_app.places.replan import ReplanError, replan_cache

    try:
        return replan_cache(path, model=loaded.model, version=loaded.version, progress=progress)
    except ReplanError as error:
        return error.code
