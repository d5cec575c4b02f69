"""Who uses the app: a caseworker (default) or a team lead, who also gets the planning and
caseworker-assignment screens. IT's `[app] role` in wayfinder.toml wins over the start option
`--role`, so an office can fix the role per machine.

This chooses screens, not permissions: the case cache is the same file for both, protected by
the operating system account (docs/programme-places.md says so)."""

from __future__ import annotations

CASEWORKER, TEAM_LEAD = "caseworker", "team_lead"


def resolve_role(start_option: str | None) -> str:
    from desktop_app.config import configured_role

    configured = configured_role()
    if configured:
        return configured
    if start_option:
        normalised = start_option.strip().lower().replace("-", "_")
        if normalised in (CASEWORKER, TEAM_LEAD):
            return normalised
    return CASEWORKER
