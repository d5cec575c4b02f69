"""`sheet`: render the citizen explanation sheet (PDF) and record the export in the audit log.

Explains the citizen's latest decision recorded in the app, or, when none is recorded, prints
a sheet titled as a proposal. Suggestions come from the verified installed model, scored as of
the decision date through the same code as the app.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
import tempfile
from pathlib import Path

from desktop_app.admin.errors import AdminError
from desktop_app.locations import app_data_dir, default_cache_path, default_model_store


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
    parser.add_argument("--caseworker", default=None,
                        help="who decided (default: the caseworker recorded with the decision)")
    parser.add_argument("--country", default=None,
                        help="rights template country (default: from the model's host language)")
    parser.add_argument("--date", default=None, help="issue date YYYY-MM-DD (default: today)")
    parser.set_defaults(handler=run_sheet)


def _model(store: Path, stack: contextlib.ExitStack):  # type: ignore[no-untyped-def]
    """The verified model from the model store, or else the bundled demo repository.

    The bundled repository is verified with TUF into a temporary store, so rendering a sheet
    never changes what the laptop has installed.
    """
    from desktop_app.scoring.model import ModelError, SuggestionModel
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.installed import load_verified_model

    try:
        try:
            verified = load_verified_model(store)
        except TrustError as installed_error:
            verified = _bundled_demo_model(stack, installed_error)
        if not verified.usable:
            raise AdminError(f"no verified model available: version {verified.version} was "
                             f"withdrawn ({verified.withdrawn_reason})")
        return SuggestionModel(verified.directory), str(verified.version)
    except TrustError as error:
        raise AdminError(f"no verified model available: {error}") from error
    except ModelError as error:
        raise AdminError(f"no verified model available: {error}") from error


def _bundled_demo_model(stack: contextlib.ExitStack, installed_error: Exception):  # type: ignore[no-untyped-def]
    from desktop_app.assets_path import demo_repository
    from desktop_app.leftovers import temp_prefix
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.update import check_for_updates

    repository = demo_repository()
    if BUILD_FLAVOUR != "demo" or not (repository / "metadata").is_dir():
        raise AdminError(f"no verified model available: {installed_error}")
    store = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=temp_prefix("sheet"))))
    result = check_for_updates(repository, store / "models")
    if result.status != "installed":
        raise AdminError(f"no verified model available: {installed_error}; the bundled demo "
                         f"repository gave: {result.message}")
    print(f"note: no model installed ({installed_error}); using the bundled demo model",
          file=sys.stderr)
    return load_verified_model(store / "models")


def run_sheet(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.cache.connection import (
        CacheError,
        database_errors,
        database_problem,
        open_cache,
        transaction,
    )
    from desktop_app.cache.records import export_date, load_all, load_citizen
    from desktop_app.protection.cli_support import audit_for
    from desktop_app.reports.builder import SheetRequest, build_sheet
    from desktop_app.reports.cache_source import data_source, latest_decision
    from desktop_app.reports.catalog import MissingTranslation, load_catalog
    from desktop_app.reports.export import export_sheet, record_export
    from desktop_app.reports.from_scoring import suggestion_set
    from desktop_app.reports.rights import (
        HOST_LANGUAGE_COUNTRY,
        RightsTemplateError,
        load_rights,
    )
    from desktop_app.scoring.records import citizen_records
    from desktop_app.scoring.suggester import Suggester
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
    stack = contextlib.ExitStack()
    try:
        cached = load_citizen(db, args.citizen_id)
        if cached is None:
            raise AdminError(f"no citizen with id {args.citizen_id!r} in the case cache")
        decision = latest_decision(db, args.citizen_id)
        if decision is not None and args.caseworker:
            decision = replace(decision, caseworker_id=args.caseworker)
        model, version = _model(default_model_store(), stack)
        programmes = {str(p["id"]): p for p in load_all(db, "programmes")}
        exported = export_date(db)
        day = dt.date.fromisoformat(decision.decided_at[:10]) if decision else date
        records = citizen_records(cached.citizen, cached.history)
        case = Suggester(model, programmes, exported).score([(records, day.toordinal())])[0]
        country = args.country or HOST_LANGUAGE_COUNTRY.get(model.schema.host_language or "")
        if not country:
            raise AdminError("cannot tell which country's rights apply; pass --country DK|NO|NL")
        rights = load_rights(country, production=BUILD_FLAVOUR == "production",
                             search_dirs=[app_data_dir() / "rights"])
        sheet = build_sheet(SheetRequest(
            citizen=cached.citizen, lang=args.lang, schema=model.schema, rights=rights,
            date=date.isoformat(), suggestions=suggestion_set(case, programmes, version),
            decision=decision, data_source=data_source(db)))
        audit = audit_for(db)
        actor = args.caseworker or (decision.caseworker_id if decision else "admin")

        def log_export(result):  # type: ignore[no-untyped-def]
            with transaction(db):
                record_export(audit, actor, result, citizen_id=args.citizen_id,
                              model_version=version)

        export = export_sheet(sheet, args.out, log_export)
    except (MissingTranslation, RightsTemplateError) as error:
        raise AdminError(str(error)) from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, cache_path)}; no sheet was written "
                         "(a sheet is only handed out together with its audit entry)") from error
    except OSError as error:
        raise AdminError(f"the sheet could not be written to {args.out} "
                         f"({error.strerror or error})") from error
    finally:
        db.close()
        stack.close()
    if not catalog.reviewed:
        print(f"note: the {catalog.name} text has not been reviewed by a translator "
              f"({catalog.review_note})")
    kind = "proposal" if export.is_proposal else "decision"
    print(f"written: {args.out} ({kind} sheet, {export.pages} page(s), {export.lang})")
    print(f"document id: {export.document_id}")
    print(f"content SHA-256: {export.content_sha256}")
    print(f"file SHA-256: {export.pdf_sha256}")
    return 0
