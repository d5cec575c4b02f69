"""The oversight figures: per caseworker, how often decisions followed the suggestions."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.casework.worker_context import WorkerContext
    from desktop_app.oversight.rates import OversightReport


def oversight_figures(ctx: WorkerContext, since: str, until: str) -> OversightReport:
    """Rates over the decisions with `since <= decided_at < until` (ISO dates)."""
    from desktop_app.oversight.rates import oversight_report

    return oversight_report(ctx.db, since, until)
