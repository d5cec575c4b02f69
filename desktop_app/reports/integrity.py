"""Canonical content of a sheet and its SHA-256 (printed on the sheet, kept in the audit log).

Canonical content (documented in docs/explanation-sheet.md): the UTF-8 bytes of a JSON object
with sorted keys, separators "," and ":", no ASCII escaping, every string in Unicode NFC:
  {"format": "wayfinder-explanation-sheet/1", "document_id", "lang", "country", "citizen_id",
   "is_proposal", "model_version", "date", "demo_rights",
   "sections": [{"key": ..., "passages": [[kind, lang, text], ...]}, ...]}
The "integrity" section (which prints the hash itself) and page furniture are not included.
Format 2 (this issue): the document id is derived from the rest of the content (see
`builder.document_id`), so a document id names exactly one content.
The exact bytes are embedded in the PDF as `sheet-content.json`, so anyone can re-hash them.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import replace
from typing import Any

from desktop_app.reports.catalog import load_catalog
from desktop_app.reports.sheet import ExplanationSheet, Passage, Section

FORMAT = "wayfinder-explanation-sheet/2"
INTEGRITY_SECTION = "integrity"


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def canonical_content(sheet: ExplanationSheet) -> bytes:
    data = {
        "format": FORMAT,
        "document_id": sheet.document_id,
        "lang": sheet.lang,
        "country": sheet.country,
        "citizen_id": sheet.citizen_id,
        "is_proposal": sheet.is_proposal,
        "model_version": sheet.model_version,
        "date": sheet.date,
        "demo_rights": sheet.demo_rights,
        "sections": [
            {"key": s.key, "passages": [[p.kind, p.lang, p.text] for p in s.passages]}
            for s in sheet.sections if s.key != INTEGRITY_SECTION
        ],
    }
    text = json.dumps(_nfc(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def content_sha256(sheet: ExplanationSheet) -> str:
    return hashlib.sha256(canonical_content(sheet)).hexdigest()


def seal(sheet: ExplanationSheet) -> ExplanationSheet:
    """A copy with `content_sha256` set and the integrity line (id + hash) as last passage."""
    body = [s for s in sheet.sections if s.key != INTEGRITY_SECTION]
    sealed = replace(sheet, sections=body)
    digest = content_sha256(sealed)
    line = load_catalog(sheet.lang).text(
        "integrity", document_id=sheet.document_id, sha256=digest
    )
    sealed.sections = [*body, Section(INTEGRITY_SECTION, (Passage("integrity", line, sheet.lang),))]
    sealed.content_sha256 = digest
    return sealed
