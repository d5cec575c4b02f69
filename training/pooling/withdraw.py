"""Withdrawing one municipality from a pooled model: train again on every other extract in
its lineage, with the same settings (`wayfinder-admin pool withdraw`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from training.pooling.lineage import Extract, LineageError, read_lineage
from training.pooling.sharing import SharingManifest


def retrain_without(model_dir: Path, code: str, out: Path,
                    today: dt.date | None = None) -> tuple[Extract, list[str]]:
    """Train again on every extract in `model_dir`'s lineage but `code`'s, with the same
    settings, into `out`; return the withdrawn extract and the training summary."""
    from training.suggestions.pipeline import TrainRequest, run_training

    card, lineage = read_lineage(model_dir)
    entries = lineage["extracts"]
    leaving = [e for e in entries if e["code"] == code]
    if not leaving:
        raise LineageError(f"no extract with the code {code} in {model_dir}'s lineage "
                           f"(codes: {', '.join(e['code'] for e in entries)})")
    staying = [Path(e["path"]) for e in entries if e["code"] != code]
    if not staying:
        raise LineageError(f"{code} is the only extract of {model_dir}: nothing left to train "
                           "on (withdraw the model itself instead: 'models withdraw')")
    withdrawn_extract = Extract(Path(leaving[0]["path"]), read_sharing_or_record(leaving[0]),
                                leaving[0]["sha256"])
    training = lineage["training"]
    withdrawn = [*lineage.get("withdrawn", []), {
        "code": code, "municipality": leaving[0]["municipality"],
        "from_model": card["model"]["model_version"],
        "on": (today or dt.date.today()).isoformat()}]
    request = TrainRequest(
        bundle=staying[0], more_bundles=staying[1:], out=Path(out), seed=int(training["seed"]),
        config_path=Path(training["config"]) if training.get("config") else None,
        primary_horizon=training.get("primary_horizon"),
        key_path=Path(training["id_key"]) if training.get("id_key") else None,
        withdrawn=withdrawn)
    return withdrawn_extract, run_training(request)


def read_sharing_or_record(entry: dict[str, Any]) -> SharingManifest:
    """The withdrawn extract's manifest as the lineage recorded it (the folder may be gone)."""
    return SharingManifest(
        municipality=entry["municipality"], municipality_code=entry["code"],
        purpose=entry["purpose"], legal_basis=entry["legal_basis"],
        retention_until=entry["retention_until"], approved_by=entry["approved_by"],
        approved_on=entry["approved_on"], extract_created=entry["extract_created"],
        key_fingerprint=entry["key_fingerprint"], citizens=int(entry["citizens"]), removed=())
