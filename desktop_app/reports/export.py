"""Render a sheet to PDF, write it atomically, and describe it for the audit log.

`render_pdf` is a pure function (sheet in, bytes out), safe to run off the GUI thread.
`export_sheet` writes the file via a temporary file, fsync and rename, so a crash never leaves
half a sheet, and returns the ids and hashes that the audit entry stores.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop_app.atomic_files import write_atomically
from desktop_app.reports.integrity import canonical_content, seal
from desktop_app.reports.render import layout
from desktop_app.reports.sheet import ExplanationSheet
from desktop_app.reports.tagging import tag_pdf

AUDIT_ACTION = "sheet_exported"


@dataclass(frozen=True)
class SheetExport:
    document_id: str
    content_sha256: str
    pdf_sha256: str
    pages: int
    lang: str
    is_proposal: bool
    translation_reviewed: bool

    def audit_payload(self) -> dict[str, Any]:
        return asdict(self)


def render_pdf(sheet: ExplanationSheet) -> tuple[bytes, ExplanationSheet, int]:
    """(PDF bytes, the sealed sheet, page count); the same sheet gives the same bytes."""
    sealed = sheet if sheet.content_sha256 else seal(sheet)
    drawn = layout(sealed)
    pdf = tag_pdf(drawn.pdf, drawn.tags.records, sealed, canonical_content(sealed))
    return pdf, sealed, drawn.pages


def export_sheet(sheet: ExplanationSheet, path: Path) -> SheetExport:
    """Render and write the sheet; returns what the audit entry records."""
    pdf, sealed, pages = render_pdf(sheet)
    write_atomically(Path(path), pdf)
    return SheetExport(
        document_id=sealed.document_id,
        content_sha256=sealed.content_sha256,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        pages=pages,
        lang=sealed.lang,
        is_proposal=sealed.is_proposal,
        translation_reviewed=sealed.translation_reviewed,
    )


def record_export(audit: Any, actor: str, export: SheetExport, *, citizen_id: str,
                  model_version: str | None) -> Any:
    """Append the `sheet_exported` entry (call inside the caller's transaction)."""
    return audit.append(actor, AUDIT_ACTION, citizen_id=citizen_id, model_version=model_version,
                        payload=export.audit_payload())
