"""Document id and hashes: on the sheet, in the audit log and of the file, all agree."""

from __future__ import annotations

import hashlib

import pikepdf

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.export import export_sheet, record_export, render_pdf
from desktop_app.reports.integrity import canonical_content
from desktop_app.reports.tagging import ATTACHMENT
from tests.reports import pdftools
from tests.reports.sample import request


def test_hashes_on_sheet_in_audit_log_and_of_file_agree(tmp_path):
    pdftools.require_poppler()
    sheet = build_sheet(request("en"))
    path = tmp_path / "sheet.pdf"
    db = open_cache(tmp_path / "cache.sqlite")
    entries = []
    export = export_sheet(sheet, path, lambda done: entries.append(record_export(
        AuditLog(db, b"k" * 32), "W17", done, citizen_id="C00042",
        model_version=sheet.model_version)))
    entry = entries[0]
    stored = db.execute("SELECT action, payload FROM audit_log WHERE seq = ?",
                        (entry.seq,)).fetchone()
    db.close()
    assert stored[0] == "sheet_exported"
    assert export.pdf_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert f'"pdf_sha256":"{export.pdf_sha256}"' in stored[1]
    assert f'"content_sha256":"{export.content_sha256}"' in stored[1]
    assert f'"document_id":"{export.document_id}"' in stored[1]
    printed = " ".join(pdftools.text(path).split())
    assert f"Document {export.document_id}. Content check (SHA-256): " \
           f"{export.content_sha256}" in printed
    with pikepdf.open(path) as pdf:
        embedded = pdf.attachments[ATTACHMENT].get_file().read_bytes()
    assert hashlib.sha256(embedded).hexdigest() == export.content_sha256


def test_canonical_content_excludes_layout_and_changes_with_the_text():
    sheet = build_sheet(request("en"))
    _pdf, sealed, _pages = render_pdf(sheet)
    assert canonical_content(sealed) == canonical_content(sheet)
    other = build_sheet(request("en", name="Someone Else"))
    assert canonical_content(other) != canonical_content(sheet)


def test_same_input_gives_the_same_bytes_and_the_date_comes_from_the_input():
    first, _, _ = render_pdf(build_sheet(request("ar")))
    second, _, _ = render_pdf(build_sheet(request("ar")))
    assert first == second
    later, _, _ = render_pdf(build_sheet(request("ar", date="2024-07-01")))
    assert later != first
    assert b"D:20240701000000Z" in later
