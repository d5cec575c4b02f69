"""Who is using the app: the caseworker's id and the role the window opens in."""

from __future__ import annotations

from desktop_app.decisions.identity import caseworker_id
from desktop_app.team_lead.role import TEAM_LEAD, resolve_role

__all__ = ["TEAM_LEAD", "caseworker_id", "resolve_role"]
