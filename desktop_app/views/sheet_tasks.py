"""Build and export the citizen's explanation sheet on the cache worker (plain functions).

The sheet explains the latest decision recorded in the app with the suggestions stored with it
(what the caseworker actually saw), or, with no decision yet, is a proposal built from a fresh
score. Rendering the PDF happens here, off the GUI thread; the export is audited with the
document id, content hash and file hash in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.reports.sheet import ExplanationSheet
from desktop_app.views.worker_context import UserFacingError, WorkerContext


@dataclass(frozen=True)
class SheetPreview:
    citizen_id: str
    lang: str
    text: str
    reviewed: bool
    review_note: str
    is_proposal: bool


def build_case_sheet(ctx: WorkerContext, citizen_id: str, lang: str,
                     date: dt.date | None = None) -> ExplanationSheet:
    from desktop_app.cache.records import load_all, load_citizen
    from desktop_app.decisions.objections import objection_active
    from desktop_app.locations import app_data_dir
    from desktop_app.reports.builder import SheetRequest, build_sheet
    from desktop_app.reports.cache_source import data_source, latest_decision
    from desktop_app.reports.inputs import suggestions_from_mapping
    from desktop_app.reports.rights import HOST_LANGUAGE_COUNTRY, load_rights
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR
    from desktop_app.views.case_tasks import exported_at
    from desktop_app.views.suggestion_tasks import suggest_for_case

    loaded = ctx.model
    if loaded.model is None:
        raise UserFacingError(
            "The sheet needs the verified suggestion model (it lists the data the model uses). "
            + (loaded.unavailable or ""))
    cached = load_citizen(ctx.db, citizen_id)
    if cached is None:
        raise UserFacingError(f"no citizen with id {citizen_id!r} in the case cache")
    decision = latest_decision(ctx.db, citizen_id)
    suggestions = None
    if not objection_active(ctx.db, citizen_id):
        stored = None
        if decision is not None:
            row = ctx.db.execute("SELECT suggestions FROM app_decisions WHERE id = ?",
                                 (decision.decision_id,)).fetchone()
            stored = json.loads(row[0]) if row and row[0] else None
        if stored is None and decision is None:
            fresh = suggest_for_case(loaded, cached.citizen, cached.history,
                                     load_all(ctx.db, "programmes"), exported_at(ctx.db), False)
            stored = fresh.payload
        suggestions = suggestions_from_mapping(stored) if stored else None
    country = HOST_LANGUAGE_COUNTRY.get(loaded.model.schema.host_language or "")
    if not country:
        raise UserFacingError("cannot tell which country's rights apply to this model")
    rights = load_rights(country, production=BUILD_FLAVOUR == "production",
                         search_dirs=[app_data_dir() / "rights"])
    return build_sheet(SheetRequest(
        citizen=cached.citizen, lang=lang, schema=loaded.model.schema, rights=rights,
        date=(date or dt.date.today()).isoformat(), suggestions=suggestions,
        decision=decision, data_source=data_source(ctx.db)))


def preview(ctx: WorkerContext, citizen_id: str, lang: str) -> SheetPreview:
    from desktop_app.reports.catalog import translation_status

    sheet = build_case_sheet(ctx, citizen_id, lang)
    reviewed, note = translation_status(lang)
    return SheetPreview(citizen_id, lang, sheet.plain_text(), reviewed, note, sheet.is_proposal)


def export(ctx: WorkerContext, citizen_id: str, lang: str, path: Path, caseworker: str):  # type: ignore[no-untyped-def]
    """Render, audit, and only then put the PDF in place; returns the `SheetExport`."""
    from desktop_app.cache.connection import transaction
    from desktop_app.reports.export import export_sheet, record_export

    sheet = build_case_sheet(ctx, citizen_id, lang)
    audit, version = ctx.audit, ctx.model.version  # a missing key stops us before any file

    def log_export(result):  # type: ignore[no-untyped-def]
        with transaction(ctx.db):
            record_export(audit, caseworker, result, citizen_id=citizen_id,
                          model_version=version)

    return export_sheet(sheet, path, log_export)
