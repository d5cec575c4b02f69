from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.reports.builder import build_sheet
from desktop_app.reports.export import SheetExport, export_sheet
from desktop_app.reports.sheet import ExplanationSheet
from tests.reports import pdftools
from tests.reports.sample import request, unlogged

LANGUAGES = ("en", "da", "nb", "nn", "nl", "ar", "uk", "so", "ti")


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    """Every language rendered once (decision sheet): lang -> (sheet, export, path)."""
    pdftools.require_poppler()
    folder = tmp_path_factory.mktemp("sheets")
    out: dict[str, tuple[ExplanationSheet, SheetExport, Path]] = {}
    for lang in LANGUAGES:
        sheet = build_sheet(request(lang))
        path = folder / f"sheet_{lang}.pdf"
        out[lang] = (sheet, export_sheet(sheet, path, unlogged), path)
    return out
