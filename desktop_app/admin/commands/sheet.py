"""`sheet`: render the citizen explanation sheet (PDF) and record the export in the audit log.

Explains the decision recorded in the app (the latest, or `--decision N`) from what was stored
with it: the snapshot of what the caseworker was shown and who decided; nothing is scored again,
so the sheet has the same content as the app's. With no decision recorded it prints a proposal
(a sheet before any decision, with its own number): the case is scored with the verified model
through the same code as the app (not at all when the citizen objects to profiling), and the
proposal's snapshot is kept so `--proposal N` prints it again with the same content. With no
verified installed model there is no proposal sheet: never a fallback to another model, such as
the demo repository shipped with the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop_app.admin.errors import AdminError
from desktop_app.locations import app_data_dir, default_cache_path, laptop_model_store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sheet",
        help="render a citizen's explanation sheet (PDF) and log the export",
        description="Render the plain-language explanation sheet for CITIZEN_ID: the latest "
        "decision recorded in the app, or a proposal sheet when none is recorded. Writes the "
        "PDF atomically and appends a 'sheet_exported' entry with its hashes to the audit log.",
    )
    parser.add_argument("citizen_id", metavar="CITIZEN_ID")
    parser.add_argument("--lang", required=True,
                        help="sheet language: en, da, nb, nn, nl, ar, uk, so, ti")
    parser.add_argument("--out", required=True, type=Path, help="PDF file to write")
    parser.add_argument("--cache", type=Path, default=None, help="case cache file")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--decision", type=int, default=None, metavar="N",
                       help="print decision number N again (default: the latest decision)")
    which.add_argument("--proposal", type=int, default=None, metavar="N",
                       help="print proposal number N again (a sheet issued before a decision)")
    parser.add_argument("--caseworker", default=None,
                        help="who prints the sheet, for the audit log (the sheet always names "
                        "the caseworker recorded with the decision)")
    parser.add_argument("--country", default=None,
                        help="rights template country (default: the one recorded with the "
                        "decision, else IT's [sheet] country, else the model's host language)")
    parser.add_argument("--date", default=None, help="issue date YYYY-MM-DD (default: today)")
    parser.set_defaults(handler=run_sheet)


def _model(store, db=None, audit_key: bytes | None = None):  # type: ignore[no-untyped-def]
    """The verified installed model, and no other: a sheet explains the suggestions of the model
    the laptop verified, so with none (or a failed one) it is not printed. With the cache `db`,
    only a model its local check lets be used here, as in the app (issue 21)."""
    from desktop_app.scoring.local_verdict import gate_installed
    from desktop_app.scoring.model import ModelError, SuggestionModel
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.installed import load_verified_model

    try:
        verified = load_verified_model(store)
        if not verified.usable:
            raise AdminError(f"no verified model available: version {verified.version} was "
                             f"withdrawn ({verified.withdrawn_reason})")
        if db is not None:
            gate_installed(verified, db, audit_key)
        return SuggestionModel(verified), str(verified.version)
    except TrustError as error:
        raise AdminError(f"no verified model available: {error}") from error
    except ModelError as error:
        raise AdminError(f"no verified model available: {error}") from error


def _proposal_shown(db, citizen_id: str, audit_key: bytes):  # type: ignore[no-untyped-def]
    """What a proposal shows now: nothing scored when the citizen objects; else the verified
    model's suggestion for the case, through the app's own scoring code."""
    from desktop_app.cache.records import load_all, load_citizen, manifest_value
    from desktop_app.decisions.objections import objection_active
    from desktop_app.decisions.snapshot import OBJECTION, WhatWasShown, computer_state
    from desktop_app.places.case_places import case_places
    from desktop_app.reports.rights import country_of
    from desktop_app.scoring.case_scoring import score_case

    if objection_active(db, citizen_id):
        return WhatWasShown(OBJECTION), None
    model, version = _model(laptop_model_store(), db, audit_key)
    cached = load_citizen(db, citizen_id)
    scored = score_case(model, version, cached.citizen, cached.history,
                        load_all(db, "programmes"), _exported_at(manifest_value(db, "exported_at")),
                        _personalisation(model), case_places(db, version))
    country = country_of(model.schema.host_language)
    return WhatWasShown(computer_state("shown", scored.payload, True), scored.payload,
                        country=country), country


def _exported_at(value: object) -> str | None:
    return str(value) if value else None


def _personalisation(model):  # type: ignore[no-untyped-def]
    import json

    from desktop_app.scoring.personalisation import personalisation_from_card

    files = model.files
    card = json.loads(files.read_bytes("model_card.json")) if files.has("model_card.json") else {}
    card.setdefault("personalisation", model.manifest.get("personalisation"))
    return personalisation_from_card(card)


def run_sheet(args: argparse.Namespace) -> int:
    from desktop_app.cache.connection import (
        CacheError,
        database_errors,
        database_problem,
        open_cache,
        transaction,
    )
    from desktop_app.config import configured_sheet_country
    from desktop_app.protection.cli_support import audit_for
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.case_sheet import (
        SheetSourceError,
        recorded_decision,
        sheet_request,
        store_proposal,
        stored_proposal,
    )
    from desktop_app.reports.catalog import MissingTranslation, load_catalog
    from desktop_app.reports.export import export_sheet, record_export
    from desktop_app.reports.rights import RightsTemplateError
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    try:
        catalog = load_catalog(args.lang)
        date = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except MissingTranslation as error:
        raise AdminError(str(error)) from error
    except ValueError as error:
        raise AdminError(f"--date must be YYYY-MM-DD ({error})") from error
    cache_path = args.cache or default_cache_path()
    try:
        db = open_cache(cache_path, create=False)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        if db.execute("SELECT 1 FROM citizens WHERE id = ?", (args.citizen_id,)).fetchone() \
                is None:
            raise AdminError(f"no citizen with id {args.citizen_id!r} in the case cache")
        options = {"production": BUILD_FLAVOUR == "production",
                   "rights_dirs": [app_data_dir() / "rights"]}
        country = args.country or configured_sheet_country()
        audit = audit_for(db)  # a missing audit key stops us before anything is written
        found = None if args.proposal is not None else recorded_decision(
            db, args.citizen_id, args.decision)
        if found is not None:
            decision, computer = found
            if args.country:
                computer = _with_country(computer, args.country)
            request = sheet_request(db, args.citizen_id, args.lang, date.isoformat(),
                                    decision=decision, computer=computer,
                                    country=_fallback_country(computer, country), **options)
            source = {"decision_id": decision.decision_id}
            actor = args.caseworker or decision.caseworker_id
        else:
            if args.proposal is not None:
                proposal_id = args.proposal
            else:
                # the proposal's number is given when its sheet is prepared; an export that
                # then fails leaves that number unused (never a sheet without its entry)
                shown, model_country = _proposal_shown(db, args.citizen_id, audit.key)
                country = country or model_country
                with transaction(db):
                    proposal_id = store_proposal(db, args.citizen_id,
                                                 args.caseworker or "admin", shown)
            computer = stored_proposal(db, args.citizen_id, proposal_id)
            if args.country:
                computer = _with_country(computer, args.country)
            request = sheet_request(db, args.citizen_id, args.lang, date.isoformat(),
                                    decision=None, computer=computer, proposal_id=proposal_id,
                                    country=_fallback_country(computer, country), **options)
            source = {"proposal_id": proposal_id}
            actor = args.caseworker or "admin"
        sheet = build_sheet(request)

        def log_export(result):  # type: ignore[no-untyped-def]
            with transaction(db):
                record_export(audit, actor, result, citizen_id=args.citizen_id,
                              model_version=sheet.model_version or None, source=source)

        export = export_sheet(sheet, args.out, log_export)
    except (MissingTranslation, RightsTemplateError, SheetSourceError) as error:
        raise AdminError(str(error)) from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, cache_path)}; no sheet was written "
                         "(a sheet is only handed out together with its audit entry)") from error
    except OSError as error:
        raise AdminError(f"the sheet could not be written to {args.out} "
                         f"({error.strerror or error})") from error
    finally:
        db.close()
    if not catalog.reviewed:
        print(f"note: the {catalog.name} text has not been reviewed by a translator "
              f"({catalog.review_note})")
    kind = "proposal" if export.is_proposal else "decision"
    print(f"written: {args.out} ({kind} sheet, {export.pages} page(s), {export.lang})")
    print(f"document id: {export.document_id}")
    print(f"content SHA-256: {export.content_sha256}")
    print(f"file SHA-256: {export.pdf_sha256}")
    return 0


def _with_country(computer, country: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(computer, country=country.upper())


def _fallback_country(computer, country: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The country to use when the snapshot records none: IT's, else the installed model's.
    A snapshot that records its country never needs the model (loading and verifying it is
    most of the command's time)."""
    if country or computer.country:
        return country
    return _model_country()


def _model_country() -> str | None:
    """The installed model's country, only asked for when nothing else says which applies."""
    from desktop_app.reports.rights import country_of

    try:
        model, _version = _model(laptop_model_store())
    except AdminError:
        return None
    return country_of(model.schema.host_language)
