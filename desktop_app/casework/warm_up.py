"""Warm-up steps run on the cache worker right after a cache opens (plain functions, no Qt).

Each step prepares one per-cache thing the first case would otherwise pay for: verifying and
loading the suggestion model, the job-matching context (taxonomy, vacancy index), the journey
cohort (every citizen's journey, read once per cache) and a dry run of one case, which loads the
remaining code and the ONNX sessions. A failing step is logged and skipped: opening the case
then reports the problem in its own tab, as it would have without warming.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.casework.worker_context import WorkerContext

log = logging.getLogger(__name__)
STEPS = ("model", "matching", "journeys", "dry_run")  # after the cache is open, in this order


def model(context: WorkerContext | None) -> None:
    if context is not None:
        _ = context.model  # verified and loaded once; a failure is remembered with its reason


def matching(context: WorkerContext | None) -> None:
    if context is not None:
        from desktop_app.casework.job_matches import warm

        warm(context.db)


def journeys(context: WorkerContext | None) -> None:
    if context is None:
        return
    from desktop_app.journeys.cache_cohort import cohort_for

    try:
        cohort_for(context.db)
    except Exception:  # the Journey tab says so when a case opens
        log.exception("preparing the journey cohort failed")


def dry_run(context: WorkerContext | None) -> None:
    """Open one case and throw the result away: first calls into pandas, numpy and ONNX Runtime
    are slower than later ones, and this way the caseworker's first case is not the first."""
    if context is None:
        return
    from desktop_app.casework.case_detail import case_detail

    row = context.db.execute("SELECT id FROM citizens ORDER BY id LIMIT 1").fetchone()
    if row is None:
        return
    try:
        case_detail(context.db, str(row[0]), context.model, context.facts)
    except Exception:
        log.exception("warming up with case %s failed", row[0])
