"""What a pooled model learned from (its lineage, in the model card), its figures per
municipality, and retraining without one municipality's extract."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.scoring.bundle_source import BundleData
from training.pooling.sharing import SHARING_FILE, SharingError, SharingManifest, read_sharing


class LineageError(ValueError):
    """A pooled model's lineage cannot be used; the message says why."""


@dataclass(frozen=True)
class Extract:
    path: Path
    sharing: SharingManifest
    digest: str  # SHA-256 over the extract's files: which version of it was used

    @property
    def code(self) -> str:
        return self.sharing.municipality_code

    @property
    def municipality(self) -> str:
        return self.sharing.municipality


def is_extract(path: Path) -> bool:
    return (Path(path) / SHARING_FILE).is_file()


def open_extracts(paths: list[Path], today: dt.date | None = None) -> list[Extract]:
    """Every path checked as an approved extract within retention; codes must differ."""
    extracts = []
    for path in paths:
        try:
            sharing = read_sharing(path, today)
        except SharingError as error:
            raise LineageError(str(error)) from None
        extracts.append(Extract(Path(path).resolve(), sharing, _digest(Path(path))))
    codes = [e.code for e in extracts]
    doubled = sorted({c for c in codes if codes.count(c) > 1})
    if doubled:
        raise LineageError(f"two extracts with the code {', '.join(doubled)}: give each "
                           "municipality's newest extract once")
    return extracts


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(file.name.encode("utf-8") + b"\0")
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def lineage_record(extracts: list[Extract], training: dict[str, Any],
                   withdrawn: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "extracts": [{"code": e.code, "municipality": e.municipality, "path": str(e.path),
                      "sha256": e.digest, "citizens": e.sharing.citizens,
                      "extract_created": e.sharing.extract_created,
                      "purpose": e.sharing.purpose, "legal_basis": e.sharing.legal_basis,
                      "retention_until": e.sharing.retention_until,
                      "approved_by": e.sharing.approved_by,
                      "approved_on": e.sharing.approved_on,
                      "key_fingerprint": e.sharing.key_fingerprint} for e in extracts],
        "training": training,
        "withdrawn": withdrawn,
    }


def municipality_data(data: BundleData, code: str) -> BundleData:
    """The part of `data` whose citizens come from the extract with `code`."""
    prefix = f"{code}-"
    records = {stem: [r for r in rows
                      if str(r.get("id" if stem == "citizens" else "citizen_id", "")).startswith(
                          prefix)] if stem not in ("programmes", "postcodes") else rows
               for stem, rows in data.records.items()}
    return BundleData(data.path, data.manifest, records)


def by_municipality(model_dir: Path, data: BundleData, key: bytes, extracts: list[Extract],
                    seed: int) -> dict[str, Any]:
    """The holdout evaluation per municipality (its own card section)."""
    from training.suggestions.evaluation import EvaluationError, evaluate_model

    out: dict[str, Any] = {}
    for extract in extracts:
        part = municipality_data(data, extract.code)
        try:
            result = evaluate_model(model_dir, part, key, seed=seed, draws=200)
        except EvaluationError as error:
            out[extract.code] = {"municipality": extract.municipality, "note": str(error)}
            continue
        out[extract.code] = {
            "municipality": extract.municipality,
            "evaluated_citizens": result["evaluated_citizens"],
            "policy_value": result["policy_value"],
            "gain_vs_observed": result["gain_vs_observed"],
            "gain_vs_best_single": result["gain_vs_best_single"],
            "within_places": result["within_places"]["value"],
        }
    return out


def read_lineage(model_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    path = Path(model_dir) / "model_card.json"
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise LineageError(f"{path}: cannot be read ({error})") from None
    lineage = card.get("lineage")
    if not lineage:
        raise LineageError(f"{model_dir} was not trained on extracts (its card has no "
                           "lineage): nothing to withdraw")
    return card, lineage


def lineage_sections(card: dict[str, Any]) -> list[Any]:
    """The card's "Lineage" and "By municipality" sections (readable forms)."""
    from training.suggestions.card_render import Section

    lineage = card.get("lineage")
    if not lineage:
        return []
    rows = [[e["code"], e["municipality"], e["citizens"], e["extract_created"],
             e["approved_by"], e["approved_on"], e["retention_until"], e["sha256"][:16]]
            for e in lineage["extracts"]]
    texts = ["Trained on pseudonymised training extracts, each with its municipality's "
             "data-sharing manifest (purpose, legal basis, retention, approval). Pseudonyms "
             "were made with keys that stay in the municipalities."]
    texts += [f"Withdrawn: {w['municipality']} ({w['code']}) on {w['on']}, from model "
              f"{w['from_model']}." for w in lineage.get("withdrawn", [])]
    sections = [Section("Lineage", texts, [(["code", "municipality", "citizens", "extract made",
                                              "approved by", "approved on", "kept until",
                                              "sha256"], rows)])]
    per = card.get("by_municipality") or {}
    table = []
    for code, figures in per.items():
        if "policy_value" not in figures:
            table.append([code, figures["municipality"], "-", "-", "-", figures.get("note")])
            continue
        value = figures["policy_value"]
        gain = figures["gain_vs_observed"]
        table.append([code, figures["municipality"], figures["evaluated_citizens"],
                      f"{value['suggested']['estimate']:.3f}",
                      f"{value['observed']['estimate']:.3f}",
                      f"{gain['estimate']:+.3f} [{gain['ci_low']:+.3f}, {gain['ci_high']:+.3f}]"])
    if table:
        sections.append(Section("By municipality (held-out citizens)", [
            "The pooled model evaluated on each municipality's held-out citizens alone "
            "(doubly robust, 95% intervals)."], [(["code", "municipality", "citizens",
                                                   "suggested", "observed",
                                                   "gain vs observed"], table)]))
    return sections
