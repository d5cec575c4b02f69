"""Screenshots of the team lead's window (planning, assignment) for `make screenshots`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.views.common.event_wait import settle, wait_for


def take_team_lead(window, out: Path, code: str,  # type: ignore[no-untyped-def]
                   shoot: Callable[[object, Path], Path]) -> list[Path]:
    """Open the team lead's window on `window`'s cache and grab both tabs."""
    from desktop_app.views.team_lead.window import ASSIGNMENT, PLANNING, TeamLeadWindow

    lead = TeamLeadWindow(window.store, window.caseworker, window)
    window.team_lead_window = lead
    lead.resize(1400, 860)
    written = []
    for tab, panel, name in ((PLANNING, lead.planning, "planning"),
                             (ASSIGNMENT, lead.assignment, "assignment")):
        window.show_team_lead(tab)
        wait_for(panel.shown, 120_000)
        settle(300)
        written.append(shoot(lead, out / f"{code}-team-lead-{name}.png"))
    lead.close()
    return written
