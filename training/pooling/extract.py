"""A municipality's training extract: its bundle, pseudonymised and reduced to what training
needs, written beside a data-sharing manifest.

- Every citizen id becomes a keyed pseudonym (HMAC-SHA256 with a key that stays in the
  municipality): the central side can link one citizen's rows, never name them, and two
  extracts made with the same key give the same pseudonyms (a later extract adds to an earlier).
- Kept per citizen: only the fields the feature builder, the eligibility rules and the fairness
  audit read (an allowlist, `CITIZEN_FIELDS`); names, addresses, coordinates, CV and interest
  texts, job titles and unknown fields are left out. Assessments keep numbers, yes/no and
  short codes (a CEFR level), never free text. Caseworkers, vacancies and caseworker ids on
  decisions are left out (training reads none of them).
- Dates are kept where training needs them (decisions, outcomes, enrolments, appointments,
  unemployment start, jobs' dates, case closing); birth is a year.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.bundle.writer import atomic_folder, write_jsonl
from desktop_app.scoring.bundle_source import load_bundle
from training.pooling.sharing import SharingManifest, write_sharing
from training.suggestions.citizen_hashes import key_fingerprint

CITIZEN_FIELDS = (
    "birth_year", "gender", "country_of_birth",  # the fairness audit only, never inputs
    "years_in_country", "languages", "school_years", "education_isced", "basic_skills",
    "health_limitation", "driving_licence", "mobility_km", "unemployed_since", "benefit",
    "preferred_language", "case_closed",
)
JOB_FIELDS = ("esco_occupation", "from", "to")
MAX_CODE = 16  # an assessment text longer than this is free text, not a code
REMOVED = (
    "names", "postcodes and coordinates", "CV and interest texts", "job titles",
    "free-text assessments", "caseworkers and caseworker ids", "vacancies",
    "fields outside the training allowlist",
)
COPIED = ("programmes",)  # not about citizens: copied as they are
PER_CITIZEN = ("assessments", "decisions", "enrolments", "appointments", "outcomes")


@dataclass(frozen=True)
class Approval:
    purpose: str
    legal_basis: str
    retention_until: dt.date
    approved_by: str
    approved_on: dt.date


def pseudonym(key: bytes, municipality_code: str, citizen_id: str) -> str:
    digest = hmac.new(key, citizen_id.encode("utf-8"), hashlib.sha256).hexdigest()[:24]
    return f"{municipality_code}-{digest}"


def _citizen(row: dict[str, Any], pid: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": pid}
    for name in CITIZEN_FIELDS:
        if row.get(name) is not None:
            out[name] = row[name]
    jobs = row.get("previous_jobs")
    if jobs:
        out["previous_jobs"] = [{k: j[k] for k in JOB_FIELDS if j.get(k) is not None}
                                for j in jobs]
    skills = [s for s in row.get("skills") or () if isinstance(s, str) and "://" in s]
    if skills:  # ESCO skill URIs, never self-described skills in words
        out["skills"] = skills
    attributes = {k: v for k, v in (row.get("attributes") or {}).items()
                  if v is not None and _is_code(v)}  # numbers, yes/no, short codes
    if attributes:
        out["attributes"] = attributes
    return out


def _is_code(value: Any) -> bool:
    return not isinstance(value, str) or len(value) <= MAX_CODE


def _rows(stem: str, rows: Iterable[dict[str, Any]], ids: dict[str, str]) -> list[dict]:
    out = []
    for row in rows:
        pid = ids.get(str(row["citizen_id"]))
        if pid is None:
            continue
        if stem == "assessments" and not _is_code(row.get("value")):
            continue
        kept = {k: v for k, v in row.items() if k != "caseworker_id"}
        kept["citizen_id"] = pid
        out.append(kept)
    return out


def write_extract(bundle: Path, out: Path, key: bytes, municipality_code: str,
                  approval: Approval, today: dt.date | None = None) -> SharingManifest:
    """Write the extract of `bundle` to `out` (all or nothing) and return its manifest."""
    if not (municipality_code.isascii() and municipality_code.isalnum()
            and 1 <= len(municipality_code) <= 12):
        raise ValueError(f"municipality code {municipality_code!r}: use 1-12 letters or digits")
    if approval.retention_until <= (today or dt.date.today()):
        raise ValueError("--retention-until must lie in the future")
    data = load_bundle(bundle)
    ids = {str(c["id"]): pseudonym(key, municipality_code, str(c["id"]))
           for c in data.records.get("citizens", ())}
    municipality = str(data.manifest.get("municipality") or municipality_code)
    manifest = SharingManifest(
        municipality=municipality, municipality_code=municipality_code,
        purpose=approval.purpose, legal_basis=approval.legal_basis,
        retention_until=approval.retention_until.isoformat(), approved_by=approval.approved_by,
        approved_on=approval.approved_on.isoformat(),
        extract_created=(today or dt.date.today()).isoformat(),
        key_fingerprint=key_fingerprint(key), citizens=len(ids), removed=REMOVED)
    with atomic_folder(out) as folder:
        import json

        bundle_manifest = {k: data.manifest[k] for k in ("contract_version", "exported_at")
                           if k in data.manifest}
        bundle_manifest.update(municipality=municipality, full_snapshot=True,
                               source_system=f"wayfinder training extract ({municipality_code})")
        (folder / "manifest.json").write_text(json.dumps(bundle_manifest, indent=2) + "\n",
                                              encoding="utf-8")
        write_jsonl(folder / "citizens.jsonl",
                    (_citizen(c, ids[str(c["id"])]) for c in data.records.get("citizens", ())))
        for stem in COPIED:
            write_jsonl(folder / f"{stem}.jsonl", data.records.get(stem, ()))
        for stem in PER_CITIZEN:
            write_jsonl(folder / f"{stem}.jsonl", _rows(stem, data.records.get(stem, ()), ids))
        write_sharing(folder, manifest)
    return manifest
