"""Render a sheet to PDF, write it atomically, and describe it for the audit log.

`render_pdf` is a pure function (sheet in, bytes out), safe to run off the GUI thread.
`export_sheet` is the one way a sheet reaches a file, for the window and the command line
alike. A sheet exists only together with its audit entry: the PDF is written and fsynced to a
hidden temporary file beside the target, the caller's `log_export` commits the audit entry,
and only then is the file renamed into place. A read-only cache, a full disk or a crash before
the commit leaves no sheet (and no temporary file, or one the next start removes); a crash
between commit and rename leaves an entry for a sheet that was never handed out, the
direction that hides nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop_app.atomic_files import staged
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


def export_sheet(sheet: ExplanationSheet, path: Path,
                 log_export: Callable[[SheetExport], object]) -> SheetExport:
    """Render the sheet, have `log_export` commit its audit entry, then put the file in place.

    If `log_export` raises, no file appears and the error propagates.
    """
    pdf, sealed, pages = render_pdf(sheet)
    result = SheetExport(
        document_id=sealed.document_id,
        content_sha256=sealed.content_sha256,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        pages=pages,
        lang=sealed.lang,
        is_proposal=sealed.is_proposal,
        translation_reviewed=sealed.translation_reviewed,
    )
    with staged(Path(path), pdf) as put_in_place:
        log_export(result)
        put_in_place()
    return result


def record_export(audit: Any, actor: str, export: SheetExport, *, citizen_id: str,
                  model_version: str | None, source: dict[str, Any] | None = None) -> Any:
    """Append the `sheet_exported` entry (call inside the caller's transaction); `source`
    names the decision or proposal the sheet explains."""
    return audit.append(actor, AUDIT_ACTION, citizen_id=citizen_id, model_version=model_version,
                        payload={**export.audit_payload(), **(source or {})})
