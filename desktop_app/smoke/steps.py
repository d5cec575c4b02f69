"""The steps of the smoke test (see `desktop_app.smoke`), each failing with the step's name.

Every step goes through the same code the app uses: `views.i18n` for translations, the TUF
update and start-up verification for the model, the importer for the cache, `Suggester` for
scoring and the sheet builder and PDF export for the explanation sheet.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
from pathlib import Path

import numpy as np


class SmokeFailure(Exception):
    def __init__(self, step: str, message: str) -> None:
        super().__init__(message)
        self.step = step


def import_every_module() -> None:
    """Every desktop_app module imports: a frozen build that lost a dependency fails here, not
    in front of a caseworker (admin commands and views are loaded lazily by the app)."""
    import importlib
    import pkgutil

    import desktop_app

    for info in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
        if info.name.endswith((".__main__", ".views.screenshots")):
            continue  # __main__ starts the app; screenshots is a developer script
        try:
            importlib.import_module(info.name)
        except ImportError as error:
            raise SmokeFailure("modules", f"{info.name} cannot be imported: {error}") from None


def install_model(repository: Path, store: Path):  # type: ignore[no-untyped-def]
    """Install the newest signed model from `repository` into `store`, verify it offline as at
    start-up, and open it for scoring. Returns (SuggestionModel, version)."""
    from desktop_app.scoring.model import ModelError, SuggestionModel
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.update import check_for_updates

    if not (repository / "metadata").is_dir() or not any((repository / "metadata").iterdir()):
        raise SmokeFailure(
            "model",
            f"the shipped model repository {repository} is empty (no signed metadata); "
            "build it with 'make models' before packaging",
        )
    try:
        result = check_for_updates(repository, store)
        if result.status != "installed":
            raise SmokeFailure("model", f"nothing was installed from {repository}: "
                               f"{result.message}")
        verified = load_verified_model(store)
    except TrustError as error:
        raise SmokeFailure("model", f"signature verification failed: {error}") from None
    if not verified.usable:
        raise SmokeFailure("model", f"model version {verified.version} is withdrawn")
    try:
        return SuggestionModel(verified), str(verified.version)
    except (ModelError, KeyError, ValueError) as error:
        raise SmokeFailure("model", f"the verified model cannot be opened: {error}") from None


def open_cache_with_bundle(model, work: Path):  # type: ignore[no-untyped-def]
    """A fresh case cache in `work` with the smoke bundle imported and checked."""
    from desktop_app.bundle.reader import read_bundle
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import CacheError, open_cache
    from desktop_app.cache.importer import import_bundle
    from desktop_app.smoke.bundle import write_smoke_bundle

    names = model.manifest.get("programme_names") or {}
    bundle = read_bundle(write_smoke_bundle(work / "bundle", model.arms, names))
    if bundle.errors:
        raise SmokeFailure("cache", f"the smoke bundle was refused: {bundle.errors[0]}")
    try:
        db = open_cache(work / "case-cache.sqlite")
    except CacheError as error:
        raise SmokeFailure("cache", str(error)) from None
    audit = AuditLog(db, os.urandom(32), publish_heads=False)  # a throwaway cache
    import_bundle(db, bundle, audit=audit, actor="smoke-test")
    check = db.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise SmokeFailure("cache", f"quick_check after import says {check}")
    return db, audit


def score_and_sheet(model, version: str, work: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cache.records import load_all, load_citizen
    from desktop_app.smoke.bundle import CITIZEN_ID

    db, audit = open_cache_with_bundle(model, work)
    try:
        cached = load_citizen(db, CITIZEN_ID)
        if cached is None:
            raise SmokeFailure("cache", f"citizen {CITIZEN_ID} did not reach the cache")
        programmes = {str(p["id"]): p for p in load_all(db, "programmes")}
        _sheet(model, version, work, cached, programmes, db, audit)
    finally:
        db.close()


def _sheet(model, version, work, cached, programmes, db, audit) -> None:  # type: ignore[no-untyped-def]
    """Score the smoke citizen and print their sheet (in Arabic) with its audit entry."""
    from desktop_app.cache.connection import transaction
    from desktop_app.decisions.payload import suggestion_payload
    from desktop_app.reports.builder import SheetRequest, build_sheet
    from desktop_app.reports.catalog import MissingTranslation
    from desktop_app.reports.export import export_sheet, record_export
    from desktop_app.reports.inputs import ComputerPart, suggestions_from_mapping
    from desktop_app.reports.rights import RightsTemplateError, country_of, load_rights
    from desktop_app.scoring.records import citizen_records
    from desktop_app.scoring.suggester import Suggester
    from desktop_app.smoke.bundle import CITIZEN_ID, DECISION_DATE, EXPORTED_AT
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    records = citizen_records(cached.citizen, cached.history)
    day = dt.date.fromisoformat(DECISION_DATE)
    suggester = Suggester(model, programmes, dt.date.fromisoformat(EXPORTED_AT[:10]))
    X = suggester.features([(records, day.toordinal())])
    case = suggester.score([(records, day.toordinal())], X=X)[0]
    check_scores(model, suggester, records, day, case)

    country = country_of(model.schema.host_language) or "DK"
    out = work / "sheet.pdf"
    shown = suggestions_from_mapping(
        suggestion_payload(case, programmes, version, features=X[0], schema=model.schema))
    try:
        # Arabic: right-to-left shaping, the bundled Noto fonts and Babel's CLDR data are what
        # a frozen build most easily loses
        sheet = build_sheet(SheetRequest(
            citizen=cached.citizen, lang="ar",
            rights=load_rights(country, production=BUILD_FLAVOUR == "production"),
            date=DECISION_DATE,
            computer=ComputerPart("abstained" if shown.abstained else "shown", shown),
            programmes=programmes))


        def log_export(result):  # type: ignore[no-untyped-def]
            with transaction(db):  # the same protocol as every sheet: entry, then file
                record_export(audit, "smoke-test", result, citizen_id=CITIZEN_ID,
                              model_version=version)

        export = export_sheet(sheet, out, log_export)
    except (MissingTranslation, RightsTemplateError, OSError) as error:
        raise SmokeFailure("sheet", str(error)) from None
    if not out.read_bytes().startswith(b"%PDF-") or export.pages < 1:
        raise SmokeFailure("sheet", f"{out} is not a PDF with at least one page")


def check_scores(model, suggester, records, day: dt.date, case) -> None:  # type: ignore[no-untyped-def]
    """Chances are probabilities, and the explanation adds up to the displayed effect."""
    arms = [a for a in case.arms if a.arm != "none"]
    if len(case.arms) != len(model.arms) or not arms:
        raise SmokeFailure("scoring", f"expected {len(model.arms)} arms, got {len(case.arms)}")
    for arm in case.arms:
        for estimate in arm.estimates.values():
            if not (0.0 <= estimate.p <= 1.0 and math.isfinite(estimate.effect)):
                raise SmokeFailure("scoring", f"{arm.arm}: chance {estimate.p} is not in 0..1")
    x = suggester.features([(records, day.toordinal())])[0]
    base, contributions = model.explain(x, model.primary_horizon)
    effects = model.predict(x[None, :])[model.primary_horizon].effect[0]
    worst = float(np.max(np.abs(base + contributions.sum(axis=1) - effects)))
    if worst > 1e-6:
        raise SmokeFailure("scoring", f"explanations miss the effect by {worst:.2e} (> 1e-6)")


def case_in_child_process(store: Path, work: Path) -> None:
    """The smoke cache's case prepared by the case-detail child process, as the window does:
    in a frozen build the child is the executable started again, which works only when the
    entry point calls `multiprocessing.freeze_support()`."""
    from desktop_app.casework.detail_process import DetailProcess, DetailProcessError
    from desktop_app.smoke.bundle import CITIZEN_ID
    from desktop_app.trust.installed import load_verified_model

    loader = functools.partial(load_verified_model, store)
    try:
        details = DetailProcess(work / "case-cache.sqlite", loader, work / "audit.key")
    except DetailProcessError as error:
        raise SmokeFailure("child process", str(error)) from None
    try:
        detail = details.case_detail(CITIZEN_ID)
    except DetailProcessError as error:
        raise SmokeFailure("child process", str(error)) from None
    finally:
        details.close()
    if details.pid in (None, os.getpid()):
        raise SmokeFailure("child process", "the case was not prepared in another process")
    if detail is None or detail.suggestions.state != "shown":
        state = "no case" if detail is None else detail.suggestions.message
        raise SmokeFailure("child process", f"case {CITIZEN_ID} came back without suggestions: "
                           f"{state}")


def match_titles(store: Path) -> None:
    """Job-title matching works frozen: every lemma dictionary is bundled, a Danish plural finds
    its lemma, and the signed package's title encoder (when it has one) loads and encodes."""
    from desktop_app.matching.sentence_encoder import installed_title_encoder
    from desktop_app.matching.title_encoder_files import MODEL_FILE
    from desktop_app.matching.title_language import WordForms, missing_dictionaries
    from desktop_app.trust.installed import load_verified_model

    missing = missing_dictionaries()
    if missing:
        raise SmokeFailure("titles", f"lemma dictionaries missing: {', '.join(missing)}")
    if WordForms("da").lemma("lærere") != "laerer":
        raise SmokeFailure("titles", "the Danish lemma of 'lærere' is not 'lærer'")
    if MODEL_FILE not in load_verified_model(store).files:
        return
    encoder = installed_title_encoder(store)
    if encoder is None or encoder.encode(["lagermedarbejder"]).shape[0] != 1:
        raise SmokeFailure("titles", "the signed package's title encoder cannot be used")
