"""Build and export the citizen's explanation sheet on the cache worker (plain functions).

The same path as `wayfinder-admin sheet` (`reports/case_sheet.py`): a decision's sheet is built
from the snapshot stored with it (what the caseworker actually saw, who decided), so the app and
the command line print the same content under the same document id. With no decision yet the
sheet is a proposal built from the case as scored now (nothing is scored for a citizen who
objects); exporting it keeps the proposal's snapshot under its own number. Rendering happens
here, off the GUI thread; the PDF is put in place only after its audit entry is committed
(`reports.export.export_sheet`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop_app.casework.errors import UserFacingError
from desktop_app.casework.worker_context import WorkerContext
from desktop_app.reports.sheet import ExplanationSheet


@dataclass(frozen=True)
class SheetPreview:
    citizen_id: str
    lang: str
    text: str
    reviewed: bool
    review_note: str
    is_proposal: bool


def _proposal_shown(ctx: WorkerContext, citizen_id: str):  # type: ignore[no-untyped-def]
    from desktop_app.cache.records import load_citizen
    from desktop_app.casework.cache_facts import exported_at
    from desktop_app.casework.suggestions import suggest_for_case
    from desktop_app.decisions.objections import objection_active
    from desktop_app.decisions.snapshot import WhatWasShown, computer_state
    from desktop_app.places.case_places import case_places

    cached = load_citizen(ctx.db, citizen_id)
    if cached is None:
        raise UserFacingError(f"no citizen with id {citizen_id!r} in the case cache")
    objection = objection_active(ctx.db, citizen_id)
    places = None if objection or ctx.model.model is None else case_places(ctx.db,
                                                                          ctx.model.version)
    result = suggest_for_case(ctx.model, cached.citizen, cached.history, ctx.facts.programmes,
                              exported_at(ctx.db), objection, places)
    return WhatWasShown(computer_state(result.state, result.payload, True), result.payload,
                        result.model_status, result.country)


def _model_country(ctx: WorkerContext) -> str | None:
    from desktop_app.config import configured_sheet_country
    from desktop_app.reports.rights import country_of

    model = ctx.model.model
    return configured_sheet_country() or (country_of(model.schema.host_language)
                                          if model is not None else None)


def build_case_sheet(ctx: WorkerContext, citizen_id: str, lang: str,
                     date: dt.date | None = None, *, store_proposal_as: str | None = None
                     ) -> tuple[ExplanationSheet, dict[str, int | None]]:
    """The sheet and what it explains ({"decision_id": N} or {"proposal_id": N or None}).

    `store_proposal_as`: with no decision, keep the proposal's snapshot (an export; call inside
    the export's transaction) and record who issued it.
    """
    from desktop_app.locations import app_data_dir
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.case_sheet import (
        proposal_computer,
        recorded_decision,
        sheet_request,
        store_proposal,
        stored_proposal,
    )
    from desktop_app.reports.rights import RightsTemplateError
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    day = (date or dt.date.today()).isoformat()
    options = {"production": BUILD_FLAVOUR == "production",
               "rights_dirs": [app_data_dir() / "rights"], "country": _model_country(ctx)}
    found = recorded_decision(ctx.db, citizen_id)
    try:
        if found is not None:
            decision, computer = found
            request = sheet_request(ctx.db, citizen_id, lang, day, decision=decision,
                                    computer=computer, **options)
            return build_sheet(request), {"decision_id": decision.decision_id}
        shown = _proposal_shown(ctx, citizen_id)
        proposal_id = None
        if store_proposal_as is not None:
            from desktop_app.cache.connection import transaction

            with transaction(ctx.db):
                proposal_id = store_proposal(ctx.db, citizen_id, store_proposal_as, shown)
            computer = stored_proposal(ctx.db, citizen_id, proposal_id)
        else:
            computer = proposal_computer(ctx.db, citizen_id, shown)
        request = sheet_request(ctx.db, citizen_id, lang, day, decision=None, computer=computer,
                                proposal_id=proposal_id, **options)
        return build_sheet(request), {"proposal_id": proposal_id}
    except RightsTemplateError as error:
        raise UserFacingError(str(error)) from error


def preview(ctx: WorkerContext, citizen_id: str, lang: str) -> SheetPreview:
    from desktop_app.reports.catalog import translation_status

    sheet, _source = build_case_sheet(ctx, citizen_id, lang)
    reviewed, note = translation_status(lang)
    return SheetPreview(citizen_id, lang, sheet.plain_text(), reviewed, note, sheet.is_proposal)


def export(ctx: WorkerContext, citizen_id: str, lang: str, path: Path, caseworker: str):  # type: ignore[no-untyped-def]
    """Render, audit, and only then put the PDF in place (a proposal's snapshot kept first);
    returns the `SheetExport`."""
    from desktop_app.cache.connection import transaction
    from desktop_app.reports.export import export_sheet, record_export

    audit = ctx.audit  # a missing key stops us before anything is written
    sheet, source = build_case_sheet(ctx, citizen_id, lang, store_proposal_as=caseworker)

    def log_export(result):  # type: ignore[no-untyped-def]
        with transaction(ctx.db):
            record_export(audit, caseworker, result, citizen_id=citizen_id,
                          model_version=sheet.model_version or None, source=source)

    return export_sheet(sheet, path, log_export)
