"""Writes a caseworker makes: a decision, an objection to profiling, and the audit entry that
suggestions were shown. Each takes the worker's context and returns plain data.

The decision tab builds a `DecisionInput` (`new_decision`: what the caseworker chose, what the
computer showed); `computer_shown` says what the snapshot keeps of the suggestions on screen.
Only the reason codes are imported with this module (the tab needs them to be built); the
rest loads when a decision is made, off the start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.decisions.reasons import REASON_CODES

if TYPE_CHECKING:
    from desktop_app.casework.suggestions import CaseSuggestions
    from desktop_app.casework.worker_context import WorkerContext
    from desktop_app.decisions.record import DecisionInput

__all__ = [
    "REASON_CODES", "computer_shown", "new_decision", "record_decision", "record_objection",
    "record_suggestions_shown",
]


def computer_shown(suggestions: CaseSuggestions, visible: bool) -> tuple[str, bool]:
    """What the computer showed the caseworker (the snapshot's state) and whether the
    suggestions themselves were on screen (then the snapshot keeps them)."""
    from desktop_app.decisions.snapshot import ABSTAINED, SHOWN, computer_state

    computer = computer_state(suggestions.state, suggestions.payload, visible)
    return computer, computer in (SHOWN, ABSTAINED)


def new_decision(**fields: Any) -> DecisionInput:
    """The decision as the caseworker made it, ready for `record_decision`."""
    from desktop_app.decisions.record import DecisionInput

    return DecisionInput(**fields)


def record_decision(ctx: WorkerContext, decision: DecisionInput) -> int:
    """Record the decision with its audit entry; returns the decision id."""
    from desktop_app.decisions.record import record_decision as record

    return record(ctx.db, ctx.audit, decision)


def record_objection(ctx: WorkerContext, citizen_id: str, caseworker_id: str,
                     active: bool) -> bool:
    """Record that the citizen objects to profiling (or withdrew it); returns the new state."""
    from desktop_app.decisions.objections import set_objection

    return set_objection(ctx.db, ctx.audit, citizen_id=citizen_id,
                         caseworker_id=caseworker_id, active=active)


def record_suggestions_shown(ctx: WorkerContext, caseworker_id: str, citizen_id: str,
                             suggestions: CaseSuggestions) -> bool:
    """Audit that the suggestions were put in front of the caseworker; False when there were
    none to show (no model, an objection: nothing to audit)."""
    from desktop_app.decisions.record import record_suggestions_shown as record

    if suggestions.payload is None or suggestions.model_version is None \
            or suggestions.input_hash is None:
        return False
    record(ctx.db, ctx.audit, caseworker_id=caseworker_id, citizen_id=citizen_id,
           model_version=suggestions.model_version, input_hash=suggestions.input_hash,
           suggestions=suggestions.payload)
    return True
